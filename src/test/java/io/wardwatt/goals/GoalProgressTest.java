package io.wardwatt.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InvalidInputException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GoalProgressTest {

    private static final TceCoefficients COEFFICIENTS = new TceCoefficients(0.0001229, 0.00133, 0.03412, null, "test");

    /** Energy that has nothing to do with the weather or the visits: the model cannot meet Guideline 14. */
    @Test
    void aModelThatFailsGuideline14FallsBackToYearOnYearAndSaysSo() {
        Random random = new Random(7);
        Map<YearMonth, MonthEnergy> energy = new TreeMap<>();
        Map<YearMonth, MonthConditions> conditions = new TreeMap<>();
        for (int y = 2024; y <= 2025; y++) {
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(y, m);
                double kwh = 20_000_000 * (0.6 + 0.8 * random.nextDouble());
                energy.put(month, new MonthEnergy(month, kwh, 0, 0, 0, 0));
                conditions.put(month, new MonthConditions(month, 10 + 200 * random.nextDouble(), 5 + 100 * random.nextDouble(),
                        200_000 + 20_000 * random.nextDouble(), month.lengthOfMonth(), month.lengthOfMonth()));
            }
        }
        SiteGoals goals = new SiteGoals("T", 2024, List.of(new Target(GoalMetric.TOTAL_ENERGY_TCE, 5)), 1200, Map.of());
        ProgressReport report = GoalProgress.compute(new GoalProgress.Inputs(goals, 2025, 196_000, COEFFICIENTS, 18, energy, conditions,
                YearMonth.of(2025, 12)));

        ProgressReport.ModelSummary model = report.models().get(0);
        assertEquals("year-on-year", model.method());
        assertFalse(model.meetsGuideline14());
        assertTrue(model.cvRmsePct() > FitStatistics.MAX_CV_RMSE_PCT, "CV(RMSE) " + model.cvRmsePct());
        assertTrue(model.reason().contains("does not meet ASHRAE Guideline 14"), model.reason());
        for (ProgressReport.MonthProgress month : report.months()) {
            assertEquals("year-on-year", month.method());
            assertNull(month.normalisedBaselineTce());
            assertNull(month.uncertainty68Tce());
            assertEquals(month.baselineTce() - month.tce(), month.savingTce(), 0.002);
        }
        double base = 0;
        double actual = 0;
        for (int m = 1; m <= 12; m++) {
            base += COEFFICIENTS.tce(energy.get(YearMonth.of(2024, m)));
            actual += COEFFICIENTS.tce(energy.get(YearMonth.of(2025, m)));
        }
        ProgressReport.TargetProgress target = report.targets().get(0);
        assertEquals("year-on-year", target.basis());
        assertEquals((base - actual) / base * 100, target.savingPct(), 0.01);
        assertEquals(target.savingPct() >= 5 ? "on-track" : "off-track", target.status());

        // the month still running shows its energy, never a saving against a whole month
        ProgressReport midNovember = GoalProgress.compute(new GoalProgress.Inputs(goals, 2025, 196_000, COEFFICIENTS, 18, energy, conditions,
                YearMonth.of(2025, 10)));
        ProgressReport.MonthProgress november = midNovember.months().stream().filter(m -> m.month().equals("2025-11")).findFirst().orElseThrow();
        assertTrue(november.partial());
        assertNull(november.savingPct());
        assertNull(november.savingTce());
        assertTrue(november.method().startsWith("partial month"), november.method());
        assertEquals(COEFFICIENTS.tce(energy.get(YearMonth.of(2025, 11))), november.tce(), 0.002);
    }

    @Test
    void tooFewCompleteMonthsGiveNoModel() {
        YearMonth month = YearMonth.of(2024, 1);
        BaselineModel.Fit fit = BaselineModel.fit(List.of(new BaselineModel.Point(new MonthConditions(month, 1, 2, 3, 31, 31), 10),
                new BaselineModel.Point(new MonthConditions(month.plusMonths(1), 2, 1, 5, 29, 29), 11)));
        assertTrue(fit.model().isEmpty());
        assertTrue(fit.failure().contains("at least"), fit.failure());
    }

    @Test
    void uncertaintyShrinksWithMoreReportingMonthsAndGrowsWithConfidence() {
        FitStatistics fit = new FitStatistics(12, 4, 0.95, 3.0, 0.0, 0.0, 2500);
        double one = SavingsUncertainty.absolute(fit, 2500, 1, 0.68);
        // t(8 dof, 84th percentile) = 1.060 from a t table; 1.26 × 0.03 × 2500 × √(1 × (1 + 2/12) / 1)
        assertEquals(1.060 * 1.26 * 0.03 * 2500 * Math.sqrt(1 + 2.0 / 12), one, 0.1);
        assertTrue(SavingsUncertainty.absolute(fit, 2500, 1, 0.90) > one);
        assertTrue(SavingsUncertainty.absolute(fit, 30_000, 12, 0.68) / 30_000 < one / 2500);
    }

    @Test
    void goalsNameEveryWrongField() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, () -> SiteGoals.of("T",
                new SiteGoals.Draft(2025, List.of(new SiteGoals.TargetDraft("steam", 8.0), new SiteGoals.TargetDraft("steam", 3.0)), -1,
                        Map.of("2025-13", 10.0))));
        List<String> where = e.problems().stream().map(p -> p.where()).toList();
        assertEquals(List.of("targets[1].metric", "beds", "bedDays.2025-13"), where);
    }
}
