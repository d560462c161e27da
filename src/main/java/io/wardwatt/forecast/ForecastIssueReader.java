package io.wardwatt.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a posted forecast {@code {site, date, slotMinutes, loadsKw[], source}}, collecting every problem with its
 * JSON path before it throws.
 */
public final class ForecastIssueReader {

    /** Well above the demo hospital's 20 MW plant: a larger number is a unit mistake (W for kW), not a load. */
    static final double MAX_LOAD_KW = 1_000_000;

    private ForecastIssueReader() {
    }

    public static ForecastIssue read(JsonNode body) {
        List<InputProblem> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "a JSON object {site, date, slotMinutes, loadsKw, source} is required");
        }
        String site = text(body, "site", problems);
        String source = text(body, "source", problems);
        LocalDate date = null;
        String dateText = text(body, "date", problems);
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problems.add(new InputProblem("date", "'" + dateText + "' is not a date YYYY-MM-DD"));
            }
        }
        int slotMinutes = 0;
        JsonNode slot = body.get("slotMinutes");
        if (slot == null || slot.isNull()) {
            problems.add(new InputProblem("slotMinutes", "is required"));
        } else if (!slot.canConvertToExactIntegral() || slot.asInt() < 5 || slot.asInt() > 60 || 1440 % slot.asInt() != 0) {
            problems.add(new InputProblem("slotMinutes", "must be whole minutes in 5..60 that divide a day (1440), got " + slot));
        } else {
            slotMinutes = slot.asInt();
        }
        List<Double> loads = new ArrayList<>();
        JsonNode array = body.get("loadsKw");
        if (array == null || !array.isArray()) {
            problems.add(new InputProblem("loadsKw", "an array of cooling loads in kW, one per slot, is required"));
        } else {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
                    problems.add(new InputProblem("loadsKw[" + i + "]", "must be a number (kW), got " + value));
                } else if (value.asDouble() < 0 || value.asDouble() > MAX_LOAD_KW) {
                    problems.add(new InputProblem("loadsKw[" + i + "]", "must lie in 0.." + (long) MAX_LOAD_KW + " kW, got " + value));
                } else {
                    loads.add(value.asDouble());
                }
            }
            if (slotMinutes > 0 && array.size() != 1440 / slotMinutes) {
                problems.add(new InputProblem("loadsKw", "a day of " + slotMinutes + "-minute slots needs " + 1440 / slotMinutes
                        + " loads, got " + array.size()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ForecastIssue(site, date, slotMinutes, loads, source);
    }

    private static String text(JsonNode body, String field, List<InputProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
            problems.add(new InputProblem(field, "a non-empty text is required"));
            return null;
        }
        if (value.asText().length() > 200) {
            problems.add(new InputProblem(field, "at most 200 characters"));
            return null;
        }
        return value.asText().trim();
    }
}
