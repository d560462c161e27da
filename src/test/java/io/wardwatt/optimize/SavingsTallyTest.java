package io.wardwatt.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SavingsTallyTest {

    /** The plant draws 0.7 times what the model says: the model's baseline is the calibrated one over 0.7. */
    private static final double FACTOR = 0.7;

    /** A measured, calibrated day: calibrated baseline and measured plant kWh, a flat 0.8 CNY/kWh and 0.5849 kg/kWh. */
    private static SavingsTally.PlanDay day(String date, double baselineKwh, double measuredKwh, int unmeasuredSlots) {
        double price = 0.8;
        double carbon = 0.5849;
        double model = baselineKwh / FACTOR;
        return new SavingsTally.PlanDay(LocalDate.parse(date), new PlanAgainstActual.Totals(96 - unmeasuredSlots, unmeasuredSlots, 0,
                measuredKwh * price, baselineKwh * price, (baselineKwh - measuredKwh) * price, null, 0, measuredKwh, baselineKwh,
                measuredKwh * carbon, baselineKwh * carbon, FACTOR, 96 - unmeasuredSlots, model * price, model, model * carbon));
    }

    /** A measured day whose model could not be calibrated: the model's baseline only, no saving stated. */
    private static SavingsTally.PlanDay uncalibrated(String date, double modelBaselineKwh, double measuredKwh) {
        return new SavingsTally.PlanDay(LocalDate.parse(date), new PlanAgainstActual.Totals(96, 0, 0, measuredKwh * 0.8, null, null, null, 0,
                measuredKwh, null, measuredKwh * 0.5849, null, null, 0, modelBaselineKwh * 0.8, modelBaselineKwh, modelBaselineKwh * 0.5849));
    }

    @Test
    void sumsCoveredDaysByMonthAndYear() {
        SavingsTally.Year year = SavingsTally.of(2026, 650_000, List.of(day("2026-01-10", 10_000, 9_000, 0), day("2026-01-11", 8_000, 7_500, 0),
                day("2026-02-01", 5_000, 4_000, 0), day("2026-02-02", 9_999, 1, 3)), LocalDate.parse("2026-02-03"));
        SavingsTally.Month jan = year.months().get(0);
        assertEquals("2026-01", jan.month());
        assertEquals(31, jan.daysElapsed());
        assertEquals(2, jan.daysCovered());
        assertEquals(1_500, jan.saved().savedKwh(), 1e-9);
        assertEquals(1_200, jan.saved().savedCny(), 1e-9);
        assertEquals(1_500 * 0.5849 / 1000, jan.saved().savedTco2(), 1e-12);
        assertEquals(100.0 * 2 / 31, jan.sharePercent(), 1e-9);
        SavingsTally.Month feb = year.months().get(1);
        assertEquals(2, feb.daysElapsed());
        assertEquals(1, feb.daysCovered(), "a plan with an unmeasured slot is not covered");
        assertEquals(1_000, feb.saved().savedKwh(), 1e-9, "and its savings are not guessed");
        assertEquals(2_500, feb.cumulativeSavedKwh(), 1e-9);
        SavingsTally.Month mar = year.months().get(2);
        assertEquals(0, mar.daysElapsed());
        assertNull(mar.sharePercent());
        assertEquals(33, year.daysElapsed());
        assertEquals(3, year.daysCovered());
        assertEquals(2_500, year.saved().savedKwh(), 1e-9);
        assertEquals(100 * 2_500 / 650_000.0, year.targetPercent(), 1e-12);
        assertEquals(4, year.days().size());
        assertFalse(year.days().get(3).covered());
        assertTrue(year.days().get(0).covered());
        assertEquals(FACTOR, year.days().get(0).calibrationFactor());
    }

    @Test
    void countsTheCalibratedBaselineNotTheModelsAndLeavesAnUncalibratedDayOut() {
        SavingsTally.Year year = SavingsTally.of(2026, 650_000, List.of(day("2026-01-10", 10_000, 9_000, 0),
                uncalibrated("2026-01-11", 20_000, 9_000)), LocalDate.parse("2026-02-01"));
        assertEquals(10_000, year.saved().baselineKwh(), 1e-9, "the model's own 10,000 / 0.7 kWh is not the baseline");
        assertEquals(1_000, year.saved().savedKwh(), 1e-9, "the uncalibrated model's 11,000 kWh 'saving' is not counted");
        assertEquals(1, year.daysCovered());
        assertFalse(year.days().get(1).covered());
        assertNull(year.days().get(1).calibrationFactor());
    }

    @Test
    void todayAndOtherYearsAreLeftOutAndAFailedComparisonIsNotCovered() {
        SavingsTally.Year year = SavingsTally.of(2026, 650_000, List.of(day("2026-03-05", 100, 50, 0), day("2025-12-31", 100, 50, 0),
                new SavingsTally.PlanDay(LocalDate.parse("2026-03-04"), null)), LocalDate.parse("2026-03-05"));
        assertEquals(1, year.days().size());
        assertFalse(year.days().get(0).covered());
        assertEquals(0, year.saved().savedKwh());
        assertEquals(31 + 28 + 4, year.daysElapsed());
        SavingsTally.Year past = SavingsTally.of(2025, 650_000, List.of(), LocalDate.parse("2026-03-05"));
        assertEquals(365, past.daysElapsed());
        assertEquals(0.0, past.sharePercent());
        assertThrows(IllegalArgumentException.class, () -> SavingsTally.of(2026, 0, List.of(), LocalDate.parse("2026-03-05")));
    }
}
