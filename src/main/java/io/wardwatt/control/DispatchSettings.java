package io.wardwatt.control;

import java.time.Duration;

/**
 * How one device's dispatch behaves.
 *
 * @param renewEvery an unchanged command is written again this often: the heartbeat; well inside the plant's
 *     command hold (10 min in the simulated hospital), so the plant keeps it while the service runs and falls back
 *     when it stops
 * @param backoffFirst wait after the first failed write; doubled per further failure
 * @param backoffMax the longest wait
 * @param readBackTolerance how far the read-back may lie from the value written (engineering units)
 */
public record DispatchSettings(Duration renewEvery, Duration backoffFirst, Duration backoffMax, double readBackTolerance) {

    public DispatchSettings {
        if (renewEvery.isZero() || renewEvery.isNegative() || backoffFirst.isZero() || backoffFirst.isNegative() || backoffMax.compareTo(backoffFirst) < 0 || !(readBackTolerance >= 0)) {
            throw new IllegalArgumentException("dispatch settings need positive renewal and back-off (max ≥ first) and a tolerance ≥ 0, got "
                    + this);
        }
    }

    /** The wait after {@code failures} failed writes in a row (1 = the first). */
    public Duration backoff(int failures) {
        Duration wait = backoffFirst;
        for (int i = 1; i < failures && wait.compareTo(backoffMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }
}
