package io.wardwatt.acquisition;

import io.wardwatt.input.LocatedYaml;
import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The devices file: which devices to poll (or to simulate), each a template plus where it answers. Read
 * and checked on its own; {@link #resolve} then pairs each device with its template, overrides applied.
 */
public record DeviceList(List<DeviceConfig> devices, String source) {

    /** A device with the template it is read with (overrides applied). */
    public record ConfiguredDevice(DeviceConfig config, DeviceTemplate template) {
    }

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Set<String> DEVICE = Set.of("code", "name", "template", "host", "port", "unitId", "interval", "timeout",
            "requestDelay", "space", "overrides", "pointPrefix", "enabled", "maxGap");
    private static final Set<String> OVERRIDE = Set.of("address", "scale", "offset", "unit", "wordOrder", "byteOrder", "enabled",
            "mustChange", "staleAfter");

    public DeviceList {
        devices = List.copyOf(devices);
    }

    public Optional<DeviceConfig> device(String code) {
        return devices.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public static DeviceList readFile(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** @throws InvalidInputException with every problem of the file, each with its line */
    public static DeviceList read(String text, String source) {
        LocatedYaml tree = LocatedYaml.parse(text, source);
        List<InputProblem> problems = new ArrayList<>();
        JsonNode root = tree.root();
        JsonNode list = root.isObject() ? root.get("devices") : null;
        if (list == null || !list.isArray()) {
            throw new InvalidInputException(source, "a devices file is a mapping with a list 'devices'");
        }
        new YamlFields(tree, root, "", null, problems).onlyKnown(Set.of("devices"));
        List<DeviceConfig> devices = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> prefixes = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "devices[" + i + "]";
            JsonNode entry = list.get(i);
            if (!entry.isObject()) {
                problems.add(tree.at(path, "a device is a mapping with code, template, host, port, unitId, interval, timeout"));
                continue;
            }
            String label = path + " " + (entry.hasNonNull("code") ? entry.get("code").asText() : "?");
            Optional<DeviceConfig> device = device(tree, new YamlFields(tree, entry, path, label, problems), problems);
            device.ifPresent(d -> {
                Integer first = codes.putIfAbsent(d.code(), devices.size());
                if (first != null) {
                    problems.add(tree.at(path + ".code", label + ": code " + d.code() + " is used twice"));
                } else if (prefixes.putIfAbsent(d.pointPrefix(), devices.size()) != null) {
                    problems.add(tree.at(path + ".pointPrefix", label + ": point prefix " + d.pointPrefix()
                            + " is used by another device: their point codes would collide"));
                }
                devices.add(d);
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DeviceList(devices, source);
    }

    /**
     * Each device with its template from the catalog, overrides applied.
     *
     * @throws InvalidInputException naming every device whose template is unknown or whose overrides do not fit
     */
    public List<ConfiguredDevice> resolve(TemplateCatalog catalog) {
        List<InputProblem> problems = new ArrayList<>();
        List<ConfiguredDevice> resolved = new ArrayList<>();
        for (DeviceConfig device : devices) {
            Optional<DeviceTemplate> template = catalog.find(device.template());
            if (template.isEmpty()) {
                problems.add(new InputProblem(source + ": device " + device.code() + ".template", "there is no template '" + device.template()
                        + "' (known: " + String.join(", ", catalog.ids()) + ")"));
                continue;
            }
            try {
                resolved.add(new ConfiguredDevice(device, device.effectiveTemplate(template.get())));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new InputProblem(source + ": " + p.where(), p.problem())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return resolved;
    }

    private static Optional<DeviceConfig> device(LocatedYaml tree, YamlFields f, List<InputProblem> problems) {
        f.onlyKnown(DEVICE);
        Optional<String> code = f.requiredText("code");
        code.filter(c -> !CODE.matcher(c).matches()).ifPresent(c -> f.problem("code", "'" + c + "' is not a code: 1-64 characters of "
                + "A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit"));
        Optional<String> prefix = f.text("pointPrefix");
        prefix.filter(c -> !CODE.matcher(c).matches()).ifPresent(c -> f.problem("pointPrefix", "'" + c + "' is not a code"));
        Optional<String> template = f.requiredText("template");
        Optional<String> host = f.requiredText("host");
        long port = f.integer("port").orElse(502L);
        if (port < 1 || port > 65535) {
            f.problem("port", port + " is outside 1..65535");
        }
        long unitId = f.integer("unitId").orElse(1L);
        if (unitId < 0 || unitId > 255) {
            f.problem("unitId", unitId + " is outside 0..255");
        }
        Duration interval = positive(f, "interval", f.duration("interval").orElse(Duration.ofSeconds(5)));
        Duration timeout = positive(f, "timeout", f.duration("timeout").orElse(Duration.ofSeconds(1)));
        Duration delay = f.duration("requestDelay").orElse(Duration.ZERO);
        Integer maxGap = f.integer("maxGap").map(Long::intValue).orElse(null);
        if (maxGap != null && (maxGap < 0 || maxGap > 124)) {
            f.problem("maxGap", maxGap + " is outside 0..124");
        }
        Map<String, PointOverride> overrides = overrides(tree, f, problems);
        if (code.isEmpty() || template.isEmpty() || host.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeviceConfig(code.get(), f.text("name").orElse(null), template.get(), host.get(), (int) port, (int) unitId,
                interval, timeout, delay, f.text("space").orElse(null), overrides, prefix.orElse(null), f.bool("enabled").orElse(true), maxGap));
    }

    private static Duration positive(YamlFields f, String field, Duration value) {
        if (value.isNegative() || value.isZero()) {
            f.problem(field, "must be more than 0");
        }
        return value;
    }

    private static Map<String, PointOverride> overrides(LocatedYaml tree, YamlFields device, List<InputProblem> problems) {
        JsonNode node = device.child("overrides");
        Map<String, PointOverride> overrides = new LinkedHashMap<>();
        if (node == null) {
            return overrides;
        }
        if (!node.isObject()) {
            device.problem("overrides", "must be a mapping of point name to {address, scale, offset, unit, wordOrder, byteOrder, enabled}");
            return overrides;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = device.pathOf("overrides") + "." + entry.getKey();
            if (!entry.getValue().isObject()) {
                problems.add(tree.at(path, "an override is a mapping, e.g. {scale: 0.01}"));
                continue;
            }
            YamlFields f = new YamlFields(tree, entry.getValue(), path, "override of " + entry.getKey(), problems);
            f.onlyKnown(OVERRIDE);
            Integer address = f.integer("address").map(Long::intValue).orElse(null);
            if (address != null && (address < 0 || address > TemplateRules.MAX_ADDRESS)) {
                f.problem("address", address + " is outside 0..65535");
            }
            overrides.put(entry.getKey(), new PointOverride(address, f.number("scale").orElse(null), f.number("offset").orElse(null),
                    f.text("unit").orElse(null), f.keyword("wordOrder", WordOrder::parse, "big, little").orElse(null),
                    f.keyword("byteOrder", ByteOrder::parse, "big, little").orElse(null), f.bool("enabled").orElse(null),
                    f.bool("mustChange").orElse(null), f.duration("staleAfter").orElse(null)));
        }
        return overrides;
    }
}
