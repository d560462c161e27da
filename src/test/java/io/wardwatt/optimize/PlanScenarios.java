package io.wardwatt.optimize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small scenarios for the planning service's tests: the three 1,280 kW chillers of the optimal-chiller-loading
 * literature (part-load cubics, as in LiteratureCasesTest), over a dozen hourly slots.
 */
public final class PlanScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final double CHILLER_KW = 1280;

    private PlanScenarios() {
    }

    /**
     * Loads from 1,000 kW up to the peak and back. Without a spare the peak is 3,300 kW (all three chillers); with
     * N+1 it is 2,500 kW, which two chillers carry with the third running spare.
     */
    public static List<Double> loads(int slots, int spareUnits) {
        double peak = spareUnits == 0 ? 3300 : 2500;
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            loads.add((double) Math.round(1000 + (peak - 1000) * Math.sin(Math.PI * i / (slots - 1))));
        }
        return loads;
    }

    /** @param spareUnits 0, or 1 for N+1 (then with loads two chillers can carry) */
    public static Map<String, Object> threeChillers(int slots, int slotMinutes, int spareUnits) {
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", "three literature chillers");
        scenario.put("start", "2026-07-15T08:00");
        scenario.put("slotMinutes", slotMinutes);
        scenario.put("loadsKw", loads(slots, spareUnits));
        scenario.put("chillers", List.of(
                chiller("CH1", 100.95, 818.61, -973.43, 788.55),
                chiller("CH2", 66.598, 606.34, -380.58, 275.95),
                chiller("CH3", 130.09, 304.5, 14.377, 99.8)));
        Map<String, Object> constraints = new LinkedHashMap<>();
        constraints.put("spareUnits", spareUnits);
        constraints.put("minRunMinutes", 2 * slotMinutes);
        constraints.put("startCost", 5);
        scenario.put("constraints", constraints);
        return scenario;
    }

    /**
     * A day whose load swings between blocks that need all three chillers (3,300 RT) and blocks two could carry
     * (1,300 RT), with one start a day per chiller: the bounding programme (starts limit relaxed) cycles the
     * chillers, so the search has to work and cannot stop at the bound; it runs until its time limit.
     */
    public static Map<String, Object> cyclingDay(int slots, int slotMinutes) {
        Map<String, Object> scenario = threeChillers(slots, slotMinutes, 0);
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            loads.add((i / 8) % 2 == 0 ? 3300.0 : 1300.0);
        }
        scenario.put("loadsKw", loads);
        Map<String, Object> constraints = new LinkedHashMap<>();
        constraints.put("minRunMinutes", 2 * slotMinutes);
        constraints.put("maxStartsPerDay", 1);
        scenario.put("constraints", constraints);
        return scenario;
    }

    public static Map<String, Object> withSolver(Map<String, Object> scenario, double timeLimitSeconds, double unimprovedSeconds) {
        Map<String, Object> copy = new LinkedHashMap<>(scenario);
        copy.put("solver", Map.of("timeLimitSeconds", timeLimitSeconds, "unimprovedSeconds", unimprovedSeconds, "seed", 7));
        return copy;
    }

    public static String json(Map<String, Object> scenario) {
        try {
            return JSON.writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> chiller(String id, double a, double b, double c, double d) {
        Map<String, Object> chiller = new LinkedHashMap<>();
        chiller.put("id", id);
        chiller.put("capacityKw", CHILLER_KW);
        chiller.put("minPlr", 0.3);
        chiller.put("curve", Map.of("type", "plr-cubic", "a", a, "b", b, "c", c, "d", d));
        return chiller;
    }
}
