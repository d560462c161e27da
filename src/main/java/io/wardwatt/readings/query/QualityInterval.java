package io.wardwatt.readings.query;

import java.time.Instant;

/**
 * A stretch of consecutive buckets of a series that is not plainly good: {@code missing} (a finished bucket without
 * data), or the worst quality of the readings in it ({@code estimated}, {@code stale}, {@code suspect}, {@code bad})
 * with how many such readings it holds.
 */
public record QualityInterval(Instant start, Instant end, String quality, long readings) {

    public static final String MISSING = "missing";
}
