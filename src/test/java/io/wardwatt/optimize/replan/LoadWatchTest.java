package io.wardwatt.optimize.replan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadWatchTest {

    private static final DeviationRule RULE = new DeviationRule(0.15, Duration.ofMinutes(45), 150, Duration.ofHours(1), Duration.ofMinutes(30),
            Duration.ofHours(2));
    private static final Instant NOON = Instant.parse("2026-07-15T04:00:00Z");

    /** Quarter-hour readings from noon: measured per quarter, forecast 2,000 kW throughout. */
    private static List<Optional<LoadWatch.ReplanDue>> feed(LoadWatch watch, double... measuredKw) {
        List<Optional<LoadWatch.ReplanDue>> answers = new ArrayList<>();
        for (int q = 0; q < measuredKw.length; q++) {
            answers.add(watch.observe(new LoadWatch.Reading(NOON.plus(Duration.ofMinutes(15L * q)), measuredKw[q], 2000)));
        }
        return answers;
    }

    @Test
    void aDeviationHeldForTheSustainedTimeMakesOneReplanWithItsFigures() {
        LoadWatch watch = new LoadWatch(RULE);
        // 12:00 on plan; from 12:15 to 13:00 (three quarters ending 12:30, 12:45, 13:00) 18 % above; it goes on.
        var answers = feed(watch, 2000, 2000, 2360, 2360, 2360, 2360, 2360);
        for (int q = 0; q < 4; q++) {
            assertTrue(answers.get(q).isEmpty(), "quarter " + q + " is before 45 min of deviation");
        }
        LoadWatch.ReplanDue due = answers.get(4).orElseThrow();
        var cause = assertInstanceOf(ReplanCause.LoadDeviation.class, due.cause());
        assertEquals(NOON.plus(Duration.ofMinutes(15)), cause.from());
        assertEquals(NOON.plus(Duration.ofMinutes(60)), cause.until());
        assertEquals(0.18, cause.relativeDeviation(), 1e-9);
        assertEquals("measured load 18 % above forecast for 45 min", cause.describe());
        assertEquals(1.18, due.observed().orElseThrow(), 1e-9, "the last 45 min of readings");
        assertTrue(answers.get(5).isEmpty() && answers.get(6).isEmpty(), "the same episode re-plans once");
    }

    @Test
    void shortPeaksSmallNightLoadsAndGapsMakeNoReplan() {
        LoadWatch peaks = new LoadWatch(RULE);
        assertTrue(feed(peaks, 2500, 2500, 2000, 2500, 2500, 2000, 2500).stream().allMatch(Optional::isEmpty));
        LoadWatch night = new LoadWatch(RULE);
        for (int q = 0; q < 12; q++) {
            assertTrue(night.observe(new LoadWatch.Reading(NOON.plus(Duration.ofMinutes(15L * q)), 400, 300)).isEmpty(), "100 kW is below the minimum");
        }
        LoadWatch gaps = new LoadWatch(RULE);
        for (int q = 0; q < 6; q++) {
            assertTrue(gaps.observe(new LoadWatch.Reading(NOON.plus(Duration.ofMinutes(40L * q)), 2500, 2000)).isEmpty(),
                    "readings 40 min apart say nothing of the time between");
        }
    }

    @Test
    void aChangeOfDirectionStartsANewEpisode() {
        LoadWatch watch = new LoadWatch(RULE);
        var answers = feed(watch, 2400, 2400, 2400, 1600, 1600, 1600, 1600);
        assertTrue(answers.subList(0, 5).stream().allMatch(Optional::isEmpty), "30 min above, then below from 12:30");
        assertEquals("measured load 20 % below forecast for 45 min", answers.get(5).orElseThrow().cause().describe(), "due at 13:15");
    }

    @Test
    void theMinimumIntervalHoldsTheNextReplanAndAnEngineerIsToldWhenHeMayAsk() {
        LoadWatch watch = new LoadWatch(RULE, NOON);
        var answers = feed(watch, 2400, 2400, 2400, 2400, 2400);
        assertTrue(answers.get(3).isEmpty(), "45 min held at 12:45, but the last re-plan was at 12:00");
        assertTrue(answers.get(4).isPresent(), "due at 13:00, an hour after the last re-plan");
        watch.replanned(NOON.plus(Duration.ofMinutes(60)));
        var answer = assertInstanceOf(LoadWatch.TooSoon.class, watch.request(NOON.plus(Duration.ofMinutes(90)), "Li Wei", "theatres opened early"));
        assertEquals(NOON.plus(Duration.ofMinutes(120)), answer.allowedFrom());
        var granted = assertInstanceOf(LoadWatch.Granted.class, watch.request(NOON.plus(Duration.ofMinutes(120)), "Li Wei", "theatres opened early"));
        assertEquals("requested by Li Wei: theatres opened early", granted.due().cause().describe());
        assertTrue(granted.due().observed().isEmpty(), "no readings since the re-plan");
    }

    @Test
    void readingsOutOfOrderOrNegativeAreRefused() {
        LoadWatch watch = new LoadWatch(RULE);
        watch.observe(new LoadWatch.Reading(NOON, 2000, 2000));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> watch.observe(new LoadWatch.Reading(NOON, 2000, 2000))).getMessage()
                .contains("time order"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new LoadWatch.Reading(NOON, -1, 2000)).getMessage().contains("≥ 0 kW"));
    }
}
