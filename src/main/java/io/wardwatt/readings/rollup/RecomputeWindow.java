package io.wardwatt.readings.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The buckets a rollup recomputes from raw readings: the whole UTC hours around the changed readings. Every
 * 15-minute and hourly bucket in [start, end) is replaced as a whole from raw readings; every local day in
 * [firstDay, lastDay] (the days those hours touch) is then re-summed whole from the stored 15-minute buckets.
 * A recompute is therefore idempotent, and its cost follows what changed, not the length of the day: a point
 * polled every 5 s costs a few hours' readings per run, not the whole day's.
 */
public record RecomputeWindow(Instant start, Instant end, LocalDate firstDay, LocalDate lastDay) {

    public RecomputeWindow {
        if (!end.isAfter(start) || lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("empty window " + start + " .. " + end);
        }
    }

    /** The window around everything from {@code from} to {@code to} (both inclusive) in the site's zone. */
    public static RecomputeWindow covering(Instant from, Instant to, ZoneId zone) {
        Instant start = TimeBuckets.floor(from, TimeBuckets.HOUR);
        Instant end = TimeBuckets.floor(to.isBefore(from) ? from : to, TimeBuckets.HOUR).plus(TimeBuckets.HOUR);
        return new RecomputeWindow(start, end, TimeBuckets.localDay(start, zone), TimeBuckets.localDay(end.minusNanos(1), zone));
    }

    /** Where the first whole local day of the window starts. */
    public Instant daysStart(ZoneId zone) {
        return TimeBuckets.startOfDay(firstDay, zone);
    }

    /** Where the day after the last whole local day of the window starts. */
    public Instant daysEnd(ZoneId zone) {
        return TimeBuckets.startOfDay(lastDay.plusDays(1), zone);
    }

    public boolean contains(Instant bucket) {
        return !bucket.isBefore(start) && bucket.isBefore(end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
