package io.wardwatt.forecast.history;

import io.wardwatt.input.CsvHeader;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an hourly history CSV: header {@code timestamp,load_kw,temp_c,rh_pct} (any order), optionally
 * {@code visits} and {@code solar_w_m2}. Timestamps are ISO 8601 with an offset or {@code Z} and label the hour
 * that starts then; rows are placed by instant, so local wall-clock files whose offset changes at daylight
 * saving are read correctly.
 *
 * <p>What is fatal and what is not: a wrong header, a file with no data, or more than {@link #MAX_BAD_SHARE} of
 * the rows unusable throws {@link InvalidInputException} with every problem and its line. Otherwise a bad row
 * (unparseable timestamp, not on a whole hour, a number that is not a number or out of range, wrong field count)
 * is skipped and listed with its line in the report, because a few bad lines in years of meter data should not
 * stop a backtest. Empty {@code load_kw}, {@code temp_c}, {@code rh_pct} cells are missing values, not errors.
 * A second row for an instant already read (as BDG2 writes the spring-forward hour) is counted and dropped;
 * hours with no row are gaps, counted, and missing on the grid.
 */
public final class HourlyHistoryReader {

    /** Above this share of unusable rows the file is probably not what it claims to be. */
    public static final double MAX_BAD_SHARE = 0.01;
    static final List<String> REQUIRED = List.of("timestamp", "load_kw", "temp_c", "rh_pct");
    static final List<String> OPTIONAL = List.of("visits", "solar_w_m2");
    /** Sanity limits: beyond them a value is a unit or column mistake. */
    static final double MIN_TEMP_C = -60;
    static final double MAX_TEMP_C = 60;
    static final double MAX_LOAD_KW = 1_000_000;

    private HourlyHistoryReader() {
    }

    public static HourlyHistory readFile(Path file) {
        return read(CsvHeader.readFile(file), file.toString());
    }

    /** @param source the file name used in messages */
    public static HourlyHistory read(String text, String source) {
        String[] lines = text.split("\r?\n", -1);
        Map<String, Integer> columns = header(lines.length == 0 ? "" : lines[0], source);
        List<InputProblem> skipped = new ArrayList<>();
        List<InputProblem> duplicates = new ArrayList<>();
        TreeMap<Instant, double[]> rows = new TreeMap<>();
        int dataRows = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            dataRows++;
            String where = source + " line " + (i + 1);
            String[] fields = lines[i].split(",", -1);
            if (fields.length != columns.size()) {
                skipped.add(new InputProblem(where, "expected " + columns.size() + " fields, got " + fields.length));
                continue;
            }
            List<String> rowProblems = new ArrayList<>();
            Instant hour = hour(fields[columns.get("timestamp")].trim(), rowProblems);
            double[] values = new double[5];
            values[0] = number(fields, columns, "load_kw", 0, MAX_LOAD_KW, rowProblems);
            values[1] = number(fields, columns, "temp_c", MIN_TEMP_C, MAX_TEMP_C, rowProblems);
            values[2] = number(fields, columns, "rh_pct", 0, 100, rowProblems);
            values[3] = number(fields, columns, "visits", 0, Double.MAX_VALUE, rowProblems);
            values[4] = number(fields, columns, "solar_w_m2", 0, 1500, rowProblems);
            if (!rowProblems.isEmpty()) {
                skipped.add(new InputProblem(where, String.join("; ", rowProblems)));
            } else if (rows.containsKey(hour)) {
                duplicates.add(new InputProblem(where, hour + " was already given; this row is dropped"));
            } else {
                rows.put(hour, values);
            }
        }
        if (rows.isEmpty()) {
            List<InputProblem> all = new ArrayList<>(skipped);
            all.add(new InputProblem(source, "holds no usable hourly row"));
            throw new InvalidInputException(all);
        }
        if (skipped.size() > MAX_BAD_SHARE * dataRows) {
            List<InputProblem> all = new ArrayList<>(skipped);
            all.add(new InputProblem(source, skipped.size() + " of " + dataRows + " rows are unusable (more than "
                    + Math.round(MAX_BAD_SHARE * 100) + " %): not read"));
            throw new InvalidInputException(all);
        }
        return grid(rows, columns, source, dataRows, skipped, duplicates);
    }

    private static HourlyHistory grid(TreeMap<Instant, double[]> rows, Map<String, Integer> columns, String source, int dataRows,
            List<InputProblem> skipped, List<InputProblem> duplicates) {
        Instant start = rows.firstKey();
        int hours = (int) ((rows.lastKey().getEpochSecond() - start.getEpochSecond()) / 3600) + 1;
        double[][] series = new double[5][hours];
        for (double[] column : series) {
            Arrays.fill(column, Double.NaN);
        }
        int missingLoad = 0;
        for (Map.Entry<Instant, double[]> row : rows.entrySet()) {
            int index = (int) ((row.getKey().getEpochSecond() - start.getEpochSecond()) / 3600);
            for (int c = 0; c < 5; c++) {
                series[c][index] = row.getValue()[c];
            }
            if (Double.isNaN(row.getValue()[0])) {
                missingLoad++;
            }
        }
        HourlyHistory.Report report = new HourlyHistory.Report(source, dataRows, skipped, duplicates.size(), duplicates,
                hours - rows.size(), missingLoad, countNaN(series[1]), countNaN(series[2]));
        return new HourlyHistory(start, series[0], series[1], series[2], columns.containsKey("visits") ? series[3] : null,
                columns.containsKey("solar_w_m2") ? series[4] : null, report);
    }

    private static Map<String, Integer> header(String line, String source) {
        return CsvHeader.read(line, source, REQUIRED, OPTIONAL, "expected " + REQUIRED + ", optional " + OPTIONAL);
    }

    private static Instant hour(String text, List<String> problems) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text);
            if (time.getMinute() != 0 || time.getSecond() != 0 || time.getNano() != 0) {
                problems.add("timestamp '" + text + "' is not on a whole hour");
                return null;
            }
            return time.toInstant();
        } catch (DateTimeParseException e) {
            problems.add("timestamp '" + text + "' is not ISO 8601 with an offset (e.g. 2025-07-01T13:00:00+08:00 or ...Z)");
            return null;
        }
    }

    private static double number(String[] fields, Map<String, Integer> columns, String name, double min, double max, List<String> problems) {
        Integer column = columns.get(name);
        if (column == null || fields[column].isBlank()) {
            return Double.NaN;
        }
        String text = fields[column].trim();
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value) || value < min || value > max) {
                problems.add(name + " " + text + " is outside " + format(min) + ".." + format(max));
                return Double.NaN;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(name + " '" + text + "' is not a number");
            return Double.NaN;
        }
    }

    private static String format(double value) {
        return value == Double.MAX_VALUE ? "" : value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static int countNaN(double[] values) {
        int count = 0;
        for (double value : values) {
            if (Double.isNaN(value)) {
                count++;
            }
        }
        return count;
    }
}
