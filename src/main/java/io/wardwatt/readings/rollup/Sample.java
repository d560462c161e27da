package io.wardwatt.readings.rollup;

import java.time.Instant;
import java.util.Objects;

/**
 * One raw value of a point as the rollups see it: when, what, and its quality code
 * (0 good, 1 estimated, 2 stale, 3 suspect, 4 bad). Bad samples never enter a rollup.
 */
public record Sample(Instant ts, double value, int quality) {

    /** The quality code of a reading that must not be used for anything. */
    public static final int BAD = 4;

    public Sample {
        Objects.requireNonNull(ts, "ts");
    }

    public static Sample good(Instant ts, double value) {
        return new Sample(ts, value, 0);
    }

    public boolean usable() {
        return quality != BAD && Double.isFinite(value);
    }
}
