package io.wardwatt.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every slot's exact answers, solved once before the search: for each slot, supply set-point and on/off set of
 * chillers, the least chiller power of the exact load split, how far the set misses the spare-capacity and
 * minimum-part-load rules; for each zone and number of running secondary pumps, their power or flow shortfall.
 * The search then only combines table entries, so its score is the true plant power at every step.
 *
 * <p>Sets are bit masks over the chillers in problem order (bit i = chiller i runs).
 */
public final class SlotTable {

    private final DayProblem problem;
    private final int chillerCount;
    private final int setpointCount;
    private final int maskCount;
    private final double[] setpointsC;
    private final double[] chillerKw;
    private final double[] spareShortfallKw;
    private final double[] minimumExcessKw;
    private final double[] pairedKw;
    private final double[][] zoneKw;
    private final double[][] zoneShortfallM3s;
    private final int[] maxPumps;
    private final double[] weightPerKw;
    private final boolean[][] setpointAllowed;
    /** Per slot and running set, its cheapest set-point and pump counts: computed once in {@link #build}. */
    private final SlotChoice[][] cheapestChoices;

    private SlotTable(DayProblem problem) {
        this.problem = problem;
        this.chillerCount = problem.chillers().size();
        this.setpointsC = problem.rules().supplySetpointsC().stream().mapToDouble(Double::doubleValue).toArray();
        this.setpointCount = setpointsC.length;
        this.maskCount = 1 << chillerCount;
        int slots = problem.slots().size();
        int cells = slots * setpointCount * maskCount;
        this.chillerKw = new double[cells];
        this.spareShortfallKw = new double[cells];
        this.minimumExcessKw = new double[cells];
        this.pairedKw = new double[maskCount];
        for (int mask = 0; mask < maskCount; mask++) {
            for (int i = 0; i < chillerCount; i++) {
                if ((mask & (1 << i)) != 0) {
                    pairedKw[mask] += problem.chillers().get(i).pairedPumpPowerKw();
                }
            }
        }
        int zones = problem.zones().size();
        this.maxPumps = problem.zones().stream().mapToInt(z -> z.pumpIds().size()).toArray();
        this.zoneKw = new double[zones][];
        this.zoneShortfallM3s = new double[zones][];
        for (int z = 0; z < zones; z++) {
            zoneKw[z] = new double[slots * setpointCount * (maxPumps[z] + 1)];
            zoneShortfallM3s[z] = new double[zoneKw[z].length];
        }
        this.weightPerKw = new double[slots];
        this.setpointAllowed = new boolean[slots][setpointCount];
        this.cheapestChoices = new SlotChoice[slots][];
        for (int s = 0; s < slots; s++) {
            SlotConditions slot = problem.slots().get(s);
            weightPerKw[s] = problem.slotHours() * (slot.pricePerKwh() * problem.objective().costWeight()
                    + slot.carbonKgPerKwh() * problem.objective().carbonWeight());
            for (int v = 0; v < setpointCount; v++) {
                setpointAllowed[s][v] = setpointsC[v] >= slot.minSupplyC() - 1e-9 && setpointsC[v] <= slot.maxSupplyC() + 1e-9;
            }
        }
    }

    /** Solves every slot (in parallel over the slots). */
    public static SlotTable build(DayProblem problem) {
        SlotTable table = new SlotTable(problem);
        IntStream.range(0, problem.slots().size()).parallel().forEach(table::fillSlot);
        return table;
    }

    private void fillSlot(int s) {
        SlotConditions slot = problem.slots().get(s);
        RunningSetSplit splitter = new RunningSetSplit(SlotLoadSplit.DEFAULT_GRID_STEPS);
        boolean temperatureFree = problem.chillers().stream().noneMatch(c -> c.model().dependsOnTemperatures());
        for (int v = 0; v < setpointCount; v++) {
            if (temperatureFree && v > 0) {
                int from = index(s, 0, 0);
                int to = index(s, v, 0);
                System.arraycopy(chillerKw, from, chillerKw, to, maskCount);
                System.arraycopy(spareShortfallKw, from, spareShortfallKw, to, maskCount);
                System.arraycopy(minimumExcessKw, from, minimumExcessKw, to, maskCount);
            } else {
                fillChillers(s, v, slot, splitter);
            }
            for (int z = 0; z < problem.zones().size(); z++) {
                SecondaryZone zone = problem.zones().get(z);
                double zoneLoad = slot.loadKw() * zone.loadShare();
                for (int count = 0; count <= maxPumps[z]; count++) {
                    int at = zoneIndex(z, s, v, count);
                    if (zoneLoad <= 0) {
                        zoneKw[z][at] = count == 0 ? 0 : Double.NaN;
                        zoneShortfallM3s[z][at] = 0;
                        if (count > 0) {
                            SecondaryPumpDuty idle = zone.duty(0, setpointsC[v], count);
                            zoneKw[z][at] = idle.feasible() ? idle.powerKw() : 0;
                        }
                        continue;
                    }
                    SecondaryPumpDuty duty = count == 0 ? null : zone.duty(zoneLoad, setpointsC[v], count);
                    if (duty != null && duty.feasible()) {
                        zoneKw[z][at] = duty.powerKw();
                        zoneShortfallM3s[z][at] = 0;
                    } else {
                        zoneKw[z][at] = Double.NaN;
                        SecondaryPumpDuty full = zone.duty(zoneLoad, setpointsC[v], Math.max(1, maxPumps[z]));
                        double flow = duty != null ? duty.flowM3s() : full.flowM3s();
                        zoneShortfallM3s[z][at] = duty != null ? Math.max(duty.shortfallM3s(), 1e-6) : Math.max(flow, 1e-6);
                    }
                }
            }
        }
        cheapestChoices[s] = cheapestChoices(s);
    }

    private void fillChillers(int s, int v, SlotConditions slot, RunningSetSplit splitter) {
        List<ChillerPowerModel> models = new ArrayList<>(chillerCount);
        for (PlannedChiller chiller : problem.chillers()) {
            models.add(chiller.model().at(setpointsC[v], slot.condenserEnteringC()));
        }
        double required = problem.rules().requiredKw(slot.loadKw());
        for (int mask = 0; mask < maskCount; mask++) {
            int at = index(s, v, mask);
            List<ChillerPowerModel> running = new ArrayList<>();
            double minimum = 0;
            double capacity = 0;
            double[] capacities = new double[Integer.bitCount(mask)];
            int k = 0;
            for (int i = 0; i < chillerCount; i++) {
                if ((mask & (1 << i)) != 0) {
                    ChillerPowerModel model = models.get(i);
                    running.add(model);
                    minimum += model.minimumLoadKw();
                    capacity += model.capacityKw();
                    capacities[k++] = model.capacityKw();
                }
            }
            double usable = problem.rules().usableCapacityKw(capacities);
            double shortfall = Math.max(0, Math.max(required - usable, slot.loadKw() - capacity));
            spareShortfallKw[at] = shortfall;
            minimumExcessKw[at] = Math.max(0, minimum - slot.loadKw());
            if (slot.loadKw() <= 0) {
                chillerKw[at] = mask == 0 ? 0 : Double.NaN;
            } else if (shortfall > 0 || minimum > slot.loadKw() || capacity < slot.loadKw()) {
                chillerKw[at] = Double.NaN;
            } else {
                double[] loads = splitter.split(running, slot.loadKw());
                double power = 0;
                for (int r = 0; r < loads.length; r++) {
                    power += running.get(r).powerKw(loads[r]);
                }
                chillerKw[at] = power;
            }
        }
    }

    private int index(int s, int v, int mask) {
        return (s * setpointCount + v) * maskCount + mask;
    }

    private int zoneIndex(int z, int s, int v, int count) {
        return (s * setpointCount + v) * (maxPumps[z] + 1) + count;
    }

    public DayProblem problem() {
        return problem;
    }

    public int slotCount() {
        return problem.slots().size();
    }

    public int chillerCount() {
        return chillerCount;
    }

    public int setpointCount() {
        return setpointCount;
    }

    public double setpointC(int v) {
        return setpointsC[v];
    }

    public boolean setpointAllowed(int s, int v) {
        return setpointAllowed[s][v];
    }

    /** How far a set-point is outside the slot's limits, K (0 inside). */
    public double setpointExcessK(int s, int v) {
        SlotConditions slot = problem.slots().get(s);
        return Math.max(0, Math.max(slot.minSupplyC() - setpointsC[v], setpointsC[v] - slot.maxSupplyC()));
    }

    /** Least chiller power of the set, kW; NaN when the set breaks the spare or minimum-part-load rule. */
    public double chillerKw(int s, int v, int mask) {
        return chillerKw[index(s, v, mask)];
    }

    /** Load (with spare) the set cannot carry, kW. */
    public double spareShortfallKw(int s, int v, int mask) {
        return spareShortfallKw[index(s, v, mask)];
    }

    /** How far the set's minimum loads exceed the load, kW. */
    public double minimumExcessKw(int s, int v, int mask) {
        return minimumExcessKw[index(s, v, mask)];
    }

    /** Power of the pumps paired with the set's chillers, kW. */
    public double pairedKw(int mask) {
        return pairedKw[mask];
    }

    public int zoneCount() {
        return problem.zones().size();
    }

    public int maxPumps(int z) {
        return maxPumps[z];
    }

    /** Power of {@code count} running secondary pumps of zone z, kW; NaN when they cannot carry the flow. */
    public double zoneKw(int z, int s, int v, int count) {
        return zoneKw[z][zoneIndex(z, s, v, count)];
    }

    /** Flow that {@code count} pumps of zone z cannot deliver, m³/s. */
    public double zoneShortfallM3s(int z, int s, int v, int count) {
        return zoneShortfallM3s[z][zoneIndex(z, s, v, count)];
    }

    /** Objective units per kW drawn through slot s (hours × weighted price and carbon). */
    public double weightPerKw(int s) {
        return weightPerKw[s];
    }

    /** The least-power pump count of zone z at set-point v, or -1 when none carries the flow. */
    public int bestPumpCount(int z, int s, int v) {
        int best = -1;
        for (int count = 0; count <= maxPumps[z]; count++) {
            double kw = zoneKw(z, s, v, count);
            if (!Double.isNaN(kw) && (best < 0 || kw < zoneKw(z, s, v, best))) {
                best = count;
            }
        }
        return best;
    }

    /** Objective of a slot's choice, or NaN when it breaks a rule of the slot itself. */
    public double slotObjective(int s, int v, int mask, int[] pumpCounts) {
        double kw = chillerKw(s, v, mask);
        if (Double.isNaN(kw) || !setpointAllowed[s][v]) {
            return Double.NaN;
        }
        kw += pairedKw[mask];
        for (int z = 0; z < pumpCounts.length; z++) {
            double pumps = zoneKw(z, s, v, pumpCounts[z]);
            if (Double.isNaN(pumps)) {
                return Double.NaN;
            }
            kw += pumps;
        }
        return kw * weightPerKw[s];
    }

    /**
     * The slot's own cheapest choice under the slot's rules (load with spare, minimum part load, set-point limits,
     * pumps able to carry the flow), ignoring what happens in other slots: null when no choice keeps them.
     */
    public SlotChoice relaxedOptimum(int s) {
        SlotChoice best = null;
        for (SlotChoice choice : cheapestChoices[s]) {
            if (choice != null && (best == null || choice.objective() < best.objective())) {
                best = choice;
            }
        }
        return best;
    }

    /** The cheapest set (over allowed set-points, pumps at their best) in slot s for every mask: index = mask, NaN infeasible. */
    public double[] bestObjectiveByMask(int s) {
        SlotChoice[] choices = cheapestChoices[s];
        double[] best = new double[maskCount];
        for (int mask = 0; mask < maskCount; mask++) {
            best[mask] = choices[mask] == null ? Double.NaN : choices[mask].objective();
        }
        return best;
    }

    /** For every running set of slot s, its cheapest set-point and pump counts under the slot's rules (null: none keeps them). */
    public SlotChoice[] bestChoiceByMask(int s) {
        return cheapestChoices[s].clone();
    }

    private SlotChoice[] cheapestChoices(int s) {
        SlotChoice[] best = new SlotChoice[maskCount];
        for (int v = 0; v < setpointCount; v++) {
            if (!setpointAllowed[s][v]) {
                continue;
            }
            int[] counts = new int[zoneCount()];
            boolean pumpsOk = true;
            for (int z = 0; z < counts.length; z++) {
                counts[z] = bestPumpCount(z, s, v);
                pumpsOk &= counts[z] >= 0;
            }
            if (!pumpsOk) {
                continue;
            }
            for (int mask = 0; mask < maskCount; mask++) {
                double objective = slotObjective(s, v, mask, counts);
                if (!Double.isNaN(objective) && (best[mask] == null || objective < best[mask].objective())) {
                    best[mask] = new SlotChoice(mask, v, counts.clone(), objective);
                }
            }
        }
        return best;
    }

    /**
     * One slot's decision.
     *
     * @param mask running chillers
     * @param setpoint index into the set-points
     * @param pumpCounts running secondary pumps per zone
     */
    public record SlotChoice(int mask, int setpoint, int[] pumpCounts, double objective) {
    }
}
