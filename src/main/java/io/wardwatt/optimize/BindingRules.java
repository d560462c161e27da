package io.wardwatt.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * Names, per slot, the rules that held the plan away from that slot's own cheapest choice or that sit at their
 * limit: an engineer reads them to see what the plan pays for (an N+1 chiller, a run kept for its minimum run
 * time, a set-point capped for dehumidification or by a critical zone, condenser water held up by a chiller's
 * minimum entering temperature or by tower fans already at full speed).
 */
final class BindingRules {

    private final DayProblem problem;
    private final SlotTable table;

    BindingRules(DayProblem problem, SlotTable table) {
        this.problem = problem;
        this.table = table;
    }

    List<PlannedSlot> annotate(List<PlannedSlot> slots, List<SlotDecision> decisions) {
        RunHistory history = new RunHistory(problem, decisions.stream().map(SlotDecision::mask).toList());
        List<PlannedSlot> annotated = new ArrayList<>();
        for (int s = 0; s < slots.size(); s++) {
            PlannedSlot slot = slots.get(s);
            annotated.add(slot.withBinding(binding(s, slot, decisions.get(s), history)));
        }
        return annotated;
    }

    private List<String> binding(int s, PlannedSlot slot, SlotDecision decision, RunHistory history) {
        List<String> binding = new ArrayList<>();
        SlotTable.SlotChoice own = table.relaxedOptimum(s);
        PlanRules rules = problem.rules();
        if (spareBinds(s, decision, condenserC(s, slot))) {
            binding.add(rules.spareUnits() > 0 ? "spare capacity (N+" + rules.spareUnits() + ")" : "spare capacity");
        }
        for (int i = 0; i < problem.chillers().size(); i++) {
            String id = problem.chillers().get(i).id();
            boolean onInOwn = own != null && (own.mask() & (1 << i)) != 0;
            if (decision.runs(i) && !onInOwn && history.inState(i, s) <= rules.minRunSlots()) {
                binding.add("minimum run time " + id);
            } else if (!decision.runs(i) && onInOwn && history.inState(i, s) <= rules.minStopSlots()) {
                binding.add("minimum stop time " + id);
            } else if (!decision.runs(i) && onInOwn && rules.maxStartsPerDay() > 0 && history.startsToday(i, s) >= rules.maxStartsPerDay()) {
                binding.add("maximum starts " + id);
            }
        }
        for (int i = 0; i < problem.chillers().size(); i++) {
            ChillerDispatch chiller = slot.chillers().get(i);
            if (!chiller.on()) {
                continue;
            }
            ChillerPowerModel model = problem.chillers().get(i).model().at(slot.supplySetpointC(), condenserC(s, slot));
            if (chiller.loadKw() <= model.minimumLoadKw() * (1 + 1e-6)) {
                binding.add("minimum part load " + chiller.id());
            } else if (chiller.loadKw() >= model.capacityKw() * (1 - 1e-6)) {
                binding.add("full capacity " + chiller.id());
            }
        }
        SlotConditions conditions = problem.slots().get(s);
        List<Double> setpoints = rules.supplySetpointsC();
        if (atSlotsHighestSetpoint(s, decision) && setpoints.get(setpoints.size() - 1) > conditions.maxSupplyC() + 1e-9) {
            // A warmer set-point the plant offers is above this slot's limit: dehumidification set it, or the scenario.
            double dehumidification = conditions.dehumidificationMaxSupplyC();
            binding.add(!Double.isNaN(dehumidification) && dehumidification <= conditions.maxSupplyC() + 1e-9
                    ? String.format(java.util.Locale.ROOT, "dehumidification (dew point %.1f °C)", conditions.weather().dewPointC())
                    : "set-point upper limit");
        }
        if (rules.supplyCap() != null && decision.setpointC() >= setpoints.get(setpoints.size() - 1) - 1e-9) {
            // At the highest set-point offered: the critical zones' limit took the warmer ones away.
            binding.add(rules.supplyCap().rule());
        }
        if (decision.setpointC() <= conditions.minSupplyC() + 1e-9 && setpoints.get(0) < conditions.minSupplyC() - 1e-9) {
            binding.add("set-point lower limit");
        }
        condenserBinding(s, decision).ifPresent(binding::add);
        for (int z = 0; z < problem.zones().size(); z++) {
            SecondaryZone zone = problem.zones().get(z);
            double speed = slot.pumps().stream().filter(p -> zone.pumpIds().contains(p.id())).mapToDouble(PumpState::speedFraction).max().orElse(0);
            if (decision.pumpCounts()[z] == zone.pumpIds().size() && speed >= 0.999) {
                binding.add("zone " + zone.id() + " pumps at full speed");
            }
        }
        return binding;
    }

    /**
     * The limit the towers' choice sits at, from the table: the condenser water held at a running chiller's minimum
     * entering temperature, or the fans at full speed on every usable cell (the coldest water reachable).
     */
    private java.util.Optional<String> condenserBinding(int s, SlotDecision decision) {
        if (!problem.plansTowers() || decision.mask() == 0) {
            return java.util.Optional.empty();
        }
        int v = rulesSetpointIndex(decision.setpointC());
        if (v < 0) {
            return java.util.Optional.empty();
        }
        int bound = table.condenserBinding(s, v, decision.mask());
        if (bound == CondenserWaterSlot.FULL_SPEED) {
            return java.util.Optional.of("tower cells at full speed");
        }
        return bound >= 0 ? java.util.Optional.of("minimum condenser-entering " + problem.chillers().get(bound).id()) : java.util.Optional.empty();
    }

    /** The index of a set-point among the table's, or -1. */
    private int rulesSetpointIndex(double setpointC) {
        for (int v = 0; v < table.setpointCount(); v++) {
            if (Math.abs(table.setpointC(v) - setpointC) < 1e-9) {
                return v;
            }
        }
        return -1;
    }

    /** Whether the decision's set-point is the warmest this slot allows of those the plant offers. */
    private boolean atSlotsHighestSetpoint(int s, SlotDecision decision) {
        for (int v = table.setpointCount() - 1; v >= 0; v--) {
            if (table.setpointAllowed(s, v)) {
                return decision.setpointC() >= table.setpointC(v) - 1e-9;
            }
        }
        return false;
    }

    /** The condenser water the slot's chillers see: the plan's (towers) or the scenario's. */
    private double condenserC(int s, PlannedSlot slot) {
        if (slot.condenserSetpointC() != null) {
            return slot.condenserSetpointC();
        }
        return problem.plansTowers() ? problem.condenser().conventionalSetpointC() : problem.slots().get(s).condenserEnteringC();
    }

    /** Some running chiller could go if not for the spare rule: the set without it carries the load but not the spare. */
    private boolean spareBinds(int s, SlotDecision decision, double condenserC) {
        if (problem.rules().spareUnits() == 0 && problem.rules().spareFraction() == 0) {
            return false;
        }
        SlotConditions conditions = problem.slots().get(s);
        for (int i = 0; i < problem.chillers().size(); i++) {
            if (!decision.runs(i)) {
                continue;
            }
            double capacity = 0;
            double minimum = 0;
            for (int j = 0; j < problem.chillers().size(); j++) {
                if (j != i && decision.runs(j)) {
                    ChillerPowerModel model = problem.chillers().get(j).model().at(decision.setpointC(), condenserC);
                    capacity += model.capacityKw();
                    minimum += model.minimumLoadKw();
                }
            }
            if (capacity >= conditions.loadKw() && minimum <= conditions.loadKw() && capacity > 0) {
                return true;
            }
        }
        return false;
    }
}
