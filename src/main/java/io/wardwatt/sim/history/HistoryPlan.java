package io.wardwatt.sim.history;

import java.time.Duration;
import java.time.Instant;

/**
 * How much simulated history to make and how finely: {@code days} before the live simulator's start, the model stepped
 * every {@code step} and sampled every {@code interval} (a multiple of the step, dividing an hour, so that every hour
 * starts with a sample and hourly consumption is a difference of two stored counter values).
 */
public record HistoryPlan(int days, Duration step, Duration interval) {

    private static final Duration HOUR = Duration.ofHours(1);

    public HistoryPlan {
        if (days < 1) {
            throw new IllegalArgumentException("days: at least 1, got " + days);
        }
        if (step.compareTo(Duration.ofSeconds(1)) < 0 || step.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("step: whole seconds, at least 1 s, got " + step);
        }
        if (interval.compareTo(step) < 0 || interval.toNanos() % step.toNanos() != 0) {
            throw new IllegalArgumentException("interval: a multiple of the step (" + step + "), got " + interval);
        }
        if (interval.compareTo(HOUR) > 0 || HOUR.toNanos() % interval.toNanos() != 0) {
            throw new IllegalArgumentException("interval: must divide an hour (1m, 5m, 15m, 1h ...), got " + interval);
        }
    }

    /** The first sample of a history that ends at {@code end}: {@code days} earlier, on the interval grid. */
    public Instant from(Instant end) {
        long seconds = interval.getSeconds();
        long start = end.minus(Duration.ofDays(days)).getEpochSecond();
        return Instant.ofEpochSecond(Math.floorDiv(start + seconds - 1, seconds) * seconds);
    }
}
