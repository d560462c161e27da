package io.wardwatt.control;

import java.time.Instant;

/**
 * A chiller as its latest readings show it.
 *
 * @param runningSince when RUN last changed to its present value; null when the readings do not go back that far
 *     (then the time of the last confirmed ENABLE write stands in)
 */
public record ChillerStatus(boolean enabled, boolean running, boolean alarm, Instant runningSince) {

    /** Able to carry load: enabled and not in alarm. */
    public boolean available() {
        return enabled && !alarm;
    }
}
