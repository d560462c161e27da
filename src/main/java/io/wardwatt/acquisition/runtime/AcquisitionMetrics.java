package io.wardwatt.acquisition.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wardwatt.acquisition.CycleOutcome;
import io.wardwatt.acquisition.DeviceStatus;
import io.wardwatt.acquisition.RequestError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The poller's meters, tagged by device: requests per cycle and device state (gauges), cycle time (timer),
 * polls by outcome, failed requests by kind, stale points, and readings sent, stored, refused or dropped on the channel.
 */
@ApplicationScoped
public class AcquisitionMetrics {

    @Inject
    MeterRegistry registry;

    private final Map<String, List<Meter>> byDevice = new ConcurrentHashMap<>();

    /** Registers a device's gauges, reading its latest status. */
    void watch(String device, Supplier<DeviceStatus> status) {
        List<Meter> meters = new ArrayList<>();
        meters.add(Gauge.builder("wardwatt.acquisition.requests.per.cycle", status, s -> s.get().lastCycleRequests()).tag("device", device)
                .description("Read requests the device's latest cycle made").strongReference(true).register(registry));
        meters.add(Gauge.builder("wardwatt.acquisition.points", status, s -> s.get().pointCount()).tag("device", device)
                .description("Points polled on the device").strongReference(true).register(registry));
        meters.add(Gauge.builder("wardwatt.acquisition.device.state", status, s -> s.get().state().level()).tag("device", device)
                .description("0 OK (or starting), 1 degraded, 2 faulty, 3 disabled").strongReference(true).register(registry));
        meters.add(Gauge.builder("wardwatt.acquisition.stale.points", status, s -> s.get().stalePoints().size()).tag("device", device)
                .description("Points of the device stale now (frozen or no longer arriving)").strongReference(true).register(registry));
        byDevice.put(device, meters);
    }

    /** Removes a stopped device's meters. */
    void forget(String device) {
        List<Meter> meters = byDevice.remove(device);
        if (meters != null) {
            meters.forEach(registry::remove);
        }
        registry.getMeters().stream().filter(m -> device.equals(m.getId().getTag("device"))
                && m.getId().getName().startsWith("wardwatt.acquisition.")).toList().forEach(registry::remove);
    }

    void cycled(String device, CycleOutcome outcome) {
        Timer.builder("wardwatt.acquisition.cycle").tag("device", device).description("Time of one poll cycle of the device")
                .register(registry).record(outcome.cycleTime());
        Counter.builder("wardwatt.acquisition.polls").tag("device", device).tag("outcome", pollOutcome(outcome))
                .description("Poll cycles of the device: ok (every request answered), partial (some failed), failed (no value read)")
                .register(registry).increment();
        for (RequestError error : outcome.errors()) {
            Counter.builder("wardwatt.acquisition.request.errors").tag("device", device).tag("kind", error.kind().tag())
                    .description("Failed requests, by device and kind (connect, timeout, io, exception, invalid-response, invalid-value)")
                    .register(registry).increment();
        }
    }

    private static String pollOutcome(CycleOutcome outcome) {
        if (outcome.errors().isEmpty()) {
            return "ok";
        }
        return outcome.values().isEmpty() ? "failed" : "partial";
    }

    void readings(String device, String outcome, int count) {
        Counter.builder("wardwatt.acquisition.readings").tag("device", device).tag("outcome", outcome)
                .description("Readings from the poller: sent on the channel, stored, refused by the writer, dropped (channel full)")
                .register(registry).increment(count);
    }
}
