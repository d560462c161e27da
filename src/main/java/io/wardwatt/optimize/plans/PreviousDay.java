package io.wardwatt.optimize.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the previous day's plan leaves the plant at midnight, as the next day's {@code initialState}: which chillers
 * run, and for how long they have been on or off, so minimum run and stop times carry over. Starts are counted per
 * day, so the new day begins with none.
 */
public final class PreviousDay {

    private PreviousDay() {
    }

    /** @param plan a stored plan (the plan JSON of the README: slotMinutes, slots[].chillers[].id/on) */
    public static List<JsonNode> initialState(JsonNode plan) {
        List<JsonNode> states = new ArrayList<>();
        JsonNode slots = plan == null ? null : plan.get("slots");
        if (slots == null || !slots.isArray() || slots.isEmpty()) {
            return states;
        }
        int slotMinutes = plan.path("slotMinutes").asInt();
        JsonNode last = slots.get(slots.size() - 1);
        for (JsonNode chiller : last.path("chillers")) {
            String id = chiller.path("id").asText();
            boolean on = chiller.path("on").asBoolean();
            int slotsInState = 0;
            for (int i = slots.size() - 1; i >= 0 && Boolean.valueOf(on).equals(stateOf(slots.get(i), id)); i--) {
                slotsInState++;
            }
            states.add(JsonNodeFactory.instance.objectNode().put("chiller", id).put("on", on)
                    .put("minutesInState", slotsInState * slotMinutes).put("startsToday", 0));
        }
        return states;
    }

    /**
     * The battery's energy at the end of the previous day's plan (its {@code site.slots[last].stateOfChargeKwh}), which
     * is the next day's start: empty when that plan planned no battery.
     */
    public static Optional<Double> stateOfChargeKwh(JsonNode plan) {
        JsonNode slots = plan == null ? null : plan.path("site").get("slots");
        if (slots == null || !slots.isArray() || slots.isEmpty()) {
            return Optional.empty();
        }
        JsonNode last = slots.get(slots.size() - 1).get("stateOfChargeKwh");
        return last != null && last.isNumber() ? Optional.of(last.asDouble()) : Optional.empty();
    }

    private static Boolean stateOf(JsonNode slot, String id) {
        for (JsonNode chiller : slot.path("chillers")) {
            if (id.equals(chiller.path("id").asText())) {
                return chiller.path("on").asBoolean();
            }
        }
        return null;
    }
}
