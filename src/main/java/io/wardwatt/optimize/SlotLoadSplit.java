package io.wardwatt.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact least-power load split of one slot. Every on/off set whose range {@code [Σ min, Σ cap]} holds the load
 * is solved by {@link RunningSetSplit}; the cheapest wins. Off chillers draw 0 kW (never their curve's intercept),
 * running ones stay between their minimum load and capacity, and the running loads add up to the load. A load no
 * set can carry is reported infeasible with the reason, never clipped.
 */
public final class SlotLoadSplit {

    /** Grid steps of the dynamic programme per on/off set; the polish makes the result exact beyond the grid. */
    public static final int DEFAULT_GRID_STEPS = 400;
    /** Up to this many chillers (2^n on/off sets are solved). */
    public static final int MAX_CHILLERS = 16;

    private final RunningSetSplit runningSetSplit;

    public SlotLoadSplit() {
        this(DEFAULT_GRID_STEPS);
    }

    public SlotLoadSplit(int gridSteps) {
        this.runningSetSplit = new RunningSetSplit(gridSteps);
    }

    public LoadSplit split(double loadKw, List<? extends ChillerPowerModel> chillers) {
        if (chillers.size() > MAX_CHILLERS) {
            throw new IllegalArgumentException("at most " + MAX_CHILLERS + " chillers per slot, got " + chillers.size());
        }
        if (!(loadKw >= 0) || Double.isInfinite(loadKw)) {
            return LoadSplit.infeasible(loadKw, "load " + loadKw + " kW is not a finite non-negative number");
        }
        int n = chillers.size();
        double tolerance = 1e-9 * Math.max(1, loadKw);
        double totalCapacity = chillers.stream().mapToDouble(ChillerPowerModel::capacityKw).sum();
        if (loadKw > totalCapacity + tolerance) {
            return LoadSplit.infeasible(loadKw, "load " + loadKw + " kW is above the total capacity " + totalCapacity + " kW");
        }
        if (loadKw <= tolerance) {
            return new LoadSplit(true, null, loadKw, 0, chillers.stream().map(c -> ChillerDispatch.off(c.id())).toList());
        }
        double bestTotal = Double.POSITIVE_INFINITY;
        List<ChillerDispatch> best = null;
        for (int mask = 1; mask < (1 << n); mask++) {
            List<ChillerPowerModel> running = new ArrayList<>();
            double minimum = 0;
            double capacity = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    running.add(chillers.get(i));
                    minimum += chillers.get(i).minimumLoadKw();
                    capacity += chillers.get(i).capacityKw();
                }
            }
            if (minimum > loadKw + tolerance || capacity < loadKw - tolerance) {
                continue;
            }
            double[] loads = runningSetSplit.split(running, Math.min(capacity, Math.max(minimum, loadKw)));
            double total = 0;
            for (int k = 0; k < loads.length; k++) {
                total += running.get(k).powerKw(loads[k]);
            }
            if (total < bestTotal) {
                bestTotal = total;
                best = dispatch(chillers, mask, running, loads);
            }
        }
        if (best == null) {
            double smallestMinimum = chillers.stream().mapToDouble(ChillerPowerModel::minimumLoadKw).min().orElse(0);
            String reason = loadKw < smallestMinimum
                    ? "load " + loadKw + " kW is below the smallest minimum load " + smallestMinimum + " kW"
                    : "load " + loadKw + " kW falls between what the on/off sets can carry (no set's minimum-to-capacity range holds it)";
            return LoadSplit.infeasible(loadKw, reason);
        }
        return new LoadSplit(true, null, loadKw, bestTotal, best);
    }

    private static List<ChillerDispatch> dispatch(List<? extends ChillerPowerModel> chillers, int mask, List<ChillerPowerModel> running, double[] loads) {
        List<ChillerDispatch> result = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < chillers.size(); i++) {
            ChillerPowerModel chiller = chillers.get(i);
            if ((mask & (1 << i)) != 0) {
                double load = loads[k];
                result.add(new ChillerDispatch(chiller.id(), true, load / chiller.capacityKw(), load, running.get(k).powerKw(load)));
                k++;
            } else {
                result.add(ChillerDispatch.off(chiller.id()));
            }
        }
        return result;
    }
}
