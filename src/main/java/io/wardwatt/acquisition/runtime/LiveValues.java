package io.wardwatt.acquisition.runtime;

import io.wardwatt.acquisition.PolledValue;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest value of every polled point, as the device's last cycle read it (with its source time and quality),
 * in memory: what control needs to see the plant now, without a round trip through the readings table.
 */
@ApplicationScoped
public class LiveValues {

    private final Map<String, Map<String, PolledValue>> byDevice = new ConcurrentHashMap<>();

    void update(String device, List<PolledValue> values) {
        Map<String, PolledValue> points = byDevice.computeIfAbsent(device, d -> new ConcurrentHashMap<>());
        for (PolledValue value : values) {
            points.put(value.point().name(), value);
        }
    }

    void forget(String device) {
        byDevice.remove(device);
    }

    /** The latest value of a device's point (by the template's point name), if it has been polled. */
    public Optional<PolledValue> latest(String device, String point) {
        Map<String, PolledValue> points = byDevice.get(device);
        return points == null ? Optional.empty() : Optional.ofNullable(points.get(point));
    }
}
