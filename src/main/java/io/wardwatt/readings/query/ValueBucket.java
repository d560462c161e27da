package io.wardwatt.readings.query;

import java.time.Instant;

/**
 * Value statistics of one bucket. {@code period} names the bucket: its start instant for 15m and 1h,
 * the local date (2026-02-01) for 1d, the local month (2026-02) for 1mo.
 */
public record ValueBucket(String period, Instant start, Instant end, double avg, double min, double max, long count) {
}
