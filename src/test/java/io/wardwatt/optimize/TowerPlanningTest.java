package io.wardwatt.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.optimize.scenario.ScenarioReader;
import io.wardwatt.plant.CoolingTowerCells;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The towers as the plan's decision on the demo hospital's days: what they choose, what binds them, and that the choice is exact. */
class TowerPlanningTest {

    private static final SolverSettings REPEATABLE = new SolverSettings(Duration.ofSeconds(120), Duration.ofSeconds(120), 0, 200_000);

    private static DayProblem day(String file) {
        return ScenarioReader.readFile(Path.of("chiller-models/scenarios", file)).problem();
    }

    private static double meanCondenserC(DayPlan plan) {
        return plan.slots().stream().filter(s -> s.condenserSetpointC() != null).mapToDouble(PlannedSlot::condenserSetpointC).average()
                .orElseThrow();
    }

    @Test
    void aColdWetBulbPlansColderCondenserWaterAndTheChillersMinimumsBindIt() {
        DayProblem winter = day("demo-hospital-winter-2026-01-14.json");
        DayPlan cold = new DayPlanner().plan(winter, REPEATABLE);
        DayPlan hot = new DayPlanner().plan(day("demo-hospital-summer-2026-07-16.json"), REPEATABLE);

        // January's wet bulb is 3..8 °C, July's 24..30 °C: the winter plan runs its condensers far colder.
        assertTrue(meanCondenserC(cold) < meanCondenserC(hot) - 8, meanCondenserC(cold) + " against " + meanCondenserC(hot));
        // In winter the towers could go colder than some chillers accept: where a slot names a chiller's minimum, its
        // condenser water is that chiller's limit and the chiller runs.
        List<PlannedSlot> bound = cold.slots().stream().filter(s -> s.binding().stream().anyMatch(b -> b.startsWith("minimum condenser-entering")))
                .toList();
        assertFalse(bound.isEmpty(), "some chiller's minimum condenser water binds in winter");
        for (PlannedSlot slot : bound) {
            String id = slot.binding().stream().filter(b -> b.startsWith("minimum condenser-entering")).findFirst().orElseThrow()
                    .substring("minimum condenser-entering ".length());
            int chiller = winter.chillers().stream().map(PlannedChiller::id).toList().indexOf(id);
            assertTrue(slot.chillers().get(chiller).on(), "slot " + slot.index() + ": " + id + " runs");
            assertEquals(winter.condenser().minEnteringC().get(chiller), slot.condenserSetpointC(), 1e-9, "slot " + slot.index());
        }
        // The baseline holds 29.5 °C all winter (its fans hardly run), so the plan saves most of its chillers' lift.
        assertTrue(cold.baseline().slots().stream().allMatch(s -> s.condenserSetpointC() == null || s.condenserSetpointC() == 29.5));
        assertTrue(cold.totals().chillerEnergyKwh() < 0.8 * cold.baseline().totals().chillerEnergyKwh());
    }

    @Test
    void humidSummerDaysNameDehumidificationAndTheWetBulbBeyondTheCorrelation() {
        DayProblem summer = day("demo-hospital-summer-2026-07-16.json");
        DayPlan plan = new DayPlanner().plan(summer, REPEATABLE);

        List<PlannedSlot> drying = plan.slots().stream().filter(s -> s.binding().stream().anyMatch(b -> b.startsWith("dehumidification"))).toList();
        assertFalse(drying.isEmpty(), "the dew point caps the supply somewhere in July");
        for (PlannedSlot slot : drying) {
            SlotConditions conditions = summer.slots().get(slot.index());
            String expected = String.format(Locale.ROOT, "dehumidification (dew point %.1f °C)", conditions.weather().dewPointC());
            assertTrue(slot.binding().contains(expected), slot.binding().toString());
            // at the warmest set-point of 5.5..7.5 in 0.5 K steps that the table's cap allows
            assertEquals(Math.floor(conditions.dehumidificationMaxSupplyC() * 2 + 1e-9) / 2, slot.supplySetpointC(), 1e-9);
        }
        assertTrue(plan.limits().stream().anyMatch(l -> l.startsWith("tower correlation yorkcalc is documented for -34.4..26.7 °C wet bulb")),
                plan.limits().toString());
        HardRules.assertKept(summer, plan);
    }

    @Test
    void whenNoCandidateIsReachableTheFansRunFlatOutAndSayWhy() {
        // The summer day with the plant's candidates replaced by one it can never reach (20 °C): every slot's condenser water
        // is the lowest the towers get to, all usable cells at full speed.
        DayProblem summer = day("demo-hospital-summer-2026-07-16.json");
        CoolingTowerCells t = summer.condenser().towers();
        CoolingTowerCells unreachable = new CoolingTowerCells(t.model(), t.modelFile(), t.cells(), t.design(), t.designWaterFlowPerCellM3s(),
                t.referenceWaterFlowPerCellM3s(), t.minCellWaterFlowM3s(), t.maxCellWaterFlowM3s(), t.fanPowerPerCellKw(), t.minAirFlowRatio(),
                t.freeConvectionFraction(), List.of(20.0));
        CondenserWaterPlant c = summer.condenser();
        DayProblem flatOut = new DayProblem(summer.name(), summer.start(), summer.slotMinutes(), summer.slots(), summer.chillers(), summer.zones(),
                summer.rules(), summer.objective(), summer.conventional(), summer.initialState(),
                new CondenserWaterPlant(unreachable, c.condenserFlowM3s(), c.minEnteringC(), c.conventionalSetpointC()));

        DayPlan plan = new DayPlanner().plan(flatOut, REPEATABLE);

        for (PlannedSlot slot : plan.slots()) {
            assertTrue(slot.binding().contains("tower cells at full speed"), "slot " + slot.index() + ": " + slot.binding());
            assertEquals(1.0, slot.towerFanSpeedFraction(), 1e-6);
            assertEquals(slot.towerCells() * 37, slot.towerPowerKw(), 1e-3);
            double flow = 0;
            for (int i = 0; i < slot.chillers().size(); i++) {
                flow += slot.chillers().get(i).on() ? c.condenserFlowM3s().get(i) : 0;
            }
            assertEquals(t.mostCells(flow), slot.towerCells(), "all usable cells");
        }
    }

    /**
     * The table's condenser choice against brute force through the plan evaluator, which works from the models and not
     * from the table: for sampled slots, every allowed supply set-point and every running set, each plant candidate at
     * or above the chosen floor with each cell count the flow limits allow is evaluated; none is cheaper than the table's
     * choice, and the table's choice evaluates to the table's power.
     */
    @Test
    void theTablesCondenserChoiceIsTheCheapestOfEveryCandidateAndCellCount() {
        for (String file : List.of("demo-hospital-summer-2026-07-16.json", "demo-hospital-winter-2026-01-14.json",
                "demo-hospital-shoulder-2026-05-13.json")) {
            DayProblem day = day(file);
            for (int s : new int[] {4, 20, 29}) {
                DayProblem one = day.withSlots(List.of(day.slots().get(s)));
                SlotTable table = SlotTable.build(one);
                PlanEvaluator evaluator = new PlanEvaluator(one);
                CondenserWaterPlant plant = one.condenser();
                int checked = 0;
                for (int v = 0; v < table.setpointCount(); v++) {
                    if (!table.setpointAllowed(0, v)) {
                        continue;
                    }
                    for (int mask = 1; mask < 1 << one.chillers().size(); mask++) {
                        double chosen = table.chillerKw(0, v, mask) + table.towerKw(0, v, mask);
                        if (Double.isNaN(chosen)) {
                            continue;
                        }
                        String where = file + " slot " + s + " set-point " + table.setpointC(v) + " mask " + mask;
                        PlannedSlot own = evaluate(evaluator, mask, table.setpointC(v), table.condenserC(0, v, mask), table.towerCells(0, v, mask));
                        assertEquals(chosen, own.chillerPowerKw() + own.towerPowerKw(), 1e-6 * chosen, where + ": the table's choice re-evaluated");
                        double floor = table.condenserC(0, v, mask);
                        double minimum = plant.minEnteringC().get(plant.strictestChiller(mask));
                        double flow = plant.flowM3s(mask);
                        for (double candidate : plant.towers().condenserSetpointsC()) {
                            if (candidate < minimum) {
                                continue;
                            }
                            for (int cells = plant.towers().fewestCells(flow); cells <= plant.towers().mostCells(flow); cells++) {
                                PlannedSlot other = evaluate(evaluator, mask, table.setpointC(v), candidate, cells);
                                boolean reached = Math.abs(other.condenserSetpointC() - candidate) < 1e-9;
                                boolean carried = other.chillers().stream().mapToDouble(ChillerDispatch::loadKw).sum() >= one.slots().get(0).loadKw() - 1e-6
                                        && table.spareShortfallKw(0, v, mask) == 0;
                                if (reached && carried && !spareBroken(one, other, v)) {
                                    assertTrue(other.chillerPowerKw() + other.towerPowerKw() >= chosen - 1e-6 * chosen,
                                            where + ": " + candidate + " °C on " + cells + " cells is cheaper than the table's " + floor + " °C");
                                    checked++;
                                }
                            }
                        }
                    }
                }
                assertTrue(checked > 10, file + " slot " + s + ": " + checked + " reachable alternatives compared");
            }
        }
    }

    private static PlannedSlot evaluate(PlanEvaluator evaluator, int mask, double supplyC, double condenserC, int cells) {
        Set<String> paired = new HashSet<>();
        return evaluator.evaluate(List.of(new SlotDecision(mask, supplyC, new int[] {0, 0, 0}, paired, condenserC, cells)),
                PlanEvaluator.Split.OPTIMAL).slots().get(0);
    }

    /** Whether the running set loses its spare at this (warmer) condenser water: then the candidate is not a choice. */
    private static boolean spareBroken(DayProblem one, PlannedSlot slot, int v) {
        double condenser = slot.condenserSetpointC();
        double[] capacities = new double[slot.chillers().size()];
        int running = 0;
        for (int i = 0; i < slot.chillers().size(); i++) {
            if (slot.chillers().get(i).on()) {
                capacities[running++] = one.chillers().get(i).model().at(slot.supplySetpointC(), condenser).capacityKw();
            }
        }
        double[] used = java.util.Arrays.copyOf(capacities, running);
        double minimum = 0;
        for (int i = 0; i < slot.chillers().size(); i++) {
            if (slot.chillers().get(i).on()) {
                minimum += one.chillers().get(i).model().at(slot.supplySetpointC(), condenser).minimumLoadKw();
            }
        }
        double load = one.slots().get(0).loadKw();
        return one.rules().usableCapacityKw(used) < one.rules().requiredKw(load) - 1e-6 || minimum > load + 1e-6;
    }
}
