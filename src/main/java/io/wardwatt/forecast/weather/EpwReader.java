package io.wardwatt.forecast.weather;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an EnergyPlus EPW weather file: 8 header lines (the first is LOCATION, whose 9th field is the time zone in
 * hours from UTC) and then one comma-separated row per hour. Every problem is collected with its line and field
 * before anything is thrown, so a bad file is fixed in one go.
 */
public final class EpwReader {

    private static final int HEADER_LINES = 8;
    /** Problems listed before the rest are only counted: a wrong file would otherwise give 8,760 of them. */
    private static final int MAX_PROBLEMS = 50;
    // Field positions (0-based) of the EPW data row, from the EnergyPlus "Auxiliary Programs" guide.
    private static final int YEAR = 0;
    private static final int MONTH = 1;
    private static final int DAY = 2;
    private static final int HOUR = 3;
    private static final int DRY_BULB = 6;
    private static final int DEW_POINT = 7;
    private static final int RELATIVE_HUMIDITY = 8;
    private static final int PRESSURE = 9;
    private static final int GLOBAL_HORIZONTAL = 13;

    private EpwReader() {
    }

    /** @param source names the file in problems (a path, or "upload") */
    public static EpwFile read(String text, String source) {
        String[] lines = text.split("\r?\n", -1);
        int count = lines.length;
        while (count > 0 && lines[count - 1].isBlank()) {
            count--;
        }
        List<InputProblem> problems = new ArrayList<>();
        if (count <= HEADER_LINES) {
            throw new InvalidInputException(source, "an EPW file has 8 header lines and then hourly rows; this one has " + count + " lines");
        }
        String[] location = lines[0].split(",", -1);
        ZoneOffset zone = ZoneOffset.UTC;
        if (!location[0].trim().equals("LOCATION") || location.length < 9) {
            problems.add(new InputProblem(source + " line 1", "the first line must be LOCATION with the time zone in field 9"));
        } else {
            try {
                zone = ZoneOffset.ofTotalSeconds((int) Math.round(Double.parseDouble(location[8].trim()) * 3600));
            } catch (RuntimeException e) {
                problems.add(new InputProblem(source + " line 1 field 9", "'" + location[8].trim() + "' is not a time zone in hours from UTC"));
            }
        }
        List<EpwRow> rows = new ArrayList<>(count - HEADER_LINES);
        int reported = 0;
        for (int i = HEADER_LINES; i < count; i++) {
            List<InputProblem> rowProblems = new ArrayList<>();
            EpwRow row = row(lines[i], i + 1, source, rowProblems);
            if (row != null) {
                rows.add(row);
            }
            for (InputProblem problem : rowProblems) {
                if (++reported <= MAX_PROBLEMS) {
                    problems.add(problem);
                }
            }
        }
        if (reported > MAX_PROBLEMS) {
            problems.add(new InputProblem(source, (reported - MAX_PROBLEMS) + " further problems not listed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new EpwFile(source, location.length > 1 ? location[1].trim() : "", zone, rows);
    }

    private static EpwRow row(String text, int line, String source, List<InputProblem> problems) {
        String[] fields = text.split(",", -1);
        String where = source + " line " + line;
        if (fields.length <= GLOBAL_HORIZONTAL) {
            problems.add(new InputProblem(where, "an EPW data row has at least 14 fields (up to global horizontal radiation); this one has "
                    + fields.length));
            return null;
        }
        int before = problems.size();
        int year = whole(fields, YEAR, where, problems);
        int month = whole(fields, MONTH, where, problems);
        int day = whole(fields, DAY, where, problems);
        int hour = whole(fields, HOUR, where, problems);
        double dryBulb = number(fields, DRY_BULB, where, problems);
        double dewPoint = number(fields, DEW_POINT, where, problems);
        double humidity = number(fields, RELATIVE_HUMIDITY, where, problems);
        double pressure = number(fields, PRESSURE, where, problems);
        double radiation = number(fields, GLOBAL_HORIZONTAL, where, problems);
        if (problems.size() > before) {
            return null;
        }
        if (hour < 1 || hour > 24) {
            problems.add(new InputProblem(where + " field 4", "hour " + hour + " is not 1..24"));
            return null;
        }
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            problems.add(new InputProblem(where + " fields 1-3", year + "-" + month + "-" + day + " is not a date"));
            return null;
        }
        return new EpwRow(line, year, month, day, hour, dryBulb, dewPoint, humidity, pressure, radiation);
    }

    private static int whole(String[] fields, int index, String where, List<InputProblem> problems) {
        try {
            return Integer.parseInt(fields[index].trim());
        } catch (NumberFormatException e) {
            problems.add(new InputProblem(where + " field " + (index + 1), "'" + fields[index].trim() + "' is not a whole number"));
            return 0;
        }
    }

    private static double number(String[] fields, int index, String where, List<InputProblem> problems) {
        try {
            return Double.parseDouble(fields[index].trim());
        } catch (NumberFormatException e) {
            problems.add(new InputProblem(where + " field " + (index + 1), "'" + fields[index].trim() + "' is not a number"));
            return Double.NaN;
        }
    }
}
