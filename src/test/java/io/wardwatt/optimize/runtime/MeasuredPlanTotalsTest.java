package io.wardwatt.optimize.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.optimize.PlanAgainstActual;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which totals stand and which are worked out again: settled days keep theirs, young or incomparable days refresh. */
class MeasuredPlanTotalsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    /** The day's end in Shanghai: 2026-11-02T16:00Z. */
    private static final Instant DAY_END = Instant.parse("2026-11-02T16:00:00Z");

    private final MeasuredPlanTotals kept = new MeasuredPlanTotals();
    private final AtomicInteger workedOut = new AtomicInteger();

    private PlanAgainstActual.Totals totals(double plantKwh) {
        workedOut.incrementAndGet();
        return new PlanAgainstActual.Totals(96, 0, 1000, 900, 1100.0, 200.0, 18.2, 40_000, plantKwh, 9_000.0, 5_000, 6_000.0, 0.9, 96, 1200,
                10_000, 6_500);
    }

    @Test
    void aSettledDayIsWorkedOutOnce() {
        UUID plan = UUID.randomUUID();
        Instant twoDaysOn = DAY_END.plusSeconds(48 * 3600);
        assertEquals(8_000, kept.of(plan, DAY, SHANGHAI, twoDaysOn, () -> totals(8_000)).orElseThrow().measuredPlantKwh());
        assertEquals(8_000, kept.of(plan, DAY, SHANGHAI, twoDaysOn.plusSeconds(30 * 86_400), () -> totals(7_000)).orElseThrow().measuredPlantKwh());
        assertEquals(1, workedOut.get());
    }

    @Test
    void aYoungDayStandsForTenMinutesThenIsWorkedOutAgain() {
        UUID plan = UUID.randomUUID();
        Instant nextMorning = DAY_END.plusSeconds(8 * 3600);
        kept.of(plan, DAY, SHANGHAI, nextMorning, () -> totals(8_000));
        assertEquals(8_000, kept.of(plan, DAY, SHANGHAI, nextMorning.plusSeconds(9 * 60), () -> totals(8_100)).orElseThrow().measuredPlantKwh());
        assertEquals(8_100, kept.of(plan, DAY, SHANGHAI, nextMorning.plusSeconds(11 * 60), () -> totals(8_100)).orElseThrow().measuredPlantKwh());
        assertEquals(2, workedOut.get());
    }

    @Test
    void anOldDayThatCouldNotBeComparedIsTriedAgain() {
        UUID plan = UUID.randomUUID();
        Instant aMonthOn = DAY_END.plusSeconds(30 * 86_400);
        assertTrue(kept.of(plan, DAY, SHANGHAI, aMonthOn, () -> null).isEmpty(), "a back-fill may still be writing the day");
        assertTrue(kept.of(plan, DAY, SHANGHAI, aMonthOn.plusSeconds(60), () -> totals(8_000)).isEmpty());
        assertEquals(8_000, kept.of(plan, DAY, SHANGHAI, aMonthOn.plusSeconds(11 * 60), () -> totals(8_000)).orElseThrow().measuredPlantKwh());
        assertEquals(1, kept.size());
    }
}
