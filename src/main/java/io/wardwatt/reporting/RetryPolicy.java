package io.wardwatt.reporting;

import java.time.Duration;
import java.util.Objects;

/**
 * When a failed submission is tried again: after attempt n the wait is {@code base * 2^(n-1)}, at most {@code max}, less a
 * random part of up to {@code jitter} of it (so that submissions failed together do not all come back together, and the
 * wait never exceeds {@code max}). {@code maxAttempts} 0 means no limit: a report is never given up by itself.
 */
public record RetryPolicy(Duration base, Duration max, double jitter, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("back-off needs 0 <= base <= max, got base " + base + ", max " + max);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter is a fraction 0..1, got " + jitter);
        }
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("maxAttempts is 0 (no limit) or more, got " + maxAttempts);
        }
    }

    /**
     * The wait after the given attempt failed.
     *
     * @param attempts the attempts made so far, at least 1
     * @param random   a number in [0, 1) (the jitter's draw)
     */
    public Duration delayAfter(int attempts, double random) {
        if (attempts < 1) {
            throw new IllegalArgumentException("a delay follows an attempt: attempts >= 1, got " + attempts);
        }
        long maxNanos = max.toNanos();
        long nanos = base.toNanos();
        for (int i = 1; i < attempts && nanos < maxNanos; i++) {
            nanos = nanos > maxNanos / 2 ? maxNanos : nanos * 2;
        }
        nanos = Math.min(nanos, maxNanos);
        return Duration.ofNanos(Math.round(nanos * (1 - jitter * random)));
    }

    /** Whether no attempt is left after this many. */
    public boolean exhausted(int attempts) {
        return maxAttempts > 0 && attempts >= maxAttempts;
    }
}
