package io.wardwatt.forecast.visits;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads visit counts exported by the hospital information system as CSV: a header {@code date,hour,visits}, then one
 * row per count with the local date (YYYY-MM-DD), the hour 0..23 or nothing for a daily count, and the number of
 * visits. The upload is taken whole or not at all: every bad row is reported with its line number, and nothing is
 * stored while one remains (a half-stored day would look like a quiet day to the forecast).
 */
public final class VisitCsvReader {

    static final String HEADER = "date,hour,visits";

    private VisitCsvReader() {
    }

    public static List<VisitCount> read(String text, String source) {
        String[] lines = text.split("\r?\n", -1);
        List<InputProblem> problems = new ArrayList<>();
        if (lines.length == 0 || !lines[0].replace(" ", "").replace("\uFEFF", "").equalsIgnoreCase(HEADER)) {
            throw new InvalidInputException(source + " line 1", "the first line must be the header '" + HEADER + "'");
        }
        List<VisitCount> counts = new ArrayList<>();
        VisitCountChecks checks = new VisitCountChecks();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = source + " line " + (i + 1);
            VisitCount count = row(lines[i].split(",", -1), where, problems);
            if (count != null) {
                checks.check(count, where, problems);
                counts.add(count);
            }
        }
        if (counts.isEmpty() && problems.isEmpty()) {
            problems.add(new InputProblem(source, "no counts below the header"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return counts;
    }

    private static VisitCount row(String[] fields, String where, List<InputProblem> problems) {
        if (fields.length != 3) {
            problems.add(new InputProblem(where, "a row has 3 fields (date,hour,visits); this one has " + fields.length));
            return null;
        }
        int before = problems.size();
        LocalDate date = null;
        try {
            date = LocalDate.parse(fields[0].trim());
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(where + " date", "'" + fields[0].trim() + "' is not a date YYYY-MM-DD"));
        }
        Integer hour = null;
        String hourText = fields[1].trim();
        if (!hourText.isEmpty()) {
            hour = wholeNumber(hourText);
            if (hour == null || hour < 0 || hour > 23) {
                problems.add(new InputProblem(where + " hour", "'" + hourText + "' is not an hour 0..23 (leave it empty for a daily count)"));
            }
        }
        Integer visits = wholeNumber(fields[2].trim());
        if (visits == null || visits < 0) {
            problems.add(new InputProblem(where + " visits", "'" + fields[2].trim() + "' is not a number of visits (a whole number, 0 or more)"));
        }
        return problems.size() > before ? null : new VisitCount(date, hour, visits);
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
