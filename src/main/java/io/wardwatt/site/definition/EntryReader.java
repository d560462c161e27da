package io.wardwatt.site.definition;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.Device;
import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.EnergyFlow;
import io.wardwatt.site.Point;
import io.wardwatt.site.PointKind;
import io.wardwatt.site.Site;
import io.wardwatt.site.SpaceLevel;
import io.wardwatt.site.Space;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads one site, space, device or point from a YAML/JSON mapping, as it appears in a site definition file
 * and in the API's request bodies. Every problem is collected with its path ({@code points[12].rolloverValue}
 * in a file, {@code rolloverValue} in a body): wrong types, unknown fields (usually typos), unknown
 * levels, kinds or carriers, and what the records themselves refuse.
 */
public final class EntryReader {

    static final Set<String> SITE_FIELDS = Set.of("code", "name", "timeZone", "floorAreaM2", "gridRegion", "province");
    static final Set<String> SPACE_FIELDS = Set.of("code", "name", "level", "parent", "areaM2");
    static final Set<String> DEVICE_FIELDS = Set.of("code", "name", "kind", "space", "manufacturer", "model");
    static final Set<String> POINT_FIELDS = Set.of("code", "name", "unit", "kind", "rolloverValue", "carrier", "device", "space", "tags",
            "flow", "parentMeter");

    private final List<InputProblem> problems;

    EntryReader(List<InputProblem> problems) {
        this.problems = problems;
    }

    /** A site from a request body; throws with every problem, each named by its field. */
    public static Site readSite(JsonNode body) {
        return single(reader -> reader.site(body, ""));
    }

    public static Space readSpace(JsonNode body) {
        return single(reader -> reader.space(body, "", null, Set.of()));
    }

    public static Device readDevice(JsonNode body) {
        return single(reader -> reader.device(body, ""));
    }

    public static Point readPoint(JsonNode body) {
        return single(reader -> reader.point(body, ""));
    }

    private static <T> T single(Function<EntryReader, Optional<T>> read) {
        List<InputProblem> problems = new ArrayList<>();
        Optional<T> value = read.apply(new EntryReader(problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return value.orElseThrow(); // every empty result comes with a problem
    }

    Optional<Site> site(JsonNode node, String path) {
        Entry entry = entry(node, path, "the site", SITE_FIELDS, Set.of());
        if (entry == null) {
            return Optional.empty();
        }
        String code = entry.text("code");
        String name = entry.text("name");
        String timeZone = entry.text("timeZone");
        Double area = entry.number("floorAreaM2");
        String gridRegion = entry.text("gridRegion");
        String province = entry.text("province");
        return entry.build(() -> new Site(code, name, timeZone, area, gridRegion, province));
    }

    /**
     * @param enclosing    the code of the space this entry is nested in (a file's nested form), or null
     * @param nestedFields fields besides a space's own that the caller reads itself (a file's {@code spaces})
     */
    Optional<Space> space(JsonNode node, String path, String enclosing, Set<String> nestedFields) {
        Entry entry = entry(node, path, "a space", SPACE_FIELDS, nestedFields);
        if (entry == null) {
            return Optional.empty();
        }
        String code = entry.text("code");
        String name = entry.text("name");
        SpaceLevel level = entry.choice("level", SpaceLevel.class, t -> parseEnum(SpaceLevel.class, t));
        String written = entry.text("parent");
        String parent = written;
        if (enclosing != null) {
            if (written != null && !written.equals(enclosing)) {
                entry.problem("parent", "is nested under '" + enclosing + "' but names parent '" + written + "'; leave it out or make them agree");
            }
            parent = enclosing;
        }
        Double area = entry.number("areaM2");
        String parentCode = parent;
        return entry.build(() -> new Space(code, name, level, parentCode, area));
    }

    Optional<Device> device(JsonNode node, String path) {
        Entry entry = entry(node, path, "a device", DEVICE_FIELDS, Set.of());
        if (entry == null) {
            return Optional.empty();
        }
        String code = entry.text("code");
        String name = entry.text("name");
        String kind = entry.text("kind");
        String space = entry.text("space");
        String manufacturer = entry.text("manufacturer");
        String model = entry.text("model");
        return entry.build(() -> new Device(code, name, kind, space, manufacturer, model));
    }

    Optional<Point> point(JsonNode node, String path) {
        Entry entry = entry(node, path, "a point", POINT_FIELDS, Set.of());
        if (entry == null) {
            return Optional.empty();
        }
        String code = entry.text("code");
        String name = entry.text("name");
        String unit = entry.text("unit");
        PointKind kind = entry.choice("kind", PointKind.class, t -> parseEnum(PointKind.class, t));
        Double rollover = entry.number("rolloverValue");
        EnergyCarrier carrier = entry.choice("carrier", EnergyCarrier.class, EnergyCarrier::parse);
        String device = entry.text("device");
        String space = entry.text("space");
        List<String> tags = entry.texts("tags");
        EnergyFlow flow = entry.choice("flow", EnergyFlow.class, EnergyFlow::parse);
        String parentMeter = entry.text("parentMeter");
        return entry.build(() -> new Point(code, name, unit, kind, rollover, carrier, device, space, tags, flow, parentMeter));
    }

    /** A field's text as written (trimmed), valid or not; null when absent, blank or not text. */
    static String textOf(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        return value.asText().trim();
    }

    static String join(String path, String field) {
        if (path.isEmpty()) {
            return field;
        }
        return field.startsWith("[") ? path + field : path + "." + field;
    }

    private Entry entry(JsonNode node, String path, String what, Set<String> fields, Set<String> nestedFields) {
        String where = path.isEmpty() ? "body" : path;
        if (node == null || node.isNull() || node.isMissingNode()) {
            problems.add(new InputProblem(where, what + " is required: a mapping of " + sorted(fields)));
            return null;
        }
        if (!node.isObject()) {
            problems.add(new InputProblem(where, "must be " + what + ": a mapping of " + sorted(fields) + ", got '" + node.asText() + "'"));
            return null;
        }
        Entry entry = new Entry(node, path);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name) && !nestedFields.contains(name)) {
                entry.problem(name, "unknown field (known: " + sorted(fields) + (nestedFields.isEmpty() ? "" : ", " + sorted(nestedFields)) + ")");
            }
        }
        return entry;
    }

    private static String sorted(Set<String> fields) {
        return fields.stream().sorted().collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text.trim().toUpperCase(Locale.ROOT))).findFirst();
    }

    private static String choices(Class<? extends Enum<?>> type) {
        if (type == EnergyCarrier.class) {
            return Arrays.stream(EnergyCarrier.values()).map(EnergyCarrier::code).collect(Collectors.joining(", "));
        }
        if (type == EnergyFlow.class) {
            return Arrays.stream(EnergyFlow.values()).map(EnergyFlow::code).collect(Collectors.joining(", "));
        }
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** One mapping being read: remembers which fields already have a problem, so the record does not repeat it. */
    private final class Entry {
        private final JsonNode node;
        private final String path;
        private final Set<String> failed = new HashSet<>();

        Entry(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        void problem(String field, String problem) {
            failed.add(field);
            problems.add(new InputProblem(join(path, field), problem));
        }

        String text(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isValueNode()) {
                problem(field, "must be text, got a " + (value.isArray() ? "list" : "mapping"));
                return null;
            }
            return value.asText();
        }

        Double number(String field) {
            String text = text(field);
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                // BigDecimal, not Double.parseDouble: that one also takes "12d", "0x1p3" and "NaN". YAML 1.1 allows 1_000.
                double value = new BigDecimal(text.trim().replace("_", "")).doubleValue();
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(field, "must be a number, got '" + text + "'");
            return null;
        }

        <E extends Enum<E>> E choice(String field, Class<E> type, Function<String, Optional<E>> parse) {
            String text = text(field);
            if (text == null || text.isBlank()) {
                return null;
            }
            Optional<E> value = parse.apply(text);
            if (value.isEmpty()) {
                problem(field, "'" + text + "' is not one of " + choices(type));
            }
            return value.orElse(null);
        }

        List<String> texts(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isArray()) {
                problem(field, "must be a list such as [main, incomer]");
                return null;
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (!item.isValueNode() || item.isNull()) {
                    problem(field + "[" + i + "]", "must be text");
                } else {
                    texts.add(item.asText());
                }
            }
            return texts;
        }

        /** The record, when every field could be read and the record accepts them. */
        <T> Optional<T> build(Supplier<T> constructor) {
            try {
                T value = constructor.get();
                return failed.isEmpty() ? Optional.of(value) : Optional.empty();
            } catch (InvalidInputException e) {
                for (InputProblem problem : e.problems()) {
                    String field = problem.where();
                    String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
                    if (!failed.contains(field) && !failed.contains(base)) {
                        problems.add(new InputProblem(join(path, field), problem.problem()));
                    }
                }
                return Optional.empty();
            }
        }
    }
}
