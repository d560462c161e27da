package io.wardwatt.readings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One stored value of a point at an instant. The instant is cut to microseconds, PostgreSQL's precision,
 * so that a reading compares equal to what the database holds whatever the COPY format.
 */
public record Reading(int pointId, Instant ts, double value, Quality quality) {

    public Reading {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(quality, "quality");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a reading's value must be finite, got " + value);
        }
        if (ts.getNano() % 1_000 != 0) {
            ts = ts.truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** The instant in microseconds since 1970-01-01T00:00:00Z. */
    public long epochMicros() {
        return Math.addExact(Math.multiplyExact(ts.getEpochSecond(), 1_000_000L), ts.getNano() / 1_000);
    }
}
