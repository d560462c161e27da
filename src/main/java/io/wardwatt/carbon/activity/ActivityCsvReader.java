package io.wardwatt.carbon.activity;

import io.wardwatt.carbon.QuantityUnit;
import io.wardwatt.input.CsvHeader;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a month's activities from CSV: header {@code carrier,quantity,unit}, optionally {@code source}
 * ({@code metered}, {@code manual}, {@code estimated}; {@code manual} when absent, since such a file is typed or
 * exported by a person). Blank lines and lines starting with {@code #} are skipped; a field may be in double
 * quotes. Every bad row is a problem with its line; rows are never skipped silently, because a ledger that left
 * one out would be wrong.
 */
public final class ActivityCsvReader {

    static final List<String> REQUIRED = List.of("carrier", "quantity", "unit");
    static final String SOURCE = "source";

    private ActivityCsvReader() {
    }

    public static ActivitySheet readFile(Path file) {
        return read(CsvHeader.readFile(file), file.toString());
    }

    /**
     * @param source the file name used in messages
     * @throws InvalidInputException when the header is wrong (nothing else can be read then)
     */
    public static ActivitySheet read(String text, String source) {
        String[] lines = text.split("\r?\n", -1);
        Map<String, Integer> columns = header(lines[0], source);
        List<Activity> activities = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + (i + 1);
            String[] fields = line.split(",", -1);
            if (fields.length != columns.size()) {
                problems.add(new InputProblem(where, "expected " + columns.size() + " fields (" + String.join(",", columnNames(columns))
                        + "), got " + fields.length + (fields.length > columns.size() ? "; write numbers without thousands separators" : "")));
                continue;
            }
            try {
                activities.add(activity(fields, columns, where));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (activities.isEmpty() && problems.isEmpty()) {
            problems.add(new InputProblem(source, "holds no activity row"));
        }
        return new ActivitySheet(source, activities, problems);
    }

    /** Every problem of the row at once: carrier, quantity, unit, source, then the activity's own checks. */
    private static Activity activity(String[] fields, Map<String, Integer> columns, String where) {
        List<InputProblem> problems = new ArrayList<>();
        Carrier carrier = null;
        try {
            carrier = Carrier.parse(field(fields, columns, "carrier"), where);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        String quantityText = field(fields, columns, "quantity");
        BigDecimal quantity = null;
        try {
            quantity = new BigDecimal(quantityText);
        } catch (NumberFormatException e) {
            problems.add(new InputProblem(where, "quantity '" + quantityText + "' is not a number"));
        }
        String unitText = field(fields, columns, "unit");
        QuantityUnit unit = QuantityUnit.of(unitText).orElse(null);
        if (unit == null) {
            problems.add(new InputProblem(where, "unknown unit '" + unitText + "': kWh, MWh, GJ, m3, t or kg"));
        }
        DataSource source = DataSource.MANUAL;
        if (columns.containsKey(SOURCE)) {
            String sourceText = field(fields, columns, SOURCE);
            source = DataSource.of(sourceText).orElse(null);
            if (source == null) {
                problems.add(new InputProblem(where, "source '" + sourceText + "' is not metered, manual or estimated"));
            }
        }
        if (carrier != null && quantity != null && unit != null && source != null) {
            try {
                return new Activity(carrier, quantity, unit, source, where);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        throw new InvalidInputException(problems);
    }

    private static String field(String[] fields, Map<String, Integer> columns, String name) {
        String value = fields[columns.get(name)].trim();
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1).trim() : value;
    }

    private static Map<String, Integer> header(String line, String source) {
        return CsvHeader.read(line, source, REQUIRED, List.of(SOURCE), "the header is carrier,quantity,unit[,source]");
    }

    private static List<String> columnNames(Map<String, Integer> columns) {
        String[] names = new String[columns.size()];
        columns.forEach((name, index) -> names[index] = name);
        return List.of(names);
    }
}
