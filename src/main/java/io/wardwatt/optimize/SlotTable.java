package io.wardwatt.optimize;

import java.util.stream.IntStream;

/**
 * Every slot's exact answers, solved once before the search: for each slot, supply set-point and on/off set of
 * chillers, the least chiller power of the exact load split, how far the set misses the spare-capacity and
 * minimum-part-load rules; for each zone and number of running secondary pumps, their power or flow shortfall.
 * When the problem plans its towers, each cell also holds the set's condenser-water decision, solved exactly over
 * the plant file's candidate set-points and the lowest reachable one ({@link CondenserWaterSlot}): the condenser
 * set-point, the tower cells and fan speed, the fans' power and the limit that bound it, with the chillers' power at
 * that condenser water. The search then only combines table entries, so its score is the true plant power at every
 * step, and a bound summed from the table is a true lower bound over these discretised choices.
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
    private final double[] towerKw;
    private final double[] condenserC;
    private final byte[] towerCells;
    private final float[] fanSpeed;
    private final byte[] condenserBinding;
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
        this.towerKw = new double[cells];
        this.condenserC = new double[cells];
        this.towerCells = new byte[cells];
        this.fanSpeed = new float[cells];
        this.condenserBinding = new byte[cells];
        java.util.Arrays.fill(condenserBinding, (byte) CondenserWaterSlot.UNBOUND);
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
                System.arraycopy(towerKw, from, towerKw, to, maskCount);
                System.arraycopy(condenserC, from, condenserC, to, maskCount);
                System.arraycopy(towerCells, from, towerCells, to, maskCount);
                System.arraycopy(fanSpeed, from, fanSpeed, to, maskCount);
                System.arraycopy(condenserBinding, from, condenserBinding, to, maskCount);
            } else if (problem.plansTowers()) {
                fillWithTowers(s, v, slot, splitter);
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

    /** The slot's condenser water is a given: the exact split at it, no towers. */
    private void fillChillers(int s, int v, SlotConditions slot, RunningSetSplit splitter) {
        ChillerPowerModel[] models = RunningSetPower.models(problem, setpointsC[v], slot.condenserEnteringC());
        for (int mask = 0; mask < maskCount; mask++) {
            int at = index(s, v, mask);
            RunningSetPower power = RunningSetPower.of(problem.rules(), slot.loadKw(), models, mask, splitter);
            chillerKw[at] = power.chillerKw();
            spareShortfallKw[at] = power.spareShortfallKw();
            minimumExcessKw[at] = power.minimumExcessKw();
            condenserC[at] = slot.condenserEnteringC();
        }
    }

    /** The towers are planned: each set's condenser water, cells and fans chosen with its split. */
    private void fillWithTowers(int s, int v, SlotConditions slot, RunningSetSplit splitter) {
        CondenserWaterSlot condenser = new CondenserWaterSlot(problem, slot, setpointsC[v], splitter);
        for (int mask = 0; mask < maskCount; mask++) {
            int at = index(s, v, mask);
            CondenserWaterSlot.Choice choice = condenser.choose(mask);
            chillerKw[at] = choice.chillerKw();
            spareShortfallKw[at] = choice.spareShortfallKw();
            minimumExcessKw[at] = choice.minimumExcessKw();
            towerKw[at] = Double.isNaN(choice.towerKw()) ? 0 : choice.towerKw();
            condenserC[at] = choice.condenserC();
            towerCells[at] = (byte) choice.cells();
            fanSpeed[at] = (float) choice.fanSpeed();
            condenserBinding[at] = (byte) choice.binding();
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

    /** Power of the tower fans for the set's condenser-water choice, kW (0 when the towers are not planned or nothing runs). */
    public double towerKw(int s, int v, int mask) {
        return towerKw[index(s, v, mask)];
    }

    /**
     * The condenser water the set's chillers get, °C: the slot's given one, or the towers' chosen set-point (NaN when
     * the set breaks a rule of the slot or nothing runs).
     */
    public double condenserC(int s, int v, int mask) {
        return condenserC[index(s, v, mask)];
    }

    /** Tower cells running for the set (0 when the towers are not planned). */
    public int towerCells(int s, int v, int mask) {
        return towerCells[index(s, v, mask)];
    }

    /** The tower fans' speed while they run, fraction of full speed. */
    public double fanSpeed(int s, int v, int mask) {
        return fanSpeed[index(s, v, mask)];
    }

    /**
     * The limit the set's condenser-water choice sits at: {@link CondenserWaterSlot#FULL_SPEED}, a chiller's index (its
     * minimum condenser-entering water) or {@link CondenserWaterSlot#UNBOUND}.
     */
    public int condenserBinding(int s, int v, int mask) {
        return condenserBinding[index(s, v, mask)];
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
        kw += pairedKw[mask] + towerKw(s, v, mask);
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
