package io.wardwatt.readings.query;

import java.time.Instant;

/** One bucket of a period's grid, [start, end). */
public record BucketSpan(Instant start, Instant end) {
}
