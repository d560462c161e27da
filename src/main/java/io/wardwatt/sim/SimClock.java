package io.wardwatt.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Simulated time: {@code start + speed × (real now − real start)}. By default it is wall time (start = now,
 * speed 1); a demo can start on another day (a July afternoon in November) and run faster.
 */
public final class SimClock {

    private final Clock real;
    private final Instant realStart;
    private final Instant simStart;
    private final double speed;

    /**
     * @param real the wall clock
     * @param simStart the simulated instant at this moment, or null for "now"
     * @param speed simulated seconds per real second, above 0
     */
    public SimClock(Clock real, Instant simStart, double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("the speed factor must be above 0, got " + speed);
        }
        this.real = real;
        this.realStart = real.instant();
        this.simStart = simStart == null ? realStart : simStart;
        this.speed = speed;
    }

    public Instant now() {
        Duration elapsed = Duration.between(realStart, real.instant());
        return simStart.plusNanos((long) (elapsed.toNanos() * speed));
    }

    public double speed() {
        return speed;
    }
}
