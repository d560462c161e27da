package io.wardwatt.optimize.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.optimize.InitialChillerState;
import io.wardwatt.optimize.SolverSettings;
import io.wardwatt.optimize.replan.RestOfDay;
import java.util.List;
import java.util.Map;

/**
 * The scenario of a re-plan, written from the approved plan's stored scenario so that the re-plan is stored, solved
 * again and approved like any plan: the same plant, tariff, carbon, weather and site from the re-plan's first slot,
 * the corrected forecast as its loads, the measured chiller state as its initial state, and the battery's measured
 * (or expected) energy.
 */
public final class RestOfDayScenario {

    /** Values given per slot, by the object that holds them ("" for the scenario itself). */
    private static final Map<String, List<String>> PER_SLOT = Map.of(
            "", List.of("carbonKgPerKwh"),
            "temperatures", List.of("condenserEnteringC", "minSupplyC", "maxSupplyC"),
            "tariff", List.of("pricePerKwh"),
            "site", List.of("otherElectricityKw"),
            "weather", List.of("dryBulbC", "relativeHumidityPercent", "solarWm2"));

    private RestOfDayScenario() {
    }

    /**
     * @param approved the approved plan's scenario, as stored
     * @param rest the rest of the day, built from the approved plan's problem
     * @param stateOfChargeKwh the battery's energy at the re-plan's start (null: no battery)
     * @param note what the re-plan is, for the description
     */
    public static ObjectNode of(JsonNode approved, RestOfDay rest, Double stateOfChargeKwh, String note, SolverSettings solver) {
        if (!(approved instanceof ObjectNode original)) {
            throw new IllegalArgumentException("a stored scenario is a JSON object");
        }
        ObjectNode scenario = original.deepCopy();
        int slots = scenario.path("loadsKw").size();
        int first = rest.firstSlot();
        if (slots != rest.firstSlot() + rest.problem().slots().size()) {
            throw new IllegalArgumentException("the stored scenario has " + slots + " slots, the re-plan starts at slot " + first + " with "
                    + rest.problem().slots().size());
        }
        scenario.put("name", rest.problem().name());
        scenario.put("description", note + (scenario.hasNonNull("description") ? "; approved plan: " + scenario.get("description").asText() : ""));
        scenario.put("start", rest.problem().start().toString());
        ArrayNode loads = scenario.putArray("loadsKw");
        for (double kw : rest.correctedKw()) {
            loads.add(kw);
        }
        PER_SLOT.forEach((parent, keys) -> {
            JsonNode holder = parent.isEmpty() ? scenario : scenario.get(parent);
            if (holder instanceof ObjectNode object) {
                for (String key : keys) {
                    if (object.get(key) instanceof ArrayNode values && values.size() == slots) {
                        ArrayNode sliced = object.putArray(key);
                        for (int s = first; s < slots; s++) {
                            sliced.add(values.get(s));
                        }
                    }
                }
            }
        });
        ArrayNode initial = scenario.putArray("initialState");
        int slotMinutes = rest.problem().slotMinutes();
        for (InitialChillerState state : rest.problem().initialState()) {
            initial.addObject().put("chiller", state.chillerId()).put("on", state.on())
                    .put("minutesInState", Math.min(525_600L, (long) state.slotsInState() * slotMinutes)).put("startsToday", state.startsSoFar());
        }
        if (stateOfChargeKwh != null) {
            JsonNode site = scenario.get("site");
            ObjectNode siteNode = site instanceof ObjectNode object ? object : scenario.putObject("site");
            siteNode.put(SiteConditions.INITIAL_STATE_OF_CHARGE_KWH, stateOfChargeKwh);
        }
        scenario.set("solver", DailyScenario.solverNode(solver));
        return scenario;
    }
}
