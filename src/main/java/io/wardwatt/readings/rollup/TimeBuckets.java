package io.wardwatt.readings.rollup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Bucket arithmetic of the rollups. 15-minute and hourly buckets are aligned to UTC (as {@code date_bin} and
 * {@code time_bucket} align them); they are also local-aligned in zones whose offset is a whole number of
 * quarter hours (15 min) or hours (1 h) — every zone in use. Days are the site's local calendar days.
 */
public final class TimeBuckets {

    public static final Duration QUARTER_HOUR = Duration.ofMinutes(15);
    public static final Duration HOUR = Duration.ofHours(1);

    private TimeBuckets() {
    }

    public static Instant floor(Instant ts, Duration size) {
        long seconds = size.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(ts.getEpochSecond(), seconds) * seconds);
    }

    public static Instant ceil(Instant ts, Duration size) {
        Instant floor = floor(ts, size);
        return floor.equals(ts) ? ts : floor.plus(size);
    }

    public static LocalDate localDay(Instant ts, ZoneId zone) {
        return LocalDate.ofInstant(ts, zone);
    }

    public static Instant startOfDay(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
