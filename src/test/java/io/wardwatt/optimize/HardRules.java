package io.wardwatt.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

/**
 * Checks a plan against the problem's hard rules from the plan's own numbers, without the planner's code: the load
 * balance, minimum part load and capacity of every running chiller, the spare rule, set-point limits, run and stop
 * times (with the state carried in) and starts per day, and the pump pairing.
 */
final class HardRules {

    private HardRules() {
    }

    static void assertKept(DayProblem problem, DayPlan plan) {
        assertTrue(plan.feasible(), "plan reports violations: " + plan.violations());
        int n = problem.chillers().size();
        int slots = problem.slots().size();
        assertEquals(slots, plan.slots().size());
        boolean[][] on = new boolean[n][slots];
        for (int s = 0; s < slots; s++) {
            PlannedSlot slot = plan.slots().get(s);
            SlotConditions conditions = problem.slots().get(s);
            double delivered = 0;
            double[] capacities = new double[n];
            int running = 0;
            for (int i = 0; i < n; i++) {
                ChillerDispatch dispatch = slot.chillers().get(i);
                PlannedChiller chiller = problem.chillers().get(i);
                assertEquals(chiller.id(), dispatch.id());
                on[i][s] = dispatch.on();
                if (!dispatch.on()) {
                    assertEquals(0, dispatch.powerKw(), "slot " + s + " " + dispatch.id() + " off draws power");
                    continue;
                }
                // With towers planned the chillers see the condenser water the plan chose; it keeps each one's minimum.
                double condenser = problem.plansTowers() ? slot.condenserSetpointC() : conditions.condenserEnteringC();
                if (problem.plansTowers()) {
                    assertTrue(condenser >= problem.condenser().minEnteringC().get(i) - 1e-6, "slot " + s + " " + dispatch.id()
                            + " below its minimum condenser-entering water: " + condenser);
                }
                ChillerPowerModel model = chiller.model().at(slot.supplySetpointC(), condenser);
                assertTrue(dispatch.loadKw() >= model.minimumLoadKw() * (1 - 1e-9), "slot " + s + " " + dispatch.id() + " below minimum part load");
                assertTrue(dispatch.loadKw() <= model.capacityKw() * (1 + 1e-9), "slot " + s + " " + dispatch.id() + " above capacity");
                assertEquals(model.powerKw(dispatch.loadKw()), dispatch.powerKw(), 1e-6, "slot " + s + " " + dispatch.id() + " power");
                delivered += dispatch.loadKw();
                capacities[running++] = model.capacityKw();
            }
            assertEquals(conditions.loadKw(), delivered, 1e-6 * Math.max(1, conditions.loadKw()), "slot " + s + " load balance");
            if (problem.plansTowers() && running > 0) {
                // every running cell takes water inside its limits; the condenser water is all the running chillers' pumps'
                var towers = problem.condenser().towers();
                double flow = 0;
                for (int i = 0; i < n; i++) {
                    flow += slot.chillers().get(i).on() ? problem.condenser().condenserFlowM3s().get(i) : 0;
                }
                double perCell = flow / slot.towerCells();
                assertTrue(slot.towerCells() <= towers.cells() && perCell >= towers.minCellWaterFlowM3s() * (1 - 1e-9)
                        && perCell <= towers.maxCellWaterFlowM3s() * (1 + 1e-9), "slot " + s + " tower cell flow " + perCell * 3600);
            }
            double[] sorted = Arrays.copyOf(capacities, running);
            Arrays.sort(sorted);
            double usable = Arrays.stream(sorted).sum();
            for (int lost = 0; lost < problem.rules().spareUnits() && lost < running; lost++) {
                usable -= sorted[running - 1 - lost];
            }
            if (conditions.loadKw() > 0) {
                assertTrue(usable >= conditions.loadKw() * (1 + problem.rules().spareFraction()) - 1e-6, "slot " + s + " spare rule");
            }
            assertTrue(slot.supplySetpointC() >= conditions.minSupplyC() - 1e-9 && slot.supplySetpointC() <= conditions.maxSupplyC() + 1e-9,
                    "slot " + s + " set-point limits");
            for (PlannedChiller chiller : problem.chillers()) {
                for (PairedPump pump : chiller.pairedPumps()) {
                    boolean pumpOn = slot.pumps().stream().filter(p -> p.id().equals(pump.id())).findFirst().orElseThrow().on();
                    boolean chillerOn = slot.chillers().stream().filter(c -> c.id().equals(chiller.id())).findFirst().orElseThrow().on();
                    assertEquals(chillerOn, pumpOn, "slot " + s + " pump " + pump.id() + " pairing");
                }
            }
        }
        assertTiming(problem, on);
    }

    private static void assertTiming(DayProblem problem, boolean[][] on) {
        PlanRules rules = problem.rules();
        for (int i = 0; i < on.length; i++) {
            InitialChillerState initial = problem.initialStateOf(i);
            boolean previous = initial.on();
            int length = initial.slotsInState();
            int starts = initial.startsSoFar();
            for (int s = 0; s < on[i].length; s++) {
                if (on[i][s] != previous) {
                    int minimum = previous ? rules.minRunSlots() : rules.minStopSlots();
                    assertTrue(length >= minimum, problem.chillers().get(i).id() + " switches at slot " + s + " after " + length + " slots");
                    if (on[i][s]) {
                        starts++;
                    }
                    length = 1;
                } else {
                    length++;
                }
                previous = on[i][s];
            }
            if (rules.maxStartsPerDay() > 0) {
                assertTrue(starts <= rules.maxStartsPerDay(), problem.chillers().get(i).id() + " starts " + starts + " times");
            }
        }
    }

    static List<SlotConditions> profile(double[] loads, double[] prices) {
        List<SlotConditions> slots = new java.util.ArrayList<>();
        for (int s = 0; s < loads.length; s++) {
            slots.add(new SlotConditions(loads[s], 29.44, 6.0, 9.0, "p" + s, prices[s % prices.length], 0.5703));
        }
        return slots;
    }
}
