package io.wardwatt.optimize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plan's own decisions read back from its slots (running chillers, supply set-point, pumps, the towers' set-point and
 * cells), so the plant model can evaluate the plan as operated on another load, e.g. the measured one.
 */
final class AsOperated {

    private AsOperated() {
    }

    static List<SlotDecision> decisions(DayPlan plan, DayProblem problem) {
        List<SlotDecision> decisions = new ArrayList<>();
        for (PlannedSlot slot : plan.slots()) {
            decisions.add(decision(slot, problem));
        }
        return decisions;
    }

    private static SlotDecision decision(PlannedSlot slot, DayProblem problem) {
        Set<String> running = new HashSet<>();
        slot.chillers().stream().filter(ChillerDispatch::on).forEach(c -> running.add(c.id()));
        Set<String> pumpsOn = new HashSet<>();
        slot.pumps().stream().filter(PumpState::on).forEach(p -> pumpsOn.add(p.id()));
        int mask = 0;
        Set<String> paired = new HashSet<>();
        for (int i = 0; i < problem.chillers().size(); i++) {
            PlannedChiller chiller = problem.chillers().get(i);
            if (running.contains(chiller.id())) {
                mask |= 1 << i;
            }
            chiller.pairedPumps().stream().map(PairedPump::id).filter(pumpsOn::contains).forEach(paired::add);
        }
        int[] counts = new int[problem.zones().size()];
        for (int z = 0; z < counts.length; z++) {
            counts[z] = (int) problem.zones().get(z).pumpIds().stream().filter(pumpsOn::contains).count();
        }
        // A plan without towers (or a slot without chillers) has no towers' set-point: the evaluator then takes the given
        // condenser water or the conventional set-point, as the plan did.
        double condenser = problem.plansTowers() && slot.condenserSetpointC() != null ? slot.condenserSetpointC() : Double.NaN;
        return new SlotDecision(mask, slot.supplySetpointC(), counts, paired, condenser, slot.towerCells());
    }
}
