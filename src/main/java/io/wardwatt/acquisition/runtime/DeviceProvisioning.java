package io.wardwatt.acquisition.runtime;

import io.wardwatt.acquisition.DeviceConfig;
import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.RegisterPoint;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.Device;
import io.wardwatt.site.Point;
import io.wardwatt.site.RegisteredPoint;
import io.wardwatt.site.runtime.DeviceService;
import io.wardwatt.site.runtime.PointService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes sure a polled device and its points exist in the site model, through the site's services (so each
 * creation is audited). Idempotent: what exists is left alone. An existing point whose kind or unit differs
 * from the template is never changed (its stored history depends on them): the device is refused instead, with
 * every mismatch named, before anything is created.
 */
@ApplicationScoped
public class DeviceProvisioning {

    @Inject
    DeviceService devices;

    @Inject
    PointService points;

    /**
     * @return the point ids by template point name
     * @throws InvalidInputException naming each point that disagrees with the site model
     */
    @Transactional
    public Map<String, Integer> ensure(String siteCode, DeviceConfig config, DeviceTemplate template) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        Map<RegisterPoint, Point> missing = new LinkedHashMap<>();
        Map<String, RegisteredPoint> existing = new HashMap<>();
        for (RegisterPoint p : template.enabledPoints()) {
            String code = config.pointCode(p);
            Optional<RegisteredPoint> stored = points.find(siteCode, code);
            if (stored.isEmpty()) {
                missing.put(p, point(config, p));
                continue;
            }
            Point have = stored.get().point();
            if (have.kind() != p.kind() || !have.unit().equals(p.unit())) {
                problems.add(new InputProblem("device " + config.code() + " point " + p.name(), "site point " + code + " is " + have.kind()
                        + " in " + have.unit() + " but template " + template.id() + " reads it as " + p.kind() + " in " + p.unit()
                        + "; an existing point's kind and unit are never changed: fix the template, an override, or the point code"));
            } else if (have.device() != null && !have.device().equals(config.code())) {
                problems.add(new InputProblem("device " + config.code() + " point " + p.name(), "site point " + code + " belongs to device "
                        + have.device() + ", not " + config.code()));
            }
            existing.put(p.name(), stored.get());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (devices.find(siteCode, config.code()).isEmpty()) {
            devices.create(siteCode, new Device(config.code(), config.name(), template.deviceKind(), config.space(), template.manufacturer(),
                    template.model()));
        }
        for (RegisterPoint p : template.enabledPoints()) {
            RegisteredPoint registered = existing.containsKey(p.name()) ? flowed(siteCode, existing.get(p.name()), p)
                    : points.create(siteCode, missing.get(p));
            ids.put(p.name(), registered.id());
        }
        return ids;
    }

    /**
     * An existing point the site data gave no flow takes the one its register map states (points made before templates
     * stated flows, e.g. an export register that would otherwise count as consumption); a flow the site data states wins.
     */
    private RegisteredPoint flowed(String siteCode, RegisteredPoint stored, RegisterPoint p) {
        Point have = stored.point();
        if (p.flow() == null || have.flow() != null || have.parentMeter() != null || have.carrier() == null || !have.carrier().equals(p.carrier())) {
            return stored;
        }
        return points.update(siteCode, new Point(have.code(), have.name(), have.unit(), have.kind(), have.rolloverValue(), have.carrier(),
                have.device(), have.space(), have.tags(), p.flow(), have.parentMeter()));
    }

    private static Point point(DeviceConfig config, RegisterPoint p) {
        String name = p.description().isBlank() ? config.pointCode(p) : config.code() + " " + p.description();
        return new Point(config.pointCode(p), name.length() > 200 ? name.substring(0, 200) : name, p.unit(), p.kind(),
                p.isCounter() ? p.rollover() : null, p.carrier(), config.code(), config.space(), List.of("modbus", config.template()),
                p.flow(), null);
    }
}
