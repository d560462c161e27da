package io.wardwatt.forecast.visits;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads visit counts posted as JSON: a list of {@code {"date": "2026-03-02", "hour": 9, "visits": 812}} with the hour
 * left out (or null) for a daily count. Taken whole or not at all, like the CSV; problems name the JSON path.
 */
public final class VisitJsonReader {

    private VisitJsonReader() {
    }

    public static List<VisitCount> read(JsonNode body) {
        if (body == null || !body.isArray() || body.isEmpty()) {
            throw new InvalidInputException("$", "the body must be a non-empty JSON list of {date, hour, visits}");
        }
        List<InputProblem> problems = new ArrayList<>();
        List<VisitCount> counts = new ArrayList<>();
        VisitCountChecks checks = new VisitCountChecks();
        for (int i = 0; i < body.size(); i++) {
            JsonNode item = body.get(i);
            String where = "[" + i + "]";
            int before = problems.size();
            LocalDate date = null;
            JsonNode dateNode = item.path("date");
            try {
                date = LocalDate.parse(dateNode.asText());
            } catch (DateTimeParseException e) {
                problems.add(new InputProblem(where + ".date", "'" + dateNode.asText() + "' is not a date YYYY-MM-DD"));
            }
            Integer hour = null;
            JsonNode hourNode = item.path("hour");
            if (!hourNode.isMissingNode() && !hourNode.isNull()) {
                if (!hourNode.isInt() || hourNode.asInt() < 0 || hourNode.asInt() > 23) {
                    problems.add(new InputProblem(where + ".hour", hourNode + " is not an hour 0..23 (leave it out for a daily count)"));
                } else {
                    hour = hourNode.asInt();
                }
            }
            JsonNode visits = item.path("visits");
            if (!visits.isInt() || visits.asInt() < 0) {
                problems.add(new InputProblem(where + ".visits", visits + " is not a number of visits (a whole number, 0 or more)"));
            }
            if (problems.size() == before) {
                VisitCount count = new VisitCount(date, hour, visits.asInt());
                checks.check(count, where, problems);
                counts.add(count);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return counts;
    }
}
