package io.wardwatt.optimize.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.wardwatt.optimize.DayPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link DayPlan} as JSON: the printed output of {@code optimize --scenario} and the form in which the service
 * stores plans. Field names are the records' components, dates ISO-8601 local date-times. Numbers are rounded
 * here, by the unit the field's name carries, to what the plant can act on and a reader can check: kW and kWh
 * to 0.1, part-load ratios and speeds to 0.001, CNY to 0.01, kg to 0.1, °C and percentages to 0.01. The
 * records themselves keep full precision.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    public static String write(DayPlan plan) {
        JsonNode tree = MAPPER.valueToTree(plan);
        round(tree);
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan could not be written as JSON", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a plan written by {@link #write} */
    public static DayPlan read(String json) {
        try {
            return MAPPER.readValue(json, DayPlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a plan: " + e.getOriginalMessage(), e);
        }
    }

    /** Decimals kept for a number field, by its name's unit; -1 = as it is (counts, milliseconds, seeds). */
    static int decimals(String field) {
        if (field.equals("plr") || field.endsWith("Fraction")) {
            return 3;
        }
        if (field.endsWith("Kw") || field.endsWith("Kwh") || field.endsWith("Kg")) {
            return 1;
        }
        if (field.endsWith("Cny") || field.endsWith("Percent") || field.endsWith("C") || field.equals("objective")) {
            return 2;
        }
        return -1;
    }

    private static void round(JsonNode node) {
        if (node instanceof ArrayNode array) {
            array.forEach(PlanJson::round);
        } else if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> field : fields) {
                JsonNode value = field.getValue();
                int decimals = decimals(field.getKey());
                if (value.isFloatingPointNumber() && decimals >= 0 && Double.isFinite(value.doubleValue())) {
                    double scale = Math.pow(10, decimals);
                    double rounded = Math.round(value.doubleValue() * scale) / scale;
                    object.set(field.getKey(), DoubleNode.valueOf(rounded == 0 ? 0.0 : rounded));
                } else {
                    round(value);
                }
            }
        }
    }
}
