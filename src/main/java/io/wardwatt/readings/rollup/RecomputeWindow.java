package io.wardwatt.readings.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The buckets a rollup recomputes from raw readings: whole local days of the site, widened to whole UTC
 * hours (they differ only in zones with a half- or quarter-hour offset). Every 15-minute and hourly bucket
 * in [start, end) and every day in [firstDay, lastDay] is replaced as a whole, so a recompute is idempotent.
 */
public record RecomputeWindow(Instant start, Instant end, LocalDate firstDay, LocalDate lastDay) {

    public RecomputeWindow {
        if (!end.isAfter(start) || lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("empty window " + start + " .. " + end);
        }
    }

    /** The window around everything from {@code from} to {@code to} (both inclusive) in the site's zone. */
    public static RecomputeWindow covering(Instant from, Instant to, ZoneId zone) {
        LocalDate first = TimeBuckets.localDay(from, zone);
        LocalDate last = TimeBuckets.localDay(to.isBefore(from) ? from : to, zone);
        Instant start = TimeBuckets.floor(TimeBuckets.startOfDay(first, zone), TimeBuckets.HOUR);
        Instant end = TimeBuckets.ceil(TimeBuckets.startOfDay(last.plusDays(1), zone), TimeBuckets.HOUR);
        return new RecomputeWindow(start, end, first, last);
    }

    public boolean contains(Instant bucket) {
        return !bucket.isBefore(start) && bucket.isBefore(end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
