package io.wardwatt.acquisition;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One device of the devices file: which template, where it answers, how often it is read, and the
 * per-point overrides. Site point codes are {@code <pointPrefix>.<point name>}; the prefix defaults to the
 * device code and exists for sites whose point codes predate the devices (PV-INV's points are PV.KWH, PV.KW).
 *
 * @param pointPrefix optional addition to the contract: the first part of the point codes (default: code)
 * @param enabled     optional addition: false keeps the device in the file but does not poll it (DISABLED)
 * @param maxGap      optional addition: this device's largest gap of unused registers read through in one
 *                    request (0 for devices that refuse reads of unmapped registers), null: the poller's default
 */
public record DeviceConfig(String code, String name, String template, String host, int port, int unitId, Duration interval,
                           Duration timeout, Duration requestDelay, String space, Map<String, PointOverride> overrides,
                           String pointPrefix, boolean enabled, Integer maxGap) {

    public DeviceConfig {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
        requestDelay = requestDelay == null ? Duration.ZERO : requestDelay;
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        pointPrefix = pointPrefix == null || pointPrefix.isBlank() ? code : pointPrefix;
        name = name == null || name.isBlank() ? code : name;
    }

    /** The same device answering elsewhere (the benchmark and tests serve it on a port of their own). */
    public DeviceConfig withEndpoint(String newHost, int newPort) {
        return new DeviceConfig(code, name, template, newHost, newPort, unitId, interval, timeout, requestDelay, space, overrides, pointPrefix,
                enabled, maxGap);
    }

    /** The site point code of a template point: {@code CH1.CHWST}. */
    public String pointCode(RegisterPoint point) {
        return pointPrefix + "." + point.name();
    }

    /** The source of this device's readings on the readings channel. */
    public String source() {
        return "modbus:" + code;
    }

    /**
     * The template as this device has it: overrides applied, switched-off points kept but disabled.
     *
     * @throws InvalidInputException naming the device and point when an override names no point of the template
     *                               or makes the map invalid (an address that now overlaps another point)
     */
    public DeviceTemplate effectiveTemplate(DeviceTemplate base) {
        if (!base.id().equals(template)) {
            throw new IllegalArgumentException("device " + code + " uses template " + template + ", not " + base.id());
        }
        List<InputProblem> problems = new ArrayList<>();
        for (String overridden : overrides.keySet()) {
            if (base.point(overridden).isEmpty()) {
                problems.add(new InputProblem("device " + code + " overrides." + overridden, "template " + template + " has no point "
                        + overridden + " (its points: " + String.join(", ", base.points().stream().map(RegisterPoint::name).toList()) + ")"));
            }
        }
        for (RegisterPoint point : base.points()) {
            String pointCode = pointCode(point);
            if (pointCode.length() > 64) {
                problems.add(new InputProblem("device " + code + " point " + point.name(), "point code " + pointCode + " is longer than 64 characters"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<RegisterPoint> points = base.points().stream()
                .map(p -> overrides.containsKey(p.name()) ? overrides.get(p.name()).applyTo(p) : p).toList();
        try {
            return new DeviceTemplate(base.id(), base.description(), base.manufacturer(), base.model(), base.deviceKind(), points,
                    base.source() + " with the overrides of device " + code);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new InputProblem("device " + code + " (" + p.where() + ")", p.problem())).toList());
        }
    }
}
