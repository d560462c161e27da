package io.wardwatt.readings.rollup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Value statistics per bucket (UTC-aligned 15 min or hour), per local day and per local month. Bad samples are left out. */
public final class ValueRollup {

    private ValueRollup() {
    }

    public static SortedMap<Instant, ValueStats> byBucket(Collection<Sample> samples, Duration size) {
        SortedMap<Instant, ValueStats> buckets = new TreeMap<>();
        for (Sample s : samples) {
            if (s.usable()) {
                buckets.merge(TimeBuckets.floor(s.ts(), size), ValueStats.of(s.value()), ValueStats::merge);
            }
        }
        return buckets;
    }

    /** Local days from 15-minute statistics (a 15-minute bucket never straddles a local midnight). */
    public static SortedMap<LocalDate, ValueStats> byDay(Map<Instant, ValueStats> quarterHours, ZoneId zone) {
        SortedMap<LocalDate, ValueStats> days = new TreeMap<>();
        quarterHours.forEach((bucket, stats) -> days.merge(TimeBuckets.localDay(bucket, zone), stats, ValueStats::merge));
        return days;
    }

    public static SortedMap<YearMonth, ValueStats> byMonth(Map<LocalDate, ValueStats> days) {
        SortedMap<YearMonth, ValueStats> months = new TreeMap<>();
        days.forEach((day, stats) -> months.merge(YearMonth.from(day), stats, ValueStats::merge));
        return months;
    }
}
