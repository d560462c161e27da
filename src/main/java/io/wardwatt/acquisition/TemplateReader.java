package io.wardwatt.acquisition;

import io.wardwatt.input.LocatedYaml;
import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.EnergyFlow;
import io.wardwatt.site.PointKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates a device template (the format is in the README, "Device templates"). Every problem
 * of a file is reported at once, each naming the file, line, point and what is wrong, e.g.
 * {@code chiller.yaml line 41: points[4].rollover -> points[4] KWH: a counter needs 'rollover' ...}.
 */
public final class TemplateReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<String> TOP = Set.of("template", "description", "manufacturer", "model", "deviceKind", "defaults",
            "points");
    private static final Pattern DEVICE_KIND = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    private static final Set<String> DEFAULTS = Set.of("wordOrder", "byteOrder");
    private static final Set<String> POINT = Set.of("name", "description", "function", "address", "type", "scale", "offset", "unit", "kind",
            "rollover", "carrier", "writable", "bit", "wordOrder", "byteOrder", "mustChange", "mustChangeWhile", "staleAfter", "min", "max", "flow");

    private TemplateReader() {
    }

    /** Reads a template file; its {@code template} id must be the file name without {@code .yaml}. */
    public static DeviceTemplate readFile(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString(), idOfFileName(file.getFileName().toString()));
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** Reads a template shipped on the class path, e.g. {@code acquisition/templates/wardwatt-chiller-wc.yaml}. */
    public static DeviceTemplate readResource(String resource) {
        try (InputStream in = TemplateReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidInputException(resource, "no such resource on the class path");
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + resource, idOfFileName(name));
        } catch (IOException e) {
            throw new InvalidInputException(resource, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a template from text.
     *
     * @param source     the file name for messages
     * @param expectedId the id the file name implies, or null when there is no file name
     * @throws InvalidInputException with every problem found
     */
    public static DeviceTemplate read(String text, String source, String expectedId) {
        LocatedYaml tree = LocatedYaml.parse(text, source);
        List<InputProblem> problems = new ArrayList<>();
        JsonNode root = tree.root();
        if (!root.isObject()) {
            throw new InvalidInputException(source, "a template is a mapping with template, description, points");
        }
        YamlFields top = new YamlFields(tree, root, "", null, problems);
        top.onlyKnown(TOP);
        String id = top.requiredText("template").orElse(null);
        if (id != null && !ID.matcher(id).matches()) {
            top.problem("template", "'" + id + "' is not a template id: 1-64 characters of a-z, 0-9 and '-'");
        } else if (id != null && expectedId != null && !id.equals(expectedId)) {
            top.problem("template", "'" + id + "' must equal the file name without .yaml ('" + expectedId + "')");
        }
        String deviceKind = top.text("deviceKind").orElse(null);
        if (deviceKind != null && !DEVICE_KIND.matcher(deviceKind).matches()) {
            top.problem("deviceKind", "'" + deviceKind + "' is not a device kind: 1-32 characters of a-z, 0-9 and '_' (chiller, pump, meter, ...)");
        }
        Layout defaults = defaults(tree, top, problems);
        List<RegisterPoint> points = points(tree, top, defaults, problems);
        if (problems.isEmpty()) {
            for (TemplateRules.Violation v : TemplateRules.check(points)) {
                problems.add(tree.at("points[" + v.index() + "]." + v.field(), v.problem()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DeviceTemplate(id, top.text("description").orElse(""), top.text("manufacturer").orElse(null),
                top.text("model").orElse(null), deviceKind, points, source);
    }

    private record Layout(WordOrder wordOrder, ByteOrder byteOrder) {
    }

    private static Layout defaults(LocatedYaml tree, YamlFields top, List<InputProblem> problems) {
        JsonNode node = top.child("defaults");
        if (node == null) {
            return new Layout(WordOrder.BIG, ByteOrder.BIG);
        }
        if (!node.isObject()) {
            top.problem("defaults", "must be a mapping (wordOrder, byteOrder)");
            return new Layout(WordOrder.BIG, ByteOrder.BIG);
        }
        YamlFields fields = new YamlFields(tree, node, "defaults", "defaults", problems);
        fields.onlyKnown(DEFAULTS);
        return new Layout(fields.keyword("wordOrder", WordOrder::parse, "big, little").orElse(WordOrder.BIG),
                fields.keyword("byteOrder", ByteOrder::parse, "big, little").orElse(ByteOrder.BIG));
    }

    private static List<RegisterPoint> points(LocatedYaml tree, YamlFields top, Layout defaults, List<InputProblem> problems) {
        JsonNode list = top.child("points");
        List<RegisterPoint> points = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            top.problem("points", "must be a list of at least one point");
            return points;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String path = "points[" + i + "]";
            if (!entry.isObject()) {
                problems.add(tree.at(path, "a point is a mapping with name, function, address, type, unit, kind"));
                continue;
            }
            String name = entry.hasNonNull("name") ? entry.get("name").asText() : "?";
            point(new YamlFields(tree, entry, path, path + " " + name, problems), defaults).ifPresent(points::add);
        }
        return points;
    }

    private static Optional<RegisterPoint> point(YamlFields f, Layout defaults) {
        f.onlyKnown(POINT);
        Optional<String> name = f.requiredText("name");
        Optional<RegisterFunction> function = f.requiredText("function").flatMap(t -> f.keyword("function", RegisterFunction::parse,
                RegisterFunction.labels()));
        Optional<Long> address = f.requiredText("address").flatMap(t -> f.integer("address"));
        Optional<RegisterType> type = f.requiredText("type").flatMap(t -> f.keyword("type", RegisterType::parse, RegisterType.labels()));
        Optional<String> unit = f.requiredText("unit");
        Optional<PointKind> kind = f.keyword("kind", TemplateReader::kind, "value, counter");
        double scale = f.number("scale").orElse(1.0);
        double offset = f.number("offset").orElse(0.0);
        Double rollover = f.number("rollover").orElse(null);
        EnergyCarrier carrier = f.keyword("carrier", EnergyCarrier::parse,
                Arrays.stream(EnergyCarrier.values()).map(EnergyCarrier::code).collect(Collectors.joining(", "))).orElse(null);
        EnergyFlow flow = f.keyword("flow", EnergyFlow::parse,
                Arrays.stream(EnergyFlow.values()).map(EnergyFlow::code).collect(Collectors.joining(", "))).orElse(null);
        boolean writable = f.bool("writable").orElse(false);
        Integer bit = f.integer("bit").map(Long::intValue).orElse(null);
        WordOrder wordOrder = f.keyword("wordOrder", WordOrder::parse, "big, little").orElse(defaults.wordOrder());
        ByteOrder byteOrder = f.keyword("byteOrder", ByteOrder::parse, "big, little").orElse(defaults.byteOrder());
        boolean mustChange = f.bool("mustChange").orElse(false);
        String mustChangeWhile = f.text("mustChangeWhile").orElse(null);
        Duration staleAfter = f.duration("staleAfter").orElse(null);
        Double min = f.number("min").orElse(null);
        Double max = f.number("max").orElse(null);
        if (address.isPresent() && (address.get() < 0 || address.get() > TemplateRules.MAX_ADDRESS)) {
            f.problem("address", address.get() + " is outside 0..65535");
            return Optional.empty();
        }
        if (name.isEmpty() || function.isEmpty() || address.isEmpty() || type.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RegisterPoint(name.get(), f.text("description").orElse(""), function.get(), address.get().intValue(),
                type.get(), scale, offset, unit.get(), kind.orElse(PointKind.VALUE), rollover, carrier, writable, bit, wordOrder, byteOrder,
                mustChange, mustChangeWhile, staleAfter, min, max, true, flow));
    }

    private static Optional<PointKind> kind(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "value" -> Optional.of(PointKind.VALUE);
            case "counter" -> Optional.of(PointKind.COUNTER);
            default -> Optional.empty();
        };
    }

    private static String idOfFileName(String fileName) {
        return fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5)
                : fileName.endsWith(".yml") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }
}
