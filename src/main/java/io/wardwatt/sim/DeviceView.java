package io.wardwatt.sim;

import io.wardwatt.sim.control.RemoteCommands;
import io.wardwatt.sim.metering.MeasurementNoise;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * A device as a list of named measurements over the simulation's state, plus the points its controller
 * accepts writes to. Measurements may carry a small deterministic noise (an absolute amplitude); counters
 * and states never do.
 */
final class DeviceView implements SimulatedDevice {

    static final String HEARTBEAT = "HEARTBEAT";

    private record Measurement(DoubleSupplier value, double noise) {
    }

    private final String code;
    private final MeasurementNoise noise;
    private final RemoteCommands commands;
    private final Map<String, Measurement> measurements = new LinkedHashMap<>();
    private final Set<String> writable = new LinkedHashSet<>();
    private volatile double heartbeat;

    DeviceView(String code, MeasurementNoise noise, RemoteCommands commands) {
        this.code = code;
        this.noise = noise;
        this.commands = commands;
        if (commands != null) {
            writable.add(HEARTBEAT);
        }
    }

    DeviceView exact(String point, DoubleSupplier value) {
        measurements.put(point, new Measurement(value, 0));
        return this;
    }

    DeviceView measured(String point, DoubleSupplier value, double noiseAmplitude) {
        measurements.put(point, new Measurement(value, noiseAmplitude));
        return this;
    }

    /** A command point: reads back what is in force (written or local), accepts writes. */
    DeviceView command(String point, DoubleSupplier inForce) {
        measurements.put(point, new Measurement(inForce, 0));
        writable.add(point);
        return this;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Map<String, Double> values(Instant now) {
        Map<String, Double> values = new LinkedHashMap<>();
        measurements.forEach((point, m) -> {
            double value = m.value().getAsDouble();
            if (m.noise() > 0 && value != 0) {
                value += noise.deviation(code + "." + point, now.getEpochSecond(), m.noise());
            }
            values.put(point, value);
        });
        if (commands != null) {
            values.put(HEARTBEAT, heartbeat);
        }
        return values;
    }

    @Override
    public Set<String> writablePoints() {
        return Set.copyOf(writable);
    }

    @Override
    public boolean write(String point, double value, Instant now) {
        if (!writable.contains(point)) {
            return false;
        }
        if (point.equals(HEARTBEAT)) {
            heartbeat = value;
            commands.heartbeat(now);
        } else {
            commands.write(point, value, now);
        }
        return true;
    }
}
