package io.wardwatt.optimize.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A what-if an engineer asks of a day's daily plan: the same day under warmer or cooler weather, a larger or smaller
 * load, or with chillers out of service. Applied to the daily plan's stored scenario, so everything else (forecast,
 * tariff, carbon, the plant's state at midnight) stays as the daily plan had it.
 *
 * @param weatherOffsetC added to every slot's outdoor dry bulb, −10..10 K (0 or null: unchanged)
 * @param loadScalingPercent every slot's cooling load changed by this much, −50..50 % (0 or null: unchanged)
 * @param outOfService chillers of the plant taken out of service for the day
 */
public record ScenarioEdits(LocalDate date, Double weatherOffsetC, Double loadScalingPercent, List<String> outOfService) {

    public static final double MAX_WEATHER_OFFSET_C = 10;
    public static final double MAX_LOAD_SCALING_PERCENT = 50;

    public ScenarioEdits {
        outOfService = outOfService == null ? List.of() : List.copyOf(outOfService);
        List<InputProblem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(new InputProblem("date", "the day to plan (YYYY-MM-DD) is required"));
        }
        if (weatherOffsetC != null && !(Math.abs(weatherOffsetC) <= MAX_WEATHER_OFFSET_C)) {
            problems.add(new InputProblem("weatherOffsetC", "−10..10 K, got " + weatherOffsetC));
        }
        if (loadScalingPercent != null && !(Math.abs(loadScalingPercent) <= MAX_LOAD_SCALING_PERCENT)) {
            problems.add(new InputProblem("loadScalingPercent", "−50..50 %, got " + loadScalingPercent));
        }
        if (outOfService.stream().anyMatch(id -> id == null || id.isBlank()) || Set.copyOf(outOfService).size() != outOfService.size()) {
            problems.add(new InputProblem("outOfService", "chiller ids, each once, got " + outOfService));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public boolean changesNothing() {
        return offset() == 0 && scaling() == 0 && outOfService.isEmpty();
    }

    /** The scenario with the edits made, named by them; the daily scenario itself is left as it is. */
    public ObjectNode applyTo(ObjectNode daily) {
        ObjectNode scenario = daily.deepCopy();
        if (scaling() != 0) {
            JsonNode loads = scenario.get("loadsKw");
            ArrayNode scaled = scenario.putArray("loadsKw");
            loads.forEach(load -> scaled.add(Math.round(load.asDouble() * (1 + scaling() / 100) * 10) / 10.0));
        }
        if (offset() != 0) {
            if (!(scenario.get("weather") instanceof ObjectNode weather) || !weather.has("dryBulbC")) {
                throw new InvalidInputException("weatherOffsetC", "the daily plan of " + date + " was made without a weather forecast: "
                        + "there is no outdoor temperature to change");
            }
            JsonNode dryBulb = weather.get("dryBulbC");
            if (dryBulb.isArray()) {
                ArrayNode shifted = JsonNodeFactory.instance.arrayNode();
                dryBulb.forEach(t -> shifted.add(Math.round((t.asDouble() + offset()) * 100) / 100.0));
                weather.set("dryBulbC", shifted);
            } else {
                weather.put("dryBulbC", dryBulb.asDouble() + offset());
            }
        }
        if (!outOfService.isEmpty()) {
            ArrayNode out = scenario.putArray("outOfService");
            outOfService.forEach(out::add);
            if (scenario.get("initialState") instanceof ArrayNode initial) {
                ArrayNode kept = JsonNodeFactory.instance.arrayNode();
                initial.forEach(state -> {
                    if (!outOfService.contains(state.path("chiller").asText())) {
                        kept.add(state);
                    }
                });
                scenario.set("initialState", kept);
            }
        }
        scenario.put("name", "what-if of " + date + ": " + describe());
        return scenario;
    }

    /** The edits in words: "+2.0 K outdoor, load +10 %, CH3 out of service". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (offset() != 0) {
            parts.add(String.format(Locale.ROOT, "%+.1f K outdoor", offset()));
        }
        if (scaling() != 0) {
            parts.add(String.format(Locale.ROOT, "load %+.0f %%", scaling()));
        }
        if (!outOfService.isEmpty()) {
            parts.add(String.join(", ", outOfService) + " out of service");
        }
        return parts.isEmpty() ? "as planned" : String.join(", ", parts);
    }

    private double offset() {
        return weatherOffsetC == null ? 0 : weatherOffsetC;
    }

    private double scaling() {
        return loadScalingPercent == null ? 0 : loadScalingPercent;
    }
}
