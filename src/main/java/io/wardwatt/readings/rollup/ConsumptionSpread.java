package io.wardwatt.readings.rollup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Spreads consumption intervals over the 15-minute buckets they overlap, in proportion to time, and sums
 * those buckets into hours and local days. A reading at 00:00 local whose step covers 23:00-00:00 therefore
 * lands in the previous day. An anomalous step is counted in the bucket where it ends (where it was seen).
 */
public final class ConsumptionSpread {

    private ConsumptionSpread() {
    }

    public static SortedMap<Instant, BucketConsumption> quarterHours(List<ConsumptionInterval> intervals) {
        SortedMap<Instant, BucketConsumption> buckets = new TreeMap<>();
        for (ConsumptionInterval interval : intervals) {
            double total = seconds(interval.from(), interval.to());
            double remaining = interval.quantity();
            Instant cursor = interval.from();
            while (cursor.isBefore(interval.to())) {
                Instant bucket = TimeBuckets.floor(cursor, TimeBuckets.QUARTER_HOUR);
                Instant end = min(bucket.plus(TimeBuckets.QUARTER_HOUR), interval.to());
                // The last share takes what is left, so the shares add up to the interval's quantity exactly.
                double share = end.equals(interval.to()) ? remaining : interval.quantity() * seconds(cursor, end) / total;
                remaining -= share;
                buckets.merge(bucket, new BucketConsumption(share, 0), BucketConsumption::plus);
                cursor = end;
            }
            if (interval.anomalies() > 0) {
                Instant seenIn = TimeBuckets.floor(interval.to().minusNanos(1), TimeBuckets.QUARTER_HOUR);
                buckets.merge(seenIn, new BucketConsumption(0, interval.anomalies()), BucketConsumption::plus);
            }
        }
        return buckets;
    }

    public static SortedMap<Instant, BucketConsumption> hours(Map<Instant, BucketConsumption> quarterHours) {
        SortedMap<Instant, BucketConsumption> hours = new TreeMap<>();
        quarterHours.forEach((bucket, c) -> hours.merge(TimeBuckets.floor(bucket, TimeBuckets.HOUR), c, BucketConsumption::plus));
        return hours;
    }

    /** Local days of the zone; exact because a 15-minute bucket never straddles a local midnight. */
    public static SortedMap<LocalDate, BucketConsumption> days(Map<Instant, BucketConsumption> quarterHours, ZoneId zone) {
        SortedMap<LocalDate, BucketConsumption> days = new TreeMap<>();
        quarterHours.forEach((bucket, c) -> days.merge(TimeBuckets.localDay(bucket, zone), c, BucketConsumption::plus));
        return days;
    }

    private static double seconds(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.getSeconds() + d.getNano() / 1e9;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
