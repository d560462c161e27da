package io.wardwatt.optimize;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns per-slot decisions into a reported plan: loads per chiller (the exact split, or equal part load for
 * conventional sequencing), pump duties, the towers' cells and fans at the condenser water they give, power, cost
 * and carbon per slot, totals, and every hard rule broken.
 * It works from the models directly, not from the planner's table, so it also checks the planner.
 */
final class PlanEvaluator {

    /** How the running chillers share the load. */
    enum Split { OPTIMAL, EQUAL_PART_LOAD }

    private final DayProblem problem;
    private final RunningSetSplit splitter = new RunningSetSplit(SlotLoadSplit.DEFAULT_GRID_STEPS);

    PlanEvaluator(DayProblem problem) {
        this.problem = problem;
    }

    /** The evaluated slots with the rules they break. */
    record Evaluation(List<PlannedSlot> slots, PlanTotals totals, List<String> violations) {
    }

    Evaluation evaluate(List<SlotDecision> decisions, Split split) {
        List<PlannedSlot> slots = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (int s = 0; s < decisions.size(); s++) {
            slots.add(slot(s, decisions.get(s), split, violations));
        }
        List<Integer> masks = decisions.stream().map(SlotDecision::mask).toList();
        RunHistory history = new RunHistory(problem, masks);
        checkTiming(history, masks.size(), violations);
        return new Evaluation(slots, totals(slots, history, masks.size()), violations);
    }

    private PlannedSlot slot(int s, SlotDecision decision, Split split, List<String> violations) {
        SlotConditions conditions = problem.slots().get(s);
        String where = label(s);
        double load = conditions.loadKw();
        int n = problem.chillers().size();
        TowerOperation towers = towers(conditions, decision, split, where, violations);
        double condenserC = towers != null ? towers.condenserC() : fixedCondenserC(conditions);
        List<ChillerPowerModel> running = running(decision, condenserC);
        double capacity = running.stream().mapToDouble(ChillerPowerModel::capacityKw).sum();
        double minimum = running.stream().mapToDouble(ChillerPowerModel::minimumLoadKw).sum();
        checkSpare(where, load, capacity, running.stream().mapToDouble(ChillerPowerModel::capacityKw).toArray(), violations);
        if (decision.setpointC() > conditions.maxSupplyC() + 1e-9 || decision.setpointC() < conditions.minSupplyC() - 1e-9) {
            violations.add(where + ": supply set-point " + fmt(decision.setpointC()) + " °C is outside " + fmt(conditions.minSupplyC())
                    + ".." + fmt(conditions.maxSupplyC()) + " °C (set-point limits)");
        }
        double[] loads = loads(where, load, running, capacity, minimum, split, violations);
        List<ChillerDispatch> chillers = new ArrayList<>();
        double chillerKw = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            String id = problem.chillers().get(i).id();
            if (decision.runs(i)) {
                ChillerPowerModel model = running.get(k);
                double kw = loads[k] > 0 ? model.powerKw(loads[k]) : 0;
                chillers.add(new ChillerDispatch(id, true, loads[k] / model.capacityKw(), loads[k], kw));
                chillerKw += kw;
                k++;
            } else {
                chillers.add(ChillerDispatch.off(id));
            }
        }
        List<PumpState> pumps = new ArrayList<>();
        double pumpKw = pairedPumps(where, decision, pumps, violations);
        pumpKw += secondaryPumps(where, load, decision, pumps, violations);
        double towerKw = towers == null ? 0 : towers.duty().fanKw();
        double kw = chillerKw + pumpKw + towerKw;
        double hours = problem.slotHours();
        SlotWeather weather = conditions.weather();
        return new PlannedSlot(s, start(s), conditions.tariffPeriod(), load, decision.setpointC(), kw, chillerKw, pumpKw,
                kw * hours * conditions.pricePerKwh(), kw * hours * conditions.carbonKgPerKwh(), chillers, pumps, List.of(),
                weather == null ? null : weather.dryBulbC(), weather == null ? null : weather.wetBulbC(),
                decision.mask() == 0 || (problem.plansTowers() && towers == null) ? null : condenserC, towers == null ? 0 : towers.cells(),
                towers == null ? 0 : towers.duty().airFlowRatio(), towerKw);
    }

    /**
     * The condenser water when the towers do not run for the slot: the scenario's given one, or — chillers running with no
     * load, a broken rule reported elsewhere — the baseline's set-point, so that they can still be evaluated.
     */
    private double fixedCondenserC(SlotConditions conditions) {
        return problem.plansTowers() ? problem.condenser().conventionalSetpointC() : conditions.condenserEnteringC();
    }

    /** The decision's running chillers at its supply set-point and this condenser water, in problem order. */
    private List<ChillerPowerModel> running(SlotDecision decision, double condenserC) {
        List<ChillerPowerModel> running = new ArrayList<>();
        for (int i = 0; i < problem.chillers().size(); i++) {
            if (decision.runs(i)) {
                running.add(problem.chillers().get(i).model().at(decision.setpointC(), condenserC));
            }
        }
        return running;
    }

    /**
     * How the towers run for the decision (null when the condenser water is a given or no chiller runs): they hold its
     * set-point, or leave the water warmer at full speed; the chillers' power at each trial water comes from the same
     * split as the slot's. The water must keep every running chiller's minimum entering temperature and every running
     * cell's water inside its limits.
     */
    private TowerOperation towers(SlotConditions conditions, SlotDecision decision, Split split, String where, List<String> violations) {
        if (!problem.plansTowers() || decision.mask() == 0 || conditions.loadKw() <= 0) {
            return null;
        }
        CondenserWaterPlant plant = problem.condenser();
        double setpoint = Double.isNaN(decision.condenserSetpointC()) ? plant.conventionalSetpointC() : decision.condenserSetpointC();
        TowerOperation towers = TowerOperation.settle(plant, conditions.weather().wetBulbC(), conditions.loadKw(), decision.mask(),
                decision.towerCells(), setpoint, water -> chillerKwAt(decision, water, conditions.loadKw(), split));
        int strictest = plant.strictestChiller(decision.mask());
        double minimum = plant.minEnteringC().get(strictest);
        if (towers.condenserC() < minimum - 1e-6) {
            violations.add(where + ": condenser water " + fmt(towers.condenserC()) + " °C is below chiller " + problem.chillers().get(strictest).id()
                    + "'s minimum entering " + fmt(minimum) + " °C (condenser limits)");
        }
        double flow = plant.flowM3s(decision.mask());
        double perCell = flow / towers.cells();
        if (perCell < plant.towers().minCellWaterFlowM3s() * (1 - 1e-9) || perCell > plant.towers().maxCellWaterFlowM3s() * (1 + 1e-9)
                || towers.cells() > plant.towers().cells()) {
            violations.add(where + ": " + towers.cells() + " tower cells share " + kw(flow * 3600) + " m³/h, outside each cell's "
                    + kw(plant.towers().minCellWaterFlowM3s() * 3600) + ".." + kw(plant.towers().maxCellWaterFlowM3s() * 3600)
                    + " m³/h (tower cell flow)");
        }
        return towers;
    }

    /** The running chillers' power at this condenser water with the slot's split, kW; NaN when they cannot carry the load. */
    private double chillerKwAt(SlotDecision decision, double condenserC, double load, Split split) {
        List<ChillerPowerModel> running = running(decision, condenserC);
        double capacity = running.stream().mapToDouble(ChillerPowerModel::capacityKw).sum();
        double minimum = running.stream().mapToDouble(ChillerPowerModel::minimumLoadKw).sum();
        if (running.isEmpty() || capacity < load) {
            return Double.NaN;
        }
        double[] loads = loads("", load, running, capacity, minimum, split, new ArrayList<>());
        double kw = 0;
        for (int k = 0; k < loads.length; k++) {
            kw += loads[k] > 0 ? running.get(k).powerKw(loads[k]) : 0;
        }
        return kw;
    }

    private void checkSpare(String where, double load, double capacity, double[] capacities, List<String> violations) {
        double usable = problem.rules().usableCapacityKw(capacities);
        int spare = problem.rules().spareUnits();
        double required = problem.rules().requiredKw(load);
        if (load > 0 && (usable < required - 1e-6 || capacities.length <= spare)) {
            violations.add(where + ": running capacity " + kw(capacity) + " kW" + (spare > 0 ? " less the largest " + spare + " unit(s)" : "")
                    + " leaves " + kw(Math.max(0, usable)) + " kW for a load of " + kw(required) + " kW (load with spare capacity)");
        }
    }

    private double[] loads(String where, double load, List<ChillerPowerModel> running, double capacity, double minimum, Split split,
            List<String> violations) {
        double[] loads = new double[running.size()];
        if (running.isEmpty() || load <= 0) {
            if (!running.isEmpty()) {
                violations.add(where + ": chillers run with no load (minimum part load)");
            }
            return loads;
        }
        if (minimum > load + 1e-6) {
            violations.add(where + ": the running chillers' minimum loads add up to " + kw(minimum) + " kW, above the load of " + kw(load)
                    + " kW (minimum part load)");
        }
        if (capacity < load - 1e-6) {
            violations.add(where + ": the running chillers deliver at most " + kw(capacity) + " kW, below the load of " + kw(load) + " kW");
        }
        double target = Math.max(minimum, Math.min(capacity, load));
        if (split == Split.OPTIMAL) {
            return splitter.split(running, target);
        }
        double plr = target / capacity;
        for (int k = 0; k < running.size(); k++) {
            ChillerPowerModel model = running.get(k);
            loads[k] = Math.max(model.minimumLoadKw(), plr * model.capacityKw());
        }
        return loads;
    }

    private double pairedPumps(String where, SlotDecision decision, List<PumpState> pumps, List<String> violations) {
        double kw = 0;
        for (int i = 0; i < problem.chillers().size(); i++) {
            PlannedChiller chiller = problem.chillers().get(i);
            for (PairedPump pump : chiller.pairedPumps()) {
                boolean on = decision.pairedPumpsOn().contains(pump.id());
                if (on != decision.runs(i)) {
                    violations.add(where + ": pump " + pump.id() + " is " + (on ? "on" : "off") + " while chiller " + chiller.id() + " is "
                            + (decision.runs(i) ? "on" : "off") + " (pump-chiller pairing)");
                }
                pumps.add(new PumpState(pump.id(), on, on ? 1 : 0, on ? pump.powerKw() : 0));
                kw += on ? pump.powerKw() : 0;
            }
        }
        return kw;
    }

    private double secondaryPumps(String where, double load, SlotDecision decision, List<PumpState> pumps, List<String> violations) {
        double kw = 0;
        int[] counts = decision.pumpCounts();
        for (int z = 0; z < problem.zones().size(); z++) {
            SecondaryZone zone = problem.zones().get(z);
            double zoneLoad = load * zone.loadShare();
            int count = counts[z];
            SecondaryPumpDuty duty = count > 0 ? zone.duty(zoneLoad, decision.setpointC(), count) : null;
            if (zoneLoad > 0 && (duty == null || !duty.feasible())) {
                violations.add(where + ": zone " + zone.id() + ": " + (duty == null ? "no secondary pump runs for " + kw(zoneLoad) + " kW of load"
                        : duty.infeasibleReason()) + " (secondary pump flow)");
            }
            boolean ok = duty != null && duty.feasible();
            for (int p = 0; p < zone.pumpIds().size(); p++) {
                boolean on = p < count;
                double each = on && ok ? duty.powerKw() / count : 0;
                pumps.add(new PumpState(zone.pumpIds().get(p), on, on && ok ? duty.speedFraction() : 0, each));
                kw += each;
            }
        }
        return kw;
    }

    private void checkTiming(RunHistory history, int slots, List<String> violations) {
        PlanRules rules = problem.rules();
        for (int i = 0; i < problem.chillers().size(); i++) {
            String id = problem.chillers().get(i).id();
            for (int s = 0; s < slots; s++) {
                if (!history.switched(i, s)) {
                    continue;
                }
                int ended = history.endedLength(i, s);
                if (history.started(i, s) && ended < rules.minStopSlots()) {
                    violations.add(label(s) + ": chiller " + id + " restarts after " + ended + " slot(s) off, minimum "
                            + rules.minStopSlots() + " (minimum stop time)");
                }
                if (!history.started(i, s) && ended < rules.minRunSlots()) {
                    violations.add(label(s) + ": chiller " + id + " stops after " + ended + " slot(s) running, minimum "
                            + rules.minRunSlots() + " (minimum run time)");
                }
                if (history.started(i, s) && rules.maxStartsPerDay() > 0 && history.startsToday(i, s) > rules.maxStartsPerDay()) {
                    violations.add(label(s) + ": chiller " + id + " makes start " + history.startsToday(i, s) + ", maximum "
                            + rules.maxStartsPerDay() + " a day (maximum starts per day)");
                }
            }
        }
    }

    private PlanTotals totals(List<PlannedSlot> slots, RunHistory history, int slotCount) {
        double hours = problem.slotHours();
        double energy = 0;
        double chillerEnergy = 0;
        double pumpEnergy = 0;
        double towerEnergy = 0;
        double cost = 0;
        double carbon = 0;
        for (PlannedSlot slot : slots) {
            energy += slot.powerKw() * hours;
            chillerEnergy += slot.chillerPowerKw() * hours;
            pumpEnergy += slot.pumpPowerKw() * hours;
            towerEnergy += slot.towerPowerKw() * hours;
            cost += slot.costCny();
            carbon += slot.carbonKg();
        }
        int starts = 0;
        for (int i = 0; i < problem.chillers().size(); i++) {
            for (int s = 0; s < slotCount; s++) {
                starts += history.started(i, s) ? 1 : 0;
            }
        }
        double objective = problem.objective().costWeight() * cost + problem.objective().carbonWeight() * carbon
                + starts * problem.rules().startCost();
        return new PlanTotals(energy, chillerEnergy, pumpEnergy, cost, carbon, starts, objective, towerEnergy);
    }

    LocalDateTime start(int s) {
        return problem.start() == null ? null : problem.start().plusMinutes((long) s * problem.slotMinutes());
    }

    String label(int s) {
        LocalDateTime start = start(s);
        int minutes = s * problem.slotMinutes();
        String time = start != null ? start.toLocalTime().toString() : String.format(Locale.ROOT, "%02d:%02d", minutes / 60 % 24, minutes % 60);
        return "slot " + s + " (" + time + ")";
    }

    static String kw(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
