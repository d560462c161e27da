package io.wardwatt.readings.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueRollupTest {

    private static Sample s(String ts, double value) {
        return Sample.good(Instant.parse(ts), value);
    }

    @Test
    void statisticsPerQuarterHourLeaveBadSamplesOut() {
        var buckets = ValueRollup.byBucket(List.of(
                s("2026-03-01T10:00:00Z", 10), s("2026-03-01T10:05:00Z", 20), s("2026-03-01T10:14:59Z", 30),
                new Sample(Instant.parse("2026-03-01T10:10:00Z"), 9999, Sample.BAD),
                s("2026-03-01T10:15:00Z", 5)), TimeBuckets.QUARTER_HOUR);
        ValueStats first = buckets.get(Instant.parse("2026-03-01T10:00:00Z"));
        assertEquals(new ValueStats(3, 60, 10, 30), first);
        assertEquals(20.0, first.avg());
        assertEquals(new ValueStats(1, 5, 5, 5), buckets.get(Instant.parse("2026-03-01T10:15:00Z")));
    }

    @Test
    void hoursAreUtcAligned() {
        var hours = ValueRollup.byBucket(List.of(s("2026-03-01T10:59:59Z", 1), s("2026-03-01T11:00:00Z", 2)), TimeBuckets.HOUR);
        assertEquals(List.of(Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T11:00:00Z")), List.copyOf(hours.keySet()));
    }

    @Test
    void mergedStatisticsAreThoseOfTheUnion() {
        ValueStats a = new ValueStats(2, 10, 4, 6);
        ValueStats b = new ValueStats(3, 3, -1, 2);
        assertEquals(new ValueStats(5, 13, -1, 6), a.merge(b));
        assertEquals(2.6, a.merge(b).avg(), 1e-12);
    }

    @Test
    void daysAndMonthsFollowTheLocalCalendar() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        var quarterHours = ValueRollup.byBucket(List.of(
                s("2026-01-31T15:45:00Z", 1),   // 23:45 on 31 January local
                s("2026-01-31T16:00:00Z", 3)),  // 00:00 on 1 February local
                TimeBuckets.QUARTER_HOUR);
        var days = ValueRollup.byDay(quarterHours, shanghai);
        assertEquals(new ValueStats(1, 1, 1, 1), days.get(LocalDate.parse("2026-01-31")));
        assertEquals(new ValueStats(1, 3, 3, 3), days.get(LocalDate.parse("2026-02-01")));
        var months = ValueRollup.byMonth(days);
        assertEquals(List.of(YearMonth.parse("2026-01"), YearMonth.parse("2026-02")), List.copyOf(months.keySet()));
    }
}
