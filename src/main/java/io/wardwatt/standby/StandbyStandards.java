package io.wardwatt.standby;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.LocatedYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The standby standards file: the standard standby draw per device type, and the devices watched with their type.
 * Format (see the README, "Standby watch, space energy and alerts"):
 * <pre>
 * types:
 *   - {type: mri-3t, name: "MRI 3.0 T", standbyKw: 20.0, source: "..."}
 * devices:
 *   - {device: MRI1, type: mri-3t}                # points MRI1.KW and MRI1.STATE
 *   - {device: CT3, type: ct, standbyKw: 4.0}     # this unit's own figure
 * </pre>
 * Every problem is reported at once, with its line.
 */
public record StandbyStandards(List<StandbyStandard> types, List<WatchedDevice> devices) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Optional<WatchedDevice> device(String code) {
        return devices.stream().filter(d -> d.device().equals(code)).findFirst();
    }

    public static StandbyStandards parse(String text, String source) {
        LocatedYaml yaml = LocatedYaml.parse(text, source);
        List<InputProblem> problems = new ArrayList<>();
        Map<String, StandbyStandard> types = new LinkedHashMap<>();
        JsonNode typeList = yaml.root().path("types");
        if (!typeList.isArray() || typeList.isEmpty()) {
            problems.add(yaml.at("types", "a list of at least one device type is required"));
        } else {
            for (int i = 0; i < typeList.size(); i++) {
                String at = "types[" + i + "]";
                JsonNode node = typeList.get(i);
                String type = code(yaml, node, at, "type", problems);
                String name = text(node, "name");
                Double kw = kilowatts(yaml, node.path("standbyKw"), at + ".standbyKw", true, problems);
                String reference = text(node, "source");
                if (reference == null) {
                    problems.add(yaml.at(at + ".source", "required: where the figure comes from (or 'illustrative demo value')"));
                }
                if (type != null && types.containsKey(type)) {
                    problems.add(yaml.at(at + ".type", "'" + type + "' is defined twice"));
                } else if (type != null && kw != null && reference != null) {
                    types.put(type, new StandbyStandard(type, name == null ? type : name, kw, reference));
                }
            }
        }
        List<WatchedDevice> devices = new ArrayList<>();
        JsonNode deviceList = yaml.root().path("devices");
        if (!deviceList.isArray()) {
            problems.add(yaml.at("devices", "a list of watched devices is required"));
        } else {
            for (int i = 0; i < deviceList.size(); i++) {
                String at = "devices[" + i + "]";
                JsonNode node = deviceList.get(i);
                String device = code(yaml, node, at, "device", problems);
                String type = text(node, "type");
                StandbyStandard standard = type == null ? null : types.get(type);
                if (standard == null && (type != null || typeList.isArray())) {
                    problems.add(yaml.at(at + ".type", type == null ? "required: one of " + types.keySet()
                            : "'" + type + "' is not a type of this file " + types.keySet()));
                }
                Double own = node.has("standbyKw") ? kilowatts(yaml, node.get("standbyKw"), at + ".standbyKw", false, problems) : null;
                if (device != null && devices.stream().anyMatch(d -> d.device().equals(device))) {
                    problems.add(yaml.at(at + ".device", "'" + device + "' is listed twice"));
                } else if (device != null && standard != null) {
                    String power = text(node, "powerPoint");
                    String state = text(node, "statePoint");
                    devices.add(new WatchedDevice(device, standard, own != null ? own : standard.standbyKw(),
                            power != null ? power : device + ".KW", state != null ? state : device + ".STATE"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new StandbyStandards(List.copyOf(types.values()), List.copyOf(devices));
    }

    private static String code(LocatedYaml yaml, JsonNode node, String at, String field, List<InputProblem> problems) {
        String value = text(node, field);
        if (value == null) {
            problems.add(yaml.at(at + "." + field, "required"));
            return null;
        }
        if (!CODE.matcher(value).matches()) {
            problems.add(yaml.at(at + "." + field, "'" + value + "' is not a code: letters, digits, '.', '_' and '-'"));
            return null;
        }
        return value;
    }

    private static Double kilowatts(LocatedYaml yaml, JsonNode node, String at, boolean required, List<InputProblem> problems) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            if (required) {
                problems.add(yaml.at(at, "required: the standard standby draw in kW"));
            }
            return null;
        }
        try {
            double kw = Double.parseDouble(node.asText().strip());
            if (!(kw > 0) || kw > 10_000) {
                problems.add(yaml.at(at, "must be above 0 and at most 10000 kW, got " + node.asText()));
                return null;
            }
            return kw;
        } catch (NumberFormatException e) {
            problems.add(yaml.at(at, "not a number: '" + node.asText() + "'"));
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        return value.asText().strip();
    }
}
