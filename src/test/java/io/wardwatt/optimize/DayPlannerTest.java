package io.wardwatt.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.optimize.scenario.Scenario;
import io.wardwatt.optimize.scenario.ScenarioReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The day planner on the demo hospital's days (6 chillers, 24 pumps, 48 slots) and on the edge cases. */
class DayPlannerTest {

    private static final SolverSettings REPEATABLE = new SolverSettings(Duration.ofSeconds(120), Duration.ofSeconds(120), 0, 200_000);

    @ParameterizedTest
    @ValueSource(strings = {"demo-hospital-summer-2026-07-16.json", "demo-hospital-shoulder-2026-05-13.json",
        "demo-hospital-winter-2026-01-14.json"})
    void demoDaysKeepEveryRuleAndBeatConventionalSequencing(String file) {
        Scenario scenario = ScenarioReader.readFile(Path.of("chiller-models/scenarios", file));
        DayProblem problem = scenario.problem();

        DayPlan plan = new DayPlanner().plan(problem, REPEATABLE);

        HardRules.assertKept(problem, plan);
        assertEquals(24, plan.slots().get(0).pumps().size(), "6 primary, 6 condenser and 12 secondary pumps");
        assertTrue(plan.bound().objective() <= plan.totals().objective() * (1 + 1e-9), "the bound is below the plan");
        assertTrue(plan.bound().gapPercent() <= 1.0, "within 1 % of the bound: " + plan.bound().gapPercent());
        assertTrue(plan.baseline().violations().isEmpty(), "the baseline keeps the rules: " + plan.baseline().violations());
        // The baseline keeps every rule, so the optimum cannot cost more; the plan is within 1 % of the optimum.
        assertTrue(plan.totals().objective() <= plan.baseline().totals().objective(), "plan " + plan.totals().objective()
                + " above conventional " + plan.baseline().totals().objective());
        assertTrue(plan.saving().objectivePercent() >= 0);
        double slotSum = plan.slots().stream().mapToDouble(PlannedSlot::costCny).sum();
        assertEquals(slotSum, plan.totals().costCny(), 1e-6 * slotSum);
    }

    @Test
    void aStateSpaceTooLargeForExactClocksStillGivesABoundAndARuleKeepingPlan() throws Exception {
        // The summer day in 15-minute slots with one hour minimum run and stop: (4 + 4)^6 clock states are too many,
        // so the programme counts less far (a weaker relaxation) and the search answers for the real rules.
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Path file = Path.of("chiller-models/scenarios/demo-hospital-summer-2026-07-16.json");
        com.fasterxml.jackson.databind.node.ObjectNode day = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        day.put("slotMinutes", 15);
        doubleEachSlot(day, "loadsKw");
        doubleEachSlot((com.fasterxml.jackson.databind.node.ObjectNode) day.get("temperatures"), "condenserEnteringC");
        doubleEachSlot((com.fasterxml.jackson.databind.node.ObjectNode) day.get("temperatures"), "maxSupplyC");
        for (String field : List.of("dryBulbC", "relativeHumidityPercent", "solarWm2")) {
            doubleEachSlot((com.fasterxml.jackson.databind.node.ObjectNode) day.get("weather"), field);
        }
        doubleEachSlot((com.fasterxml.jackson.databind.node.ObjectNode) day.get("site"), "otherElectricityKw");
        day.putObject("constraints").put("minRunMinutes", 60).put("minStopMinutes", 60);
        DayProblem problem = ScenarioReader.read(json.writeValueAsString(day), "summer-15min.json", file.getParent()).problem();
        assertEquals(96, problem.slots().size());

        DayPlan plan = new DayPlanner().plan(problem, REPEATABLE);

        HardRules.assertKept(problem, plan);
        assertTrue(plan.bound().method().contains("relaxed to"), plan.bound().method());
        assertTrue(plan.bound().gapPercent() <= 1.0, "gap " + plan.bound().gapPercent());
    }

    private static void doubleEachSlot(com.fasterxml.jackson.databind.node.ObjectNode parent, String field) {
        if (parent == null || !parent.has(field) || !parent.get(field).isArray()) {
            return;
        }
        com.fasterxml.jackson.databind.node.ArrayNode doubled = parent.arrayNode();
        parent.get(field).forEach(value -> doubled.add(value).add(value));
        parent.set(field, doubled);
    }

    @Test
    void bindingRulesNameTheSpareChillerAndTheCriticalZonesCap() {
        // The shoulder day: in summer dehumidification keeps the supply colder than the critical zones' limit all day.
        DayProblem problem = ScenarioReader.readFile(Path.of("chiller-models/scenarios/demo-hospital-shoulder-2026-05-13.json")).problem();

        DayPlan plan = new DayPlanner().plan(problem, REPEATABLE);

        assertTrue(plan.slots().stream().anyMatch(s -> s.binding().contains("spare capacity (N+1)")), "N+1 binds somewhere");
        // Warmer would be cheaper for the chillers, but Z3's theatres and ICU need 7.5 °C or colder (stricter than the
        // day's own 7.6..8.1 °C dehumidification limit): the plan stays at or below it, and says so where it sits at it.
        String cap = "supply ≤ 7.5 °C: critical zone Z3 (operating theatres, ICU & isolation rooms)";
        assertEquals(List.of(cap), plan.limits());
        assertTrue(plan.slots().stream().allMatch(s -> s.supplySetpointC() <= 7.5));
        List<PlannedSlot> capped = plan.slots().stream().filter(s -> s.binding().contains(cap)).toList();
        assertFalse(capped.isEmpty(), "the critical zones' cap binds somewhere");
        capped.forEach(slot -> assertEquals(7.5, slot.supplySetpointC(), 1e-9));
        assertTrue(plan.slots().stream().noneMatch(s -> s.binding().contains("set-point upper limit")), "8 °C is never reached");
    }

    @Test
    void aHumidAfternoonCapsTheSetpointBelowTheCriticalZonesLimit() throws Exception {
        // The summer day with the afternoon (12:00-18:00) held at 6.5 °C for dehumidification.
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Path file = Path.of("chiller-models/scenarios/demo-hospital-summer-2026-07-16.json");
        com.fasterxml.jackson.databind.node.ObjectNode day = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        com.fasterxml.jackson.databind.node.ArrayNode max = (day.has("temperatures")
                ? (com.fasterxml.jackson.databind.node.ObjectNode) day.get("temperatures") : day.putObject("temperatures")).putArray("maxSupplyC");
        for (int s = 0; s < 48; s++) {
            max.add(s >= 24 && s < 36 ? 6.5 : 8.0);
        }
        DayProblem problem = ScenarioReader.read(json.writeValueAsString(day), "humid-afternoon.json", file.getParent()).problem();

        DayPlan plan = new DayPlanner().plan(problem, REPEATABLE);

        List<PlannedSlot> capped = plan.slots().stream().filter(s -> s.binding().contains("set-point upper limit")).toList();
        assertFalse(capped.isEmpty(), "the humid afternoon's cap binds somewhere");
        for (PlannedSlot slot : capped) {
            assertTrue(slot.index() >= 24 && slot.index() < 36, "slot " + slot.index());
            assertEquals(6.5, slot.supplySetpointC(), 1e-9);
        }
    }

    /**
     * With the site around it, a slot the plant cannot serve leaves the plan infeasible with the site planned on the
     * plant's power, and no whole-day bound (that slot has no least power), never a failed plan.
     */
    @Test
    void aLoadAboveTheDemoPlantLeavesNoSitePlanButAnInfeasiblePlan() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Path file = Path.of("chiller-models/scenarios/demo-hospital-summer-2026-07-16.json");
        com.fasterxml.jackson.databind.node.ObjectNode day = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        ((com.fasterxml.jackson.databind.node.ArrayNode) day.get("loadsKw")).set(14, 30_000.0);
        DayProblem problem = ScenarioReader.read(json.writeValueAsString(day), "too-much.json", file.getParent()).problem();
        assertTrue(problem.plansSite());

        DayPlan plan = new DayPlanner().plan(problem, REPEATABLE);

        assertFalse(plan.feasible());
        assertTrue(plan.violations().stream().anyMatch(v -> v.startsWith("slot 14") && v.contains("30,000 kW")), plan.violations().toString());
        assertTrue(plan.site().bound().method().startsWith("none"), plan.site().bound().method());
        assertTrue(Double.isNaN(plan.site().bound().objective()));
    }

    @Test
    void aLoadAboveThePlantIsReportedNotHidden() {
        List<PlannedChiller> chillers = new ArrayList<>();
        for (PlrCubic chiller : LiteraturePlants.threeChillers()) {
            chillers.add(new PlannedChiller(new CubicChillerModel(chiller), List.of()));
        }
        double[] loads = {1500, 2000, 4500, 2000};
        DayProblem problem = new DayProblem("too much", null, 60, HardRules.profile(loads, new double[] {1.0}), chillers, List.of(),
                new PlanRules(0, 0, 1, 1, 0, List.of(7.0), 0), new Objective(1, 0), ConventionalRules.DEFAULT, List.of());

        DayPlan plan = new DayPlanner().plan(problem, REPEATABLE);

        assertFalse(plan.feasible());
        assertTrue(plan.violations().stream().anyMatch(v -> v.startsWith("slot 2 (02:00)") && v.contains("4,500 kW")), plan.violations().toString());
        assertTrue(Double.isNaN(plan.bound().objective()));
        assertTrue(plan.bound().method().startsWith("none"));
    }

    @Test
    void stopEndsTheSearchWithTheBestPlanSoFar() throws Exception {
        // Four chillers, one start a day, a dip: the start limit binds, so the search cannot stop at the bound.
        List<PlannedChiller> chillers = new ArrayList<>();
        for (PlrCubic chiller : LiteraturePlants.fourChillers()) {
            chillers.add(new PlannedChiller(new CubicChillerModel(chiller), List.of()));
        }
        double[] loads = DayPlanExactnessTest.dayProfile(new java.util.Random(7), 500, 2600);
        DayProblem problem = new DayProblem("stop me", null, 60, HardRules.profile(loads, new double[] {1.0}), chillers, List.of(),
                new PlanRules(0, 0, 1, 1, 1, List.of(7.0), 0), new Objective(1, 0), ConventionalRules.DEFAULT, List.of());
        PlanningRun run = new DayPlanner().prepare(problem, new SolverSettings(Duration.ofMinutes(10), Duration.ofMinutes(10), 0));

        CompletableFuture<DayPlan> solving = CompletableFuture.supplyAsync(run::solve);
        org.awaitility.Awaitility.await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        run.stop();
        DayPlan plan = solving.get(30, TimeUnit.SECONDS);

        assertEquals("stopped on request", plan.solver().termination());
        assertEquals(24, plan.slots().size());
    }

    @Test
    void conventionalSequencingStagesInOrderWithHysteresis() {
        List<PlannedChiller> chillers = new ArrayList<>();
        for (PlrCubic chiller : LiteraturePlants.threeChillers()) {
            chillers.add(new PlannedChiller(new CubicChillerModel(chiller), List.of()));
        }
        // 1,280 RT each; stage up above 90 % of running capacity, down below 75 % of the capacity without the last.
        double[] loads = {1000, 1200, 1300, 1100, 950, 900};
        DayProblem problem = new DayProblem("staging", null, 60, HardRules.profile(loads, new double[] {1.0}), chillers, List.of(),
                new PlanRules(0, 0, 1, 1, 0, List.of(7.0), 0), new Objective(1, 0), ConventionalRules.DEFAULT, List.of());

        BaselinePlan baseline = new DayPlanner().conventional(problem);

        List<Long> running = baseline.slots().stream().map(s -> s.chillers().stream().filter(ChillerDispatch::on).count()).toList();
        // 1,200 > 0.9·1,280 → two; 1,100 and 950 stay above 0.75·1,280 = 960? 1,100 yes, 950 no → back to one.
        assertEquals(List.of(1L, 2L, 2L, 2L, 1L, 1L), running);
        assertTrue(baseline.slots().get(1).chillers().get(0).on() && baseline.slots().get(1).chillers().get(1).on(), "CH1 then CH2");
        // Equal part load among the running chillers.
        assertEquals(baseline.slots().get(2).chillers().get(0).plr(), baseline.slots().get(2).chillers().get(1).plr(), 1e-12);
    }
}
