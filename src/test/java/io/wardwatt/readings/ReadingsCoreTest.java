package io.wardwatt.readings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small calculations of the readings core: partitions, ranges, rates, codes. */
class ReadingsCoreTest {

    private static Reading reading(int point, String ts) {
        return new Reading(point, Instant.parse(ts), 1, Quality.GOOD);
    }

    @Test
    void monthlyPartitionsFollowUtcMonths() {
        MonthlyPartition july = MonthlyPartition.of(Instant.parse("2026-07-31T23:59:59.999999Z"));
        assertEquals("reading_y2026m07", july.tableName());
        assertEquals(Instant.parse("2026-07-01T00:00:00Z"), july.from());
        assertEquals(Instant.parse("2026-08-01T00:00:00Z"), july.to());
        // 08:00 on August 1st in Shanghai is the first instant of August in UTC.
        assertEquals("reading_y2026m08", MonthlyPartition.of(IsoTimestamps.parse("2026-08-01T08:00:00+08:00")).tableName());
        assertEquals("reading_y2026m07", MonthlyPartition.of(IsoTimestamps.parse("2026-08-01T07:59:59+08:00")).tableName());
        assertEquals(List.of(new MonthlyPartition(YearMonth.of(2019, 12)), new MonthlyPartition(YearMonth.of(2026, 7))),
                List.copyOf(MonthlyPartition.covering(List.of(reading(1, "2026-07-02T00:00:00Z"), reading(2, "2019-12-31T23:00:00Z"),
                        reading(1, "2026-07-30T00:00:00Z")))));
    }

    @Test
    void pointRangesSpanEachPointsReadings() {
        List<PointRange> ranges = PointRange.of(List.of(reading(7, "2026-07-02T00:00:00Z"), reading(3, "2026-01-01T00:00:00Z"),
                reading(7, "2025-12-31T00:00:00.000001Z"), reading(7, "2026-07-01T00:00:00Z")));
        assertEquals(List.of(new PointRange(3, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")),
                new PointRange(7, Instant.parse("2025-12-31T00:00:00.000001Z"), Instant.parse("2026-07-02T00:00:00Z"))), ranges);
    }

    @Test
    void readingsKeepMicrosecondsOnly() {
        Reading r = new Reading(1, Instant.parse("2026-07-01T00:00:00.123456789Z"), 1, Quality.GOOD);
        assertEquals(Instant.parse("2026-07-01T00:00:00.123456Z"), r.ts());
        assertEquals(1_782_864_000_123_456L, r.epochMicros());
        assertThrows(IllegalArgumentException.class, () -> new Reading(1, Instant.EPOCH, Double.NaN, Quality.GOOD));
    }

    @Test
    void slidingRateAveragesTheLastMinute() {
        SlidingRate rate = new SlidingRate();
        rate.add(600, 1_000_000L);
        rate.add(600, 1_030_500L);
        assertEquals(20.0, rate.perSecond(1_030_999L));
        assertEquals(10.0, rate.perSecond(1_060_000L), "the first second has left the window");
        assertEquals(0.0, rate.perSecond(1_200_000L));
    }

    @Test
    void qualitiesReadNamesAndCodes() {
        assertEquals(Optional.of(Quality.STALE), Quality.parse("stale"));
        assertEquals(Optional.of(Quality.BAD), Quality.parse(" BAD "));
        assertEquals(Optional.of(Quality.SUSPECT), Quality.parse("3"));
        assertEquals(Optional.empty(), Quality.parse("5"));
        assertEquals(Optional.empty(), Quality.parse("great"));
    }

    @Test
    void durationsReadLikeAnEngineerWritesThem() {
        assertEquals("10m", DurationText.of(Duration.ofMinutes(10)));
        assertEquals("1h30m", DurationText.of(Duration.ofMinutes(90)));
        assertEquals("250ms", DurationText.of(Duration.ofMillis(250)));
    }

    @Test
    void outcomesCannotCountMoreConflictsThanDuplicates() {
        assertThrows(IllegalArgumentException.class, () -> new WriteOutcome(1, 1, 2));
    }
}
