package io.wardwatt.readings.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterDeltaTest {

    private static final double ROLLOVER = 100_000;
    private final CounterDelta delta = new CounterDelta(new CounterRules(ROLLOVER, 0.1, 0.5));

    private static Instant at(String hhmm) {
        return Instant.parse("2026-03-01T" + hhmm + ":00Z");
    }

    private static Sample s(String hhmm, double value) {
        return Sample.good(at(hhmm), value);
    }

    private List<ConsumptionInterval> of(List<Sample> samples, MeterReplacement... swaps) {
        return delta.intervals(samples, List.of(swaps));
    }

    @Test
    void aNormalStepIsTheDifference() {
        List<ConsumptionInterval> intervals = of(List.of(s("00:00", 100), s("00:15", 112.5), s("00:30", 130)));
        assertEquals(2, intervals.size());
        assertEquals(new ConsumptionInterval(at("00:00"), at("00:15"), 12.5, StepOutcome.NORMAL), intervals.get(0));
        assertEquals(new ConsumptionInterval(at("00:15"), at("00:30"), 17.5, StepOutcome.NORMAL), intervals.get(1));
    }

    @Test
    void readingsArriveInAnyOrder() {
        List<ConsumptionInterval> intervals = of(List.of(s("00:30", 130), s("00:00", 100), s("00:15", 112.5)));
        assertEquals(List.of(12.5, 17.5), intervals.stream().map(ConsumptionInterval::quantity).toList());
    }

    @Test
    void aRegisterNearItsRolloverWrapsToZero() {
        ConsumptionInterval wrap = of(List.of(s("00:00", 99_990), s("00:15", 15))).get(0);
        assertEquals(StepOutcome.ROLLOVER, wrap.outcome());
        assertEquals(25.0, wrap.quantity(), 1e-9); // 10 to the wrap, 15 after it
        assertEquals(0, wrap.anomalies());
    }

    @Test
    void aBackwardsStepFarFromTheRolloverIsAnAnomalyWorthNothing() {
        List<ConsumptionInterval> intervals = of(List.of(s("00:00", 50_000), s("00:15", 40_000), s("00:30", 40_010)));
        assertEquals(StepOutcome.BACKWARDS, intervals.get(0).outcome());
        assertEquals(0.0, intervals.get(0).quantity());
        assertEquals(1, intervals.get(0).anomalies());
        // The next step continues from the lower value: the register is believed again.
        assertEquals(new ConsumptionInterval(at("00:15"), at("00:30"), 10, StepOutcome.NORMAL), intervals.get(1));
    }

    @Test
    void aWrapThatWouldImplyTooMuchConsumptionIsAnAnomaly() {
        // 99 000 -> 50 000 as a wrap would be 51 000, far more than 10 % of the rollover.
        ConsumptionInterval step = of(List.of(s("00:00", 99_000), s("00:15", 50_000))).get(0);
        assertEquals(StepOutcome.BACKWARDS, step.outcome());
        assertEquals(0.0, step.quantity());
    }

    @Test
    void anImplausibleForwardJumpIsAnAnomaly() {
        ConsumptionInterval step = of(List.of(s("00:00", 10), s("00:15", 60_000))).get(0);
        assertEquals(StepOutcome.IMPLAUSIBLE_JUMP, step.outcome());
        assertEquals(0.0, step.quantity());
        assertEquals(1, step.anomalies());
    }

    @Test
    void roundingNoiseBackwardsIsZeroNotAnAnomaly() {
        ConsumptionInterval step = of(List.of(s("00:00", 1234.5), s("00:15", 1234.5 - 1e-7))).get(0);
        assertEquals(StepOutcome.NORMAL, step.outcome());
        assertEquals(0.0, step.quantity());
    }

    @Test
    void aReplacementBetweenTwoReadingsAddsOldTailAndNewHead() {
        MeterReplacement swap = new MeterReplacement(at("00:20"), 5_030, 2);
        ConsumptionInterval step = of(List.of(s("00:15", 5_000), s("00:30", 12)), swap).get(0);
        assertEquals(StepOutcome.REPLACEMENT, step.outcome());
        assertEquals(40.0, step.quantity(), 1e-9); // (5030 - 5000) + (12 - 2)
    }

    @Test
    void aReadingExactlyAtTheReplacementGoesToTheRegisterItMatches() {
        MeterReplacement swap = new MeterReplacement(at("00:30"), 5_030, 2);
        // Last poll of the old meter at the swap instant.
        List<ConsumptionInterval> oldLast = of(List.of(s("00:15", 5_000), s("00:30", 5_030), s("00:45", 12)), swap);
        assertEquals(List.of(30.0, 10.0), oldLast.stream().map(ConsumptionInterval::quantity).toList());
        assertEquals(List.of(StepOutcome.NORMAL, StepOutcome.REPLACEMENT), oldLast.stream().map(ConsumptionInterval::outcome).toList());
        // First poll of the new meter at the swap instant.
        List<ConsumptionInterval> newFirst = of(List.of(s("00:15", 5_000), s("00:30", 2), s("00:45", 12)), swap);
        assertEquals(List.of(30.0, 10.0), newFirst.stream().map(ConsumptionInterval::quantity).toList());
        assertEquals(List.of(StepOutcome.REPLACEMENT, StepOutcome.NORMAL), newFirst.stream().map(ConsumptionInterval::outcome).toList());
    }

    @Test
    void twoReplacementsBetweenTwoReadingsCountTheMeterThatCameAndWent() {
        MeterReplacement first = new MeterReplacement(at("00:20"), 5_010, 0);
        MeterReplacement second = new MeterReplacement(at("00:25"), 7, 100);
        ConsumptionInterval step = of(List.of(s("00:15", 5_000), s("00:30", 103)), second, first).get(0);
        assertEquals(StepOutcome.REPLACEMENT, step.outcome());
        assertEquals(20.0, step.quantity(), 1e-9); // 10 on the first meter, 7 on the short-lived one, 3 on the last
    }

    @Test
    void aReplacementWhoseFinalValueIsBelowTheLastReadingIsAnAnomalousPiece() {
        MeterReplacement swap = new MeterReplacement(at("00:20"), 4_000, 2);
        ConsumptionInterval step = of(List.of(s("00:15", 5_000), s("00:30", 12)), swap).get(0);
        assertEquals(StepOutcome.BACKWARDS, step.outcome());
        assertEquals(10.0, step.quantity(), 1e-9); // only the new meter's piece is believed
        assertEquals(1, step.anomalies());
    }

    @Test
    void badReadingsAreSkippedAndTheStepSpansThem() {
        List<Sample> samples = List.of(s("00:00", 100), new Sample(at("00:15"), 0, Sample.BAD), s("00:30", 130));
        List<ConsumptionInterval> intervals = of(samples);
        assertEquals(List.of(new ConsumptionInterval(at("00:00"), at("00:30"), 30, StepOutcome.NORMAL)), intervals);
    }

    @Test
    void estimatedAndSuspectReadingsAreUsed() {
        List<ConsumptionInterval> intervals = of(List.of(new Sample(at("00:00"), 100, 1), new Sample(at("00:15"), 110, 3)));
        assertEquals(10.0, intervals.get(0).quantity());
    }

    @Test
    void fewerThanTwoReadingsGiveNoInterval() {
        assertTrue(of(List.of(s("00:00", 100))).isEmpty());
        assertTrue(of(List.of()).isEmpty());
    }
}
