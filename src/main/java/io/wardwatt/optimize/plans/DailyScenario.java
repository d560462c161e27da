package io.wardwatt.optimize.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.DayWeather;
import io.wardwatt.optimize.SolverSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The scenario of a daily plan (the scenario format of the README), written out in full so that the stored plan
 * can be solved again from it alone: the forecast's loads, the forecast weather of every slot, the plant file, the
 * tariff, the grid's carbon intensity, the state the plant is left in by the previous day's plan, what the site's
 * meters say of the rest of the site ({@link SiteConditions}), and the solver's limits.
 *
 * @param plant the plant definition file, relative to the models directory
 * @param tariff the day's periods when the tariff is the same every day (empty when {@code tariffFile} is given)
 * @param tariffFile a seasonal tariff file relative to the models directory (null: {@code tariff} is used)
 */
public record DailyScenario(String site, String plant, List<TariffPeriod> tariff, String tariffFile, SolverSettings solver) {

    public DailyScenario {
        tariff = List.copyOf(tariff);
        if (tariffFile == null && tariff.isEmpty()) {
            throw new IllegalArgumentException("a tariff is required: a tariff file or the day's periods");
        }
    }

    /** The grid intensity the plan weighs electricity with, and where it came from (written into the scenario's description). */
    public record GridCarbon(double kgPerKwh, String source) {
    }

    /**
     * @param initialState from {@link PreviousDay#initialState}, empty when every chiller starts off and free
     * @param weather the day's forecast weather in the forecast's slots; empty when none is to be had (the plan then runs
     *        without weather: fixed condenser water and no PV)
     * @param site the site's measured inputs; {@link SiteConditions#NONE} for none
     */
    public ObjectNode build(DayLoadForecast forecast, List<JsonNode> initialState, Optional<DayWeather> weather, GridCarbon carbon,
            SiteConditions site) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode scenario = json.objectNode();
        scenario.put("name", site + " daily " + forecast.date());
        scenario.put("description", "forecast " + forecast.id() + " (" + forecast.source() + "); weather "
                + weather.map(DayWeather::sources).orElse("none to be had") + "; grid carbon " + carbon.kgPerKwh() + " kg/kWh: " + carbon.source()
                + (site.sources().isEmpty() ? "" : "; site: " + String.join("; ", site.sources())));
        scenario.put("start", forecast.date().atStartOfDay().toString());
        scenario.put("slotMinutes", forecast.slotMinutes());
        ArrayNode loads = scenario.putArray("loadsKw");
        forecast.loadsKw().forEach(loads::add);
        weather.filter(w -> w.dryBulbC().size() == forecast.loadsKw().size()).ifPresent(w -> {
            ObjectNode node = scenario.putObject("weather");
            w.dryBulbC().forEach(node.putArray("dryBulbC")::add);
            w.relativeHumidityPercent().forEach(node.putArray("relativeHumidityPercent")::add);
            w.solarWm2().forEach(node.putArray("solarWm2")::add);
        });
        scenario.put("plant", plant);
        if (tariffFile != null) {
            scenario.putObject("tariff").put("file", tariffFile);
        } else {
            ArrayNode periods = scenario.putObject("tariff").putArray("periods");
            for (TariffPeriod period : tariff) {
                periods.addObject().put("name", period.name()).put("from", period.from()).put("to", period.to())
                        .put("pricePerKwh", period.pricePerKwh());
            }
        }
        scenario.put("carbonKgPerKwh", carbon.kgPerKwh());
        if (site.any()) {
            scenario.set("site", siteNode(site, forecast.loadsKw().size()));
        }
        if (!initialState.isEmpty()) {
            scenario.putArray("initialState").addAll(initialState);
        }
        scenario.set("solver", solverNode(solver));
        return scenario;
    }

    /** Rounded as a meter reads: a replay must see exactly what was planned, and the last digits of a mean mean nothing. */
    private static ObjectNode siteNode(SiteConditions site, int slots) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (site.otherElectricityKw() != null) {
            if (site.otherElectricityKw().size() != slots) {
                throw new IllegalArgumentException("other electricity has " + site.otherElectricityKw().size() + " slots, the forecast " + slots);
            }
            ArrayNode other = node.putArray(SiteConditions.OTHER_ELECTRICITY_KW);
            site.otherElectricityKw().forEach(kw -> other.add(round(kw, 2)));
        }
        if (site.monthPeakSoFarKw() != null) {
            node.put(SiteConditions.MONTH_PEAK_SO_FAR_KW, round(site.monthPeakSoFarKw(), 2));
        }
        if (site.pvScaleFactor() != null) {
            node.put(SiteConditions.PV_SCALE_FACTOR, round(site.pvScaleFactor(), 4));
        }
        if (site.initialStateOfChargeKwh() != null) {
            node.put(SiteConditions.INITIAL_STATE_OF_CHARGE_KWH, round(site.initialStateOfChargeKwh(), 2));
        }
        return node;
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** The scenario format's {@code solver} object for these settings. */
    public static ObjectNode solverNode(SolverSettings settings) {
        ObjectNode solver = JsonNodeFactory.instance.objectNode();
        solver.put("timeLimitSeconds", seconds(settings.timeLimit()));
        solver.put("unimprovedSeconds", seconds(settings.unimprovedLimit()));
        solver.put("seed", settings.randomSeed());
        if (settings.maxScoreCalculations() > 0) {
            solver.put("maxScoreCalculations", settings.maxScoreCalculations());
        }
        return solver;
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
