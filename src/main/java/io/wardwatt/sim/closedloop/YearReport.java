package io.wardwatt.sim.closedloop;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulated year as one JSON object: each run's figures, its BOPTEST core indicators (per m² of floor area as
 * BOPTEST normalises them), and the savings. Everything but {@code seconds} and {@code time_rat} repeats for a seed.
 */
public final class YearReport {

    private YearReport() {
    }

    /** @param about what was run (weather, seed, days, plant files), written first */
    public static ObjectNode of(Map<String, Object> about, ClosedLoopYear.Result result, double floorAreaM2) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        about.forEach((key, value) -> root.putPOJO(key, value));
        ObjectNode runs = root.putObject("runs");
        for (RunIndicators run : new RunIndicators[] {result.conventional(), result.wardwatt(), result.hindsight()}) {
            runs.set(run.name(), run(run, floorAreaM2));
        }
        YearSavings savings = result.savings();
        root.put("savedKwh", round(savings.savedKwh(), 0));
        root.put("savedPercent", round(savings.savedPercent(), 2));
        root.put("savedCny", round(savings.savedCny(), 0));
        root.put("savedTco2", round(savings.savedTco2(), 2));
        root.put("hindsightSavedKwh", round(savings.hindsightSavedKwh(), 0));
        root.put("capturedShareOfHindsight", round(savings.capturedShareOfHindsight(), 3));
        root.put("forecastLossShare", round(savings.forecastLossShare(), 3));
        root.put("planSuspensions", result.suspensions());
        root.put("seconds", round(result.seconds(), 1));
        return root;
    }

    private static ObjectNode run(RunIndicators run, double floorAreaM2) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("plantKwh", round(run.plantKwh(), 0));
        node.put("chillerKwh", round(run.chillerKwh(), 0));
        node.put("pumpKwh", round(run.pumpKwh(), 0));
        node.put("towerKwh", round(run.towerKwh(), 0));
        node.put("siteGridKwh", round(run.gridKwh(), 0));
        node.put("costCny", round(run.costCny(), 0));
        node.put("carbonTco2", round(run.carbonTonnes(), 2));
        node.put("coolingKwh", round(run.coolingKwh(), 0));
        node.put("meanKwPerRt", round(run.kwPerRt(), 4));
        node.put("criticalZoneMinutes", round(run.criticalZoneMinutes(), 1));
        node.put("limitMinutesWithinGrace", round(run.limitMinutes() - run.criticalZoneMinutes(), 1));
        node.put("unmetCoolingKwh", round(run.unmetCoolingKwh(), 1));
        ObjectNode starts = node.putObject("startsPerChiller");
        new TreeMap<>(run.startsPerChiller()).forEach(starts::put);
        ObjectNode kpi = node.putObject("boptest");
        kpi.put("ener_tot", round(run.plantKwh() / floorAreaM2, 4));
        kpi.put("cost_tot", round(run.costCny() / floorAreaM2, 4));
        kpi.put("emis_tot", round(1000 * run.carbonTonnes() / floorAreaM2, 4));
        kpi.put("pele_tot", round(run.peakGridKw() / floorAreaM2, 6));
        kpi.put("unmet_tot", round(run.unmetCoolingKwh(), 1));
        kpi.put("cdis_tot", round(run.criticalZoneMinutes() / 60, 3));
        kpi.put("time_rat", round(run.timeRatio(), 7));
        return node;
    }

    static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
