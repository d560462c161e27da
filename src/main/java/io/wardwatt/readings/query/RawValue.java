package io.wardwatt.readings.query;

import java.time.Instant;

/** A raw reading as the query API returns it, with its quality code (0 good ... 4 bad). */
public record RawValue(Instant ts, double value, int quality) {
}
