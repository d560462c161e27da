package io.wardwatt.optimize.solver;

import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.InitialChillerState;
import io.wardwatt.optimize.PairedPump;
import io.wardwatt.optimize.PlannedChiller;
import io.wardwatt.optimize.SlotTable;
import io.wardwatt.optimize.domain.ChillerCommitment;
import io.wardwatt.optimize.domain.ChillerUnit;
import io.wardwatt.optimize.domain.PlanSlot;
import io.wardwatt.optimize.domain.PlantPlan;
import io.wardwatt.optimize.domain.PumpCommitment;
import io.wardwatt.optimize.domain.PumpZone;
import io.wardwatt.optimize.domain.SetpointChoice;
import io.wardwatt.optimize.domain.SupplySetpoint;
import java.util.ArrayList;
import java.util.List;

/** Builds OptaPlanner's view of a day from the problem, its slot table and a starting decision per slot. */
public final class PlantPlanFactory {

    private PlantPlanFactory() {
    }

    /**
     * @param masks running set per slot
     * @param setpointIndexes set-point index per slot
     * @param pumpCounts running secondary pumps per slot and zone
     */
    public static PlantPlan create(SlotTable table, int[] masks, int[] setpointIndexes, int[][] pumpCounts) {
        DayProblem problem = table.problem();
        List<PlanSlot> slots = new ArrayList<>();
        for (int s = 0; s < problem.slots().size(); s++) {
            slots.add(new PlanSlot(s));
        }
        List<ChillerUnit> units = units(problem);
        List<SupplySetpoint> setpoints = new ArrayList<>();
        for (int v = 0; v < table.setpointCount(); v++) {
            setpoints.add(new SupplySetpoint(v, table.setpointC(v)));
        }
        List<PumpZone> zones = new ArrayList<>();
        for (int z = 0; z < problem.zones().size(); z++) {
            zones.add(new PumpZone(z, problem.zones().get(z).id()));
        }
        List<ChillerCommitment> chillers = new ArrayList<>();
        List<PumpCommitment> pumps = new ArrayList<>();
        List<SetpointChoice> choices = new ArrayList<>();
        for (PlanSlot slot : slots) {
            int s = slot.index();
            for (ChillerUnit unit : units) {
                boolean on = (masks[s] & unit.bit()) != 0;
                chillers.add(new ChillerCommitment(unit, slot, on));
                for (PairedPump pump : problem.chillers().get(unit.index()).pairedPumps()) {
                    pumps.add(PumpCommitment.paired(pump.id(), slot, unit, pump.powerKw(), on));
                }
            }
            for (PumpZone zone : zones) {
                List<String> ids = problem.zones().get(zone.index()).pumpIds();
                for (int p = 0; p < ids.size(); p++) {
                    pumps.add(PumpCommitment.secondary(ids.get(p), slot, zone, p < pumpCounts[s][zone.index()]));
                }
            }
            choices.add(new SetpointChoice(slot, table, setpoints.get(setpointIndexes[s])));
        }
        return new PlantPlan(table, units, slots, zones, setpoints, chillers, pumps, choices);
    }

    static List<ChillerUnit> units(DayProblem problem) {
        List<ChillerUnit> units = new ArrayList<>();
        var rules = problem.rules();
        for (int i = 0; i < problem.chillers().size(); i++) {
            PlannedChiller chiller = problem.chillers().get(i);
            InitialChillerState initial = problem.initialStateOf(i);
            int mustRun = initial.on() ? Math.max(0, rules.minRunSlots() - initial.slotsInState()) : 0;
            int mustStay = initial.on() ? 0 : Math.max(0, rules.minStopSlots() - initial.slotsInState());
            units.add(new ChillerUnit(i, chiller.id(), rules.minRunSlots(), rules.minStopSlots(), rules.maxStartsPerDay(), initial.on(),
                    initial.startsSoFar(), mustRun, mustStay));
        }
        return units;
    }
}
