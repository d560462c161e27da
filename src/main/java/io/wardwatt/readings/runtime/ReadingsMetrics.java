package io.wardwatt.readings.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wardwatt.readings.RejectionReason;
import io.wardwatt.readings.SlidingRate;
import io.wardwatt.readings.WriteOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The pipeline's meters: readings stored, refused (by reason), duplicates and conflicts, batches by source
 * ({@code modbus:CH1}, {@code api:engineer}, ...) and outcome, how long a batch waits to be committed, the queue,
 * and the rate over the last minute. This is where ingestion is accounted for; the audit log is not.
 */
@ApplicationScoped
public class ReadingsMetrics {

    @Inject
    MeterRegistry registry;

    private final SlidingRate rate = new SlidingRate();
    private final Map<RejectionReason, Counter> rejected = new EnumMap<>(RejectionReason.class);
    private Counter ingested;
    private Counter duplicates;
    private Counter conflicting;
    private Timer commitLatency;

    @PostConstruct
    void register() {
        ingested = Counter.builder("wardwatt.readings.ingested").description("Readings newly stored").register(registry);
        duplicates = Counter.builder("wardwatt.readings.duplicates")
                .description("Readings already stored (same point and time), left unchanged").register(registry);
        conflicting = Counter.builder("wardwatt.readings.conflicting")
                .description("Duplicates whose value differed from the stored one (the stored one was kept)").register(registry);
        for (RejectionReason reason : RejectionReason.values()) {
            rejected.put(reason, Counter.builder("wardwatt.readings.rejected").tag("reason", reason.tag())
                    .description("Incoming readings refused, by the first reason found").register(registry));
        }
        commitLatency = Timer.builder("wardwatt.readings.batch.latency")
                .description("From a batch entering the writer's queue to its commit").register(registry);
        Gauge.builder("wardwatt.readings.rate", this, m -> m.rate.perSecond(System.currentTimeMillis()))
                .description("Readings stored per second, mean over the last minute").register(registry);
    }

    /** Shows the writer's queue (readings queued or being written) as {@code wardwatt.readings.queue}. */
    void watchQueue(IntSupplier pendingReadings) {
        Gauge.builder("wardwatt.readings.queue", pendingReadings, IntSupplier::getAsInt)
                .description("Readings queued or being written, not yet committed").strongReference(true).register(registry);
    }

    void rejected(RejectionReason reason) {
        rejected.get(reason).increment();
    }

    /** One batch of a source: {@code stored} (committed) or {@code refused} (nacked). */
    void batch(String source, String outcome) {
        Counter.builder("wardwatt.readings.batches").tag("source", source).tag("outcome", outcome)
                .description("Batches of readings (one per device poll or API request), by source and outcome (stored, refused)")
                .register(registry).increment();
    }

    void committed(WriteOutcome outcome, long queuedForNanos) {
        ingested.increment(outcome.inserted());
        duplicates.increment(outcome.duplicates());
        conflicting.increment(outcome.conflicting());
        rate.add(outcome.inserted(), System.currentTimeMillis());
        commitLatency.record(queuedForNanos, TimeUnit.NANOSECONDS);
    }
}
