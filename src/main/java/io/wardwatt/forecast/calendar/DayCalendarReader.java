package io.wardwatt.forecast.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.LocatedYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a day calendar file (YAML, format in the README, "Forecasts"): {@code name}, {@code years: {from, to}},
 * optionally {@code provisional: {from, to, note}} (years inside those listed from the statutory rules only,
 * pending the announcement), {@code weekend} (day names, default Saturday and Sunday), {@code holidays} and
 * {@code makeUpWorkingDays}, each a list of {@code {date}} or {@code {from, to}} with a {@code name}. Every
 * problem is reported with its line.
 * The calendars shipped with the application are resources under {@code forecast/calendars/}.
 */
public final class DayCalendarReader {

    /** The calendars shipped with the application, by the name the command line uses. */
    public static final Map<String, String> BUILT_IN = Map.of("cn", "forecast/calendars/cn.yaml", "uk", "forecast/calendars/uk-england-wales.yaml");

    private static final List<String> FIELDS = List.of("name", "years", "provisional", "weekend", "holidays", "makeUpWorkingDays");

    private final LocatedYaml document;
    private final List<InputProblem> problems = new ArrayList<>();

    private DayCalendarReader(LocatedYaml document) {
        this.document = document;
    }

    /** {@code none}, a built-in name ({@code cn}, {@code uk}) or a file path. */
    public static DayCalendar named(String nameOrFile) {
        if (nameOrFile.equals("none")) {
            return DayCalendar.NONE;
        }
        String resource = BUILT_IN.get(nameOrFile);
        if (resource == null) {
            return readFile(Path.of(nameOrFile));
        }
        try (InputStream in = DayCalendarReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in calendar " + resource + " is missing from the application");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in calendar " + resource, e);
        }
    }

    public static DayCalendar readFile(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    public static DayCalendar read(String yaml, String source) {
        return new DayCalendarReader(LocatedYaml.parse(yaml, source)).calendar();
    }

    private DayCalendar calendar() {
        JsonNode root = document.root();
        if (!root.isObject()) {
            throw new InvalidInputException(List.of(document.at("", "a calendar is a mapping {name, years, holidays, makeUpWorkingDays}")));
        }
        String name = root.path("name").asText("");
        if (name.isBlank()) {
            problems.add(document.at("name", "a name is required"));
        }
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!FIELDS.contains(key)) {
                problems.add(document.at(key, "unknown field (" + String.join(", ", FIELDS) + ")"));
            }
        }
        int beforeYears = problems.size();
        int first = year(root, "years.from");
        int last = year(root, "years.to");
        if (first > last) {
            problems.add(document.at("years", "from " + first + " is after to " + last));
        }
        DayCalendar.ProvisionalYears provisional = provisional(root.get("provisional"), first, last, problems.size() == beforeYears);
        Set<DayOfWeek> weekend = weekend(root.get("weekend"));
        Map<LocalDate, String> holidays = days(root, "holidays", first, last);
        Map<LocalDate, String> makeUp = days(root, "makeUpWorkingDays", first, last);
        for (LocalDate date : makeUp.keySet()) {
            if (holidays.containsKey(date)) {
                problems.add(document.at("makeUpWorkingDays", date + " is also listed as a holiday"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DayCalendar(name, first, last, weekend, holidays, makeUp, provisional);
    }

    /** The year at {@code path}, {@code mapping.field} below the root. */
    private int year(JsonNode root, String path) {
        String[] parts = path.split("\\.");
        String text = root.path(parts[0]).path(parts[1]).asText("");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problems.add(document.at(path, "a year is required, got '" + text + "'"));
            return 0;
        }
    }

    /** @param yearsValid whether {@code years} was read without a problem, so a range can be checked against it */
    private DayCalendar.ProvisionalYears provisional(JsonNode node, int first, int last, boolean yearsValid) {
        if (node == null || node.isNull()) {
            return DayCalendar.ProvisionalYears.NONE;
        }
        if (!node.isObject()) {
            problems.add(document.at("provisional", "a mapping {from, to, note} is expected"));
            return DayCalendar.ProvisionalYears.NONE;
        }
        int before = problems.size();
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!List.of("from", "to", "note").contains(key)) {
                problems.add(document.at("provisional." + key, "unknown field (from, to, note)"));
            }
        }
        String note = node.path("note").asText("");
        if (note.isBlank()) {
            problems.add(document.at("provisional", "a note is required: why the years are provisional"));
        }
        int yearProblems = problems.size();
        int from = year(document.root(), "provisional.from");
        int to = year(document.root(), "provisional.to");
        if (problems.size() == yearProblems) {
            if (from > to) {
                problems.add(document.at("provisional", "from " + from + " is after to " + to));
            } else if (yearsValid && (from < first || to > last)) {
                problems.add(document.at("provisional", "years " + from + ".." + to + " lie outside the calendar's years " + first + ".." + last));
            }
        }
        return problems.size() == before ? new DayCalendar.ProvisionalYears(from, to, note) : DayCalendar.ProvisionalYears.NONE;
    }

    private Set<DayOfWeek> weekend(JsonNode node) {
        if (node == null || node.isNull()) {
            return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < node.size(); i++) {
            try {
                days.add(DayOfWeek.valueOf(node.get(i).asText().trim().toUpperCase()));
            } catch (IllegalArgumentException e) {
                problems.add(document.at("weekend[" + i + "]", "'" + node.get(i).asText() + "' is not a day of the week"));
            }
        }
        return days;
    }

    private Map<LocalDate, String> days(JsonNode root, String list, int first, int last) {
        Map<LocalDate, String> days = new HashMap<>();
        JsonNode entries = root.get(list);
        if (entries == null || entries.isNull()) {
            return days;
        }
        if (!entries.isArray()) {
            problems.add(document.at(list, "a list of {date, name} or {from, to, name} is expected"));
            return days;
        }
        for (int i = 0; i < entries.size(); i++) {
            String path = list + "[" + i + "]";
            JsonNode entry = entries.get(i);
            String name = entry.path("name").asText("");
            if (name.isBlank()) {
                problems.add(document.at(path, "a name is required"));
            }
            for (Iterator<String> keys = entry.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!List.of("date", "from", "to", "name").contains(key)) {
                    problems.add(document.at(path + "." + key, "unknown field (date, from, to, name)"));
                }
            }
            LocalDate from = date(entry, path, entry.has("date") ? "date" : "from");
            LocalDate to = entry.has("date") ? from : date(entry, path, "to");
            if (from == null || to == null) {
                continue;
            }
            if (to.isBefore(from)) {
                problems.add(document.at(path + ".to", to + " is before " + from));
                continue;
            }
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (day.getYear() < first || day.getYear() > last) {
                    problems.add(document.at(path, day + " lies outside the calendar's years " + first + ".." + last));
                    break;
                }
                if (days.put(day, name) != null) {
                    problems.add(document.at(path, day + " is listed twice"));
                }
            }
        }
        return days;
    }

    private LocalDate date(JsonNode entry, String path, String field) {
        String text = entry.path(field).asText("");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(document.at(path + "." + field, "a date YYYY-MM-DD is required, got '" + text + "'"));
            return null;
        }
    }
}
