package io.wardwatt.optimize.solver;

import io.wardwatt.optimize.SlotTable;
import io.wardwatt.optimize.domain.ChillerCommitment;
import io.wardwatt.optimize.domain.PlanningDecision;
import io.wardwatt.optimize.domain.PlantPlan;
import io.wardwatt.optimize.domain.PumpCommitment;
import io.wardwatt.optimize.domain.SetpointChoice;
import io.wardwatt.optimize.domain.SupplySetpoint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * The planner's neighbourhood, drawn at random:
 * <ul>
 *   <li>switch a chiller on or off for a block of slots, with its paired pumps (a whole run at a time);</li>
 *   <li>move the start or the end of one of a chiller's runs by a few slots;</li>
 *   <li>hand a block of slots over from a running chiller to a stopped one;</li>
 *   <li>copy the neighbouring slot's running set onto a block (merges short runs);</li>
 *   <li>change the supply set-point of a block of slots, with each zone's best pump count for it;</li>
 *   <li>run one more or one fewer secondary pump in a zone for a block of slots.</li>
 * </ul>
 */
public class PlantMoveFactory implements MoveIteratorFactory<PlantPlan, AssignMove> {

    @Override
    public long getSize(ScoreDirector<PlantPlan> scoreDirector) {
        PlantPlan plan = scoreDirector.getWorkingSolution();
        return (long) plan.chillerCommitments().size() * 8 + plan.setpointChoices().size() * 4L + plan.pumpCommitments().size();
    }

    @Override
    public Iterator<AssignMove> createOriginalMoveIterator(ScoreDirector<PlantPlan> scoreDirector) {
        throw new UnsupportedOperationException("the plant moves are drawn at random only");
    }

    /** The working solution's index, kept across steps: moves change variables, never which entities exist. */
    private PlanIndex index;

    @Override
    public Iterator<AssignMove> createRandomMoveIterator(ScoreDirector<PlantPlan> scoreDirector, Random random) {
        PlantPlan working = scoreDirector.getWorkingSolution();
        if (index == null || index.plan != working) {
            index = new PlanIndex(working);
        }
        PlanIndex index = this.index;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public AssignMove next() {
                return draw(index, random);
            }
        };
    }

    private static AssignMove draw(PlanIndex index, Random random) {
        int roll = random.nextInt(100);
        if (roll < 30 || index.setpoints() == 1 && index.zones() == 0 && roll < 60) {
            return block(index, random);
        } else if (roll < 50) {
            return shiftBoundary(index, random);
        } else if (roll < 62) {
            return handOver(index, random);
        } else if (roll < 72) {
            return copyNeighbour(index, random);
        } else if (roll < 88 && index.setpoints() > 1) {
            return setpoint(index, random);
        } else if (index.zones() > 0) {
            return pumps(index, random);
        }
        return block(index, random);
    }

    private static AssignMove block(PlanIndex index, Random random) {
        int unit = random.nextInt(index.units());
        int from = random.nextInt(index.slots());
        int length = 1 + random.nextInt(index.maxBlock());
        boolean on = !index.chiller(unit, from).isOn();
        return chillerBlock("block", index, unit, from, Math.min(index.slots(), from + length), on);
    }

    private static AssignMove shiftBoundary(PlanIndex index, Random random) {
        int unit = random.nextInt(index.units());
        List<Integer> boundaries = new ArrayList<>();
        for (int s = 1; s < index.slots(); s++) {
            if (index.chiller(unit, s).isOn() != index.chiller(unit, s - 1).isOn()) {
                boundaries.add(s);
            }
        }
        if (boundaries.isEmpty()) {
            return block(index, random);
        }
        int boundary = boundaries.get(random.nextInt(boundaries.size()));
        int shift = 1 + random.nextInt(index.maxBlock());
        if (random.nextBoolean()) {
            // later: the state before the boundary extends forward over the block
            boolean state = index.chiller(unit, boundary - 1).isOn();
            return chillerBlock("shift", index, unit, boundary, Math.min(index.slots(), boundary + shift), state);
        }
        boolean state = index.chiller(unit, boundary).isOn();
        return chillerBlock("shift", index, unit, Math.max(0, boundary - shift), boundary, state);
    }

    private static AssignMove handOver(PlanIndex index, Random random) {
        int from = random.nextInt(index.slots());
        int to = Math.min(index.slots(), from + 1 + random.nextInt(index.slots()));
        int giver = random.nextInt(index.units());
        int taker = random.nextInt(index.units());
        if (giver == taker) {
            return block(index, random);
        }
        List<PlanningDecision> decisions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int s = from; s < to; s++) {
            if (index.chiller(giver, s).isOn() && !index.chiller(taker, s).isOn()) {
                index.addChiller(decisions, values, giver, s, false);
                index.addChiller(decisions, values, taker, s, true);
            }
        }
        return new AssignMove("hand-over", decisions, values);
    }

    private static AssignMove copyNeighbour(PlanIndex index, Random random) {
        int from = random.nextInt(index.slots());
        int to = Math.min(index.slots(), from + 1 + random.nextInt(index.maxBlock()));
        int source = random.nextBoolean() ? from - 1 : to;
        if (source < 0 || source >= index.slots()) {
            return block(index, random);
        }
        List<PlanningDecision> decisions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int s = from; s < to; s++) {
            for (int unit = 0; unit < index.units(); unit++) {
                index.addChiller(decisions, values, unit, s, index.chiller(unit, source).isOn());
            }
        }
        return new AssignMove("copy-neighbour", decisions, values);
    }

    private static AssignMove setpoint(PlanIndex index, Random random) {
        int from = random.nextInt(index.slots());
        int to = Math.min(index.slots(), from + 1 + random.nextInt(4));
        int current = index.setpointChoice(from).setpointIndex();
        int target = random.nextInt(3) == 0 ? random.nextInt(index.setpoints())
                : Math.max(0, Math.min(index.setpoints() - 1, current + (random.nextBoolean() ? 1 : -1)));
        boolean withPumps = random.nextBoolean();
        List<PlanningDecision> decisions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        SupplySetpoint value = index.setpointValue(target);
        for (int s = from; s < to; s++) {
            decisions.add(index.setpointChoice(s));
            values.add(value);
            if (withPumps) {
                for (int z = 0; z < index.zones(); z++) {
                    int best = index.table().bestPumpCount(z, s, target);
                    if (best >= 0) {
                        index.addZoneCount(decisions, values, z, s, best);
                    }
                }
            }
        }
        return new AssignMove("set-point", decisions, values);
    }

    private static AssignMove pumps(PlanIndex index, Random random) {
        int zone = random.nextInt(index.zones());
        int from = random.nextInt(index.slots());
        int to = Math.min(index.slots(), from + 1 + random.nextInt(4));
        int delta = random.nextBoolean() ? 1 : -1;
        List<PlanningDecision> decisions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int s = from; s < to; s++) {
            int count = index.zoneRunning(zone, s) + delta;
            if (count >= 0 && count <= index.table().maxPumps(zone)) {
                index.addZoneCount(decisions, values, zone, s, count);
            }
        }
        return new AssignMove("pumps", decisions, values);
    }

    private static AssignMove chillerBlock(String kind, PlanIndex index, int unit, int from, int to, boolean on) {
        List<PlanningDecision> decisions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int s = from; s < to; s++) {
            index.addChiller(decisions, values, unit, s, on);
        }
        return new AssignMove(kind, decisions, values);
    }

    /** The working solution's decisions by unit and slot, so that moves are drawn without searching lists. */
    static final class PlanIndex {

        private final PlantPlan plan;
        private final SlotTable table;
        private final ChillerCommitment[][] chillers;
        private final List<List<List<PumpCommitment>>> paired;
        private final List<List<List<PumpCommitment>>> secondary;
        private final SetpointChoice[] setpointChoices;
        private final List<SupplySetpoint> setpointValues;
        private final int maxBlock;

        PlanIndex(PlantPlan plan) {
            this.plan = plan;
            this.table = plan.table();
            int units = plan.units().size();
            int slots = plan.slots().size();
            this.chillers = new ChillerCommitment[units][slots];
            for (ChillerCommitment c : plan.chillerCommitments()) {
                chillers[c.unit().index()][c.slotIndex()] = c;
            }
            this.paired = grid(units, slots);
            this.secondary = grid(plan.zones().size(), slots);
            for (PumpCommitment p : plan.pumpCommitments()) {
                if (p.isPaired()) {
                    paired.get(p.pairedUnit().index()).get(p.slotIndex()).add(p);
                } else if (p.isSecondary()) {
                    secondary.get(p.zone().index()).get(p.slotIndex()).add(p);
                }
            }
            this.setpointChoices = new SetpointChoice[slots];
            for (SetpointChoice choice : plan.setpointChoices()) {
                setpointChoices[choice.slotIndex()] = choice;
            }
            this.setpointValues = plan.setpoints();
            int longestRule = plan.units().stream().mapToInt(u -> Math.max(u.minRunSlots(), u.minStopSlots())).max().orElse(1);
            this.maxBlock = Math.max(4, 2 * longestRule);
        }

        private static List<List<List<PumpCommitment>>> grid(int rows, int slots) {
            List<List<List<PumpCommitment>>> grid = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                List<List<PumpCommitment>> row = new ArrayList<>();
                for (int s = 0; s < slots; s++) {
                    row.add(new ArrayList<>());
                }
                grid.add(row);
            }
            return grid;
        }

        SlotTable table() {
            return table;
        }

        int units() {
            return chillers.length;
        }

        int slots() {
            return setpointChoices.length;
        }

        int zones() {
            return secondary.size();
        }

        int setpoints() {
            return setpointValues.size();
        }

        int maxBlock() {
            return maxBlock;
        }

        ChillerCommitment chiller(int unit, int slot) {
            return chillers[unit][slot];
        }

        SetpointChoice setpointChoice(int slot) {
            return setpointChoices[slot];
        }

        SupplySetpoint setpointValue(int index) {
            return setpointValues.get(index);
        }

        int zoneRunning(int zone, int slot) {
            int running = 0;
            for (PumpCommitment pump : secondary.get(zone).get(slot)) {
                running += pump.runningCount();
            }
            return running;
        }

        void addChiller(List<PlanningDecision> decisions, List<Object> values, int unit, int slot, boolean on) {
            decisions.add(chillers[unit][slot]);
            values.add(on);
            for (PumpCommitment pump : paired.get(unit).get(slot)) {
                decisions.add(pump);
                values.add(on);
            }
        }

        /** The first {@code count} pumps of the zone run, the rest stand by (the pumps of a zone are identical). */
        void addZoneCount(List<PlanningDecision> decisions, List<Object> values, int zone, int slot, int count) {
            List<PumpCommitment> pumps = secondary.get(zone).get(slot);
            for (int p = 0; p < pumps.size(); p++) {
                decisions.add(pumps.get(p));
                values.add(p < count);
            }
        }
    }
}
