package io.wardwatt.acquisition;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The register map of one device model, reusable across many devices. Made only valid: the constructor
 * checks {@link TemplateRules} (the reader reports the same problems earlier, with file and line).
 *
 * @param id         unique; the file name without {@code .yaml}
 * @param deviceKind optional addition to the contract: the site device kind of devices of this model
 *                   ({@code chiller}, {@code pump}, {@code meter}, ...); {@code meter} when not given
 * @param source     where it was read from (a file or classpath resource), for messages
 */
public record DeviceTemplate(String id, String description, String manufacturer, String model, String deviceKind,
                             List<RegisterPoint> points, String source) {

    public DeviceTemplate {
        Objects.requireNonNull(id, "id");
        deviceKind = deviceKind == null || deviceKind.isBlank() ? "meter" : deviceKind;
        points = List.copyOf(points);
        description = description == null ? "" : description;
        List<TemplateRules.Violation> violations = TemplateRules.check(points);
        if (!violations.isEmpty()) {
            String where = "template " + id + (source == null ? "" : " (" + source + ")");
            throw new InvalidInputException(violations.stream()
                    .map(v -> new InputProblem(where + " points[" + v.index() + "]." + v.field(), v.problem())).toList());
        }
    }

    public Optional<RegisterPoint> point(String name) {
        return points.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The points a poller reads (those not switched off by a device's overrides). */
    public List<RegisterPoint> enabledPoints() {
        return points.stream().filter(RegisterPoint::enabled).toList();
    }
}
