package io.wardwatt.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.optimize.scenario.ScenarioReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The calibrated baseline: a plant that draws k times what the model says for the plan as operated saves k times the
 * model's saving, whatever the model's bias. Loads are measured as forecast, so the model's figures for the plan as
 * operated are the plan's own and the expected saving comes from the plan, not from the code under test.
 */
class PlanAgainstActualTest {

    private static final SolverSettings REPEATABLE = new SolverSettings(Duration.ofSeconds(60), Duration.ofSeconds(60), 0, 100_000);
    private static final double K = 0.7;
    /** Off-plan tolerance wide enough for the bias: a plant at 0.7 times the model is on plan. */
    private static final double OFF_PLAN = 50;

    private static DayProblem problem(Map<String, Object> scenario) {
        return ScenarioReader.read(PlanScenarios.json(scenario), "test", Path.of(".")).problem();
    }

    private static double[] cooling(DayPlan plan, double hours) {
        return plan.slots().stream().mapToDouble(s -> s.loadKw() * hours).toArray();
    }

    private static double[] metered(List<PlannedSlot> slots, double hours, double k) {
        return slots.stream().mapToDouble(s -> k * s.powerKw() * hours).toArray();
    }

    private static double kwh(List<PlannedSlot> slots, double hours) {
        return slots.stream().mapToDouble(PlannedSlot::powerKw).sum() * hours;
    }

    @Test
    void aPlantAtKTimesTheModelSavesKTimesTheModelsSavingNotTheBias() {
        DayProblem problem = problem(PlanScenarios.threeChillers(8, 60, 0));
        DayPlan plan = new DayPlanner().plan(problem, REPEATABLE);
        double hours = problem.slotHours();
        double modelSaving = kwh(plan.baseline().slots(), hours) - kwh(plan.slots(), hours);
        assertTrue(modelSaving > 1, "the plan saves against conventional sequencing in the model: " + modelSaving);

        PlanAgainstActual.Comparison c = PlanAgainstActual.compare(plan, problem, cooling(plan, hours), metered(plan.slots(), hours, K), 10,
                OFF_PLAN);

        PlanAgainstActual.Totals t = c.totals();
        assertEquals(K, t.calibrationFactor(), 1e-9);
        assertEquals(8, t.calibrationSlots());
        assertEquals(K * modelSaving, t.baselinePlantKwh() - t.measuredPlantKwh(), 1e-6 * kwh(plan.slots(), hours),
                "the model's saving scaled to the meter, not the model's bias " + (1 - K) * kwh(plan.baseline().slots(), hours));
        assertEquals(kwh(plan.baseline().slots(), hours), t.modelBaselinePlantKwh(), 1e-6 * t.modelBaselinePlantKwh());
        double modelCostSaving = plan.baseline().slots().stream().mapToDouble(PlannedSlot::costCny).sum()
                - plan.slots().stream().mapToDouble(PlannedSlot::costCny).sum();
        assertEquals(K * modelCostSaving, t.measuredSavingCny(), 1e-6 * t.measuredCostCny());
        PlanAgainstActual.Slot first = c.slots().get(0);
        assertEquals(plan.slots().get(0).powerKw(), first.modelled().plantKw(), 1e-6, "the plan as operated is the plan");
        assertEquals(K * first.modelBaseline().plantKw(), first.baseline().plantKw(), 1e-9);
        assertTrue(c.baselineMethod().contains("calibrated"), c.baselineMethod());
    }

    @Test
    void aPlanThatIsConventionalSequencingSavesNothingWhateverTheBias() {
        // Loads one chiller carries, so the plan's own split and conventional equal part load are the same.
        Map<String, Object> scenario = new java.util.LinkedHashMap<>(PlanScenarios.threeChillers(6, 60, 0));
        scenario.put("loadsKw", List.of(700.0, 800.0, 900.0, 800.0, 750.0, 700.0));
        DayProblem problem = problem(scenario);
        BaselinePlan conventional = new DayPlanner().conventional(problem);
        DayPlan plan = new DayPlan("conventional", problem.start(), problem.slotMinutes(), true, List.of(), List.of(), conventional.slots(),
                conventional.totals(), conventional, null, null, null);
        double hours = problem.slotHours();
        for (double bias : new double[] {0.5, K, 1.3}) {
            PlanAgainstActual.Totals t = PlanAgainstActual.compare(plan, problem, cooling(plan, hours),
                    metered(conventional.slots(), hours, bias), 10, OFF_PLAN).totals();
            assertEquals(bias, t.calibrationFactor(), 1e-9);
            assertEquals(0, t.baselinePlantKwh() - t.measuredPlantKwh(), 1e-6 * t.measuredPlantKwh(), "bias " + bias);
            assertEquals(0, t.measuredSavingCny(), 1e-6 * t.measuredCostCny(), "bias " + bias);
        }
    }

    @Test
    void slotsWithoutDataOrOffPlanDoNotCalibrateAndADayWithoutSuchSlotsStatesNoSaving() {
        DayProblem problem = problem(PlanScenarios.threeChillers(8, 60, 0));
        DayPlan plan = new DayPlanner().plan(problem, REPEATABLE);
        double hours = problem.slotHours();
        double[] cooling = cooling(plan, hours);
        double[] plant = metered(plan.slots(), hours, K);
        plant[0] = Double.NaN;
        plant[1] = 3 * plan.slots().get(1).powerKw() * hours;

        PlanAgainstActual.Comparison c = PlanAgainstActual.compare(plan, problem, cooling, plant, 10, OFF_PLAN);

        assertEquals("plant-off-plan", c.slots().get(1).deviations().get(0).cause());
        assertEquals(K, c.totals().calibrationFactor(), 1e-9, "neither the unmeasured slot nor the one off plan moves the factor");
        assertEquals(6, c.totals().calibrationSlots());
        assertEquals(K * c.slots().get(1).modelBaseline().plantKw(), c.slots().get(1).baseline().plantKw(), 1e-9,
                "a slot off plan is still compared, against the day's calibrated baseline");
        assertNull(c.slots().get(0).baseline());

        // An override over slot 2 takes it out of the factor too (the plant then drew 0.9 times the model, 29 % above the
        // others: not off plan by power).
        PlantInterventions.Intervention override = new PlantInterventions.Intervention(PlantInterventions.Intervention.Kind.OVERRIDE, "CH1",
                plan.slots().get(2).start().toInstant(ZoneOffset.UTC), plan.slots().get(2).start().plusMinutes(30).toInstant(ZoneOffset.UTC),
                "held on");
        double[] skewed = plant.clone();
        skewed[2] = 0.9 * plan.slots().get(2).powerKw() * hours;
        PlanAgainstActual.Comparison overridden = PlanAgainstActual.withInterventions(
                PlanAgainstActual.compare(plan, problem, cooling, skewed, 10, OFF_PLAN), 60, ZoneOffset.UTC, List.of(override));
        assertNotEquals(K, PlanAgainstActual.compare(plan, problem, cooling, skewed, 10, OFF_PLAN).totals().calibrationFactor(), 1e-3);
        assertEquals(K, overridden.totals().calibrationFactor(), 1e-9, "slot 2 ran under an override");

        double[] allOff = new double[plant.length];
        List<Double> none = new ArrayList<>();
        for (int s = 0; s < plant.length; s++) {
            // half the day at the model's level, half at three times it: the median lies between, every slot far off it
            allOff[s] = (s % 2 == 0 ? K : 3) * plan.slots().get(s).powerKw() * hours;
            none.add(null);
        }
        PlanAgainstActual.Comparison uncalibrated = PlanAgainstActual.compare(plan, problem, cooling, allOff, 10, OFF_PLAN);
        assertNull(uncalibrated.totals().calibrationFactor());
        assertNull(uncalibrated.totals().measuredSavingCny(), "an uncalibrated model's saving is not stated");
        assertNull(uncalibrated.totals().baselinePlantKwh());
        assertEquals(none, uncalibrated.slots().stream().map(PlanAgainstActual.Slot::savingCny).toList());
        assertTrue(uncalibrated.baselineMethod().contains("not calibrated"), uncalibrated.baselineMethod());
        assertTrue(uncalibrated.totals().modelBaselinePlantKwh() > 0, "the model's own baseline is still shown");
    }

    @Test
    void aModelFarOffThePlantEverywhereIsCalibratedNotCalledOffPlan() {
        // The demo's case: the plant draws 0.6 times what the model says in every slot, the load as forecast. Judged
        // against the raw model every slot would be 40 % "off plan" and the day would have nothing to calibrate on.
        DayProblem problem = problem(PlanScenarios.threeChillers(8, 60, 0));
        DayPlan plan = new DayPlanner().plan(problem, REPEATABLE);
        double hours = problem.slotHours();

        PlanAgainstActual.Comparison c = PlanAgainstActual.compare(plan, problem, cooling(plan, hours), metered(plan.slots(), hours, 0.6), 10,
                15);

        assertTrue(c.slots().stream().allMatch(s -> s.deviations().isEmpty()), "no slot is off plan: " + c.slots());
        assertEquals(0.6, c.totals().calibrationFactor(), 1e-9);
        assertEquals(8, c.totals().calibrationSlots());
    }
}
