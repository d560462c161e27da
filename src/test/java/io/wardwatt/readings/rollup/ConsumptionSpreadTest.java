package io.wardwatt.readings.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class ConsumptionSpreadTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant t(String text) {
        return Instant.parse(text);
    }

    @Test
    void anIntervalIsSpreadOverTheBucketsItOverlapsInProportionToTime() {
        // 10:05 .. 10:35 (30 min, 60 units): 10 min in 10:00, 15 in 10:15, 5 in 10:30.
        var buckets = ConsumptionSpread.quarterHours(List.of(
                new ConsumptionInterval(t("2026-03-01T10:05:00Z"), t("2026-03-01T10:35:00Z"), 60, StepOutcome.NORMAL)));
        assertEquals(3, buckets.size());
        assertEquals(20.0, buckets.get(t("2026-03-01T10:00:00Z")).quantity(), 1e-9);
        assertEquals(30.0, buckets.get(t("2026-03-01T10:15:00Z")).quantity(), 1e-9);
        assertEquals(10.0, buckets.get(t("2026-03-01T10:30:00Z")).quantity(), 1e-9);
    }

    @Test
    void aReadingAtLocalMidnightBelongsToThePreviousLocalDay() {
        // 16:00Z is 00:00 in Shanghai: the step 15:00Z..16:00Z is the last hour of 1 March local.
        var buckets = ConsumptionSpread.quarterHours(List.of(
                new ConsumptionInterval(t("2026-03-01T15:00:00Z"), t("2026-03-01T16:00:00Z"), 8, StepOutcome.NORMAL),
                new ConsumptionInterval(t("2026-03-01T16:00:00Z"), t("2026-03-01T16:30:00Z"), 3, StepOutcome.NORMAL)));
        SortedMap<LocalDate, BucketConsumption> days = ConsumptionSpread.days(buckets, SHANGHAI);
        assertEquals(8.0, days.get(LocalDate.parse("2026-03-01")).quantity(), 1e-9);
        assertEquals(3.0, days.get(LocalDate.parse("2026-03-02")).quantity(), 1e-9);
        SortedMap<Instant, BucketConsumption> hours = ConsumptionSpread.hours(buckets);
        assertEquals(8.0, hours.get(t("2026-03-01T15:00:00Z")).quantity(), 1e-9);
        assertEquals(3.0, hours.get(t("2026-03-01T16:00:00Z")).quantity(), 1e-9);
    }

    @Test
    void anAnomalyIsCountedWhereTheStepEnds() {
        var buckets = ConsumptionSpread.quarterHours(List.of(
                new ConsumptionInterval(t("2026-03-01T10:00:00Z"), t("2026-03-01T10:30:00Z"), 0, StepOutcome.BACKWARDS)));
        assertEquals(0, buckets.get(t("2026-03-01T10:00:00Z")).anomalies());
        assertEquals(1, buckets.get(t("2026-03-01T10:15:00Z")).anomalies());
        assertEquals(0.0, buckets.get(t("2026-03-01T10:15:00Z")).quantity());
    }

    @Test
    void sharesAddUpToTheIntervalExactly() {
        var buckets = ConsumptionSpread.quarterHours(List.of(
                new ConsumptionInterval(t("2026-03-01T00:00:07Z"), t("2026-03-03T13:11:00Z"), 1234.567, StepOutcome.NORMAL)));
        double sum = buckets.values().stream().mapToDouble(BucketConsumption::quantity).sum();
        assertEquals(1234.567, sum, 1e-9);
        assertEquals(245, buckets.size()); // 00:00 on the 1st to 13:00 on the 3rd: 192 + 52 + 1 buckets, partial at both ends
    }

    @Test
    void daysFollowTheZoneAcrossDaylightSavingTime() {
        ZoneId london = ZoneId.of("Europe/London");
        // 29 March 2026: clocks go forward at 01:00 UTC; the local day lasts 23 h (00:00Z .. 23:00Z).
        var buckets = ConsumptionSpread.quarterHours(List.of(
                new ConsumptionInterval(t("2026-03-29T00:00:00Z"), t("2026-03-29T23:00:00Z"), 23, StepOutcome.NORMAL),
                new ConsumptionInterval(t("2026-03-29T23:00:00Z"), t("2026-03-30T00:00:00Z"), 1, StepOutcome.NORMAL)));
        SortedMap<LocalDate, BucketConsumption> days = ConsumptionSpread.days(buckets, london);
        assertEquals(23.0, days.get(LocalDate.parse("2026-03-29")).quantity(), 1e-9);
        assertEquals(1.0, days.get(LocalDate.parse("2026-03-30")).quantity(), 1e-9);
    }
}
