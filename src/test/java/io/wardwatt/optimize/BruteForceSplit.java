package io.wardwatt.optimize;

import java.util.List;

/**
 * Exhaustive search the solver is checked against: every chiller off or on a grid of its running range, the last
 * running chiller taking exactly what is left (so the balance is exact) if that lies in its range. An upper bound
 * on the true optimum that tightens as the grid gets finer.
 */
final class BruteForceSplit {

    private final List<PlrCubic> chillers;
    private final int gridPoints;
    private final double loadKw;
    private double best = Double.POSITIVE_INFINITY;

    private BruteForceSplit(List<PlrCubic> chillers, int gridPoints, double loadKw) {
        this.chillers = chillers;
        this.gridPoints = gridPoints;
        this.loadKw = loadKw;
    }

    /** The least total kW found, or +∞ when no grid point meets the load. */
    static double minimumKw(List<PlrCubic> chillers, int gridPoints, double loadKw) {
        BruteForceSplit search = new BruteForceSplit(chillers, gridPoints, loadKw);
        search.visit(0, 0, 0);
        return search.best;
    }

    private void visit(int index, double assignedKw, double powerKw) {
        double remaining = loadKw - assignedKw;
        if (index == chillers.size() - 1) {
            PlrCubic last = chillers.get(index);
            if (Math.abs(remaining) <= 1e-9 * loadKw) {
                best = Math.min(best, powerKw);
            }
            if (remaining >= last.minimumLoadKw() - 1e-9 && remaining <= last.capacityKw() + 1e-9) {
                best = Math.min(best, powerKw + last.powerKw(remaining));
            }
            return;
        }
        visit(index + 1, assignedKw, powerKw);
        PlrCubic chiller = chillers.get(index);
        double lo = chiller.minimumLoadKw();
        double hi = chiller.capacityKw();
        for (int g = 0; g < gridPoints; g++) {
            double load = lo + (hi - lo) * g / (gridPoints - 1);
            if (load > remaining + 1e-9) {
                break;
            }
            visit(index + 1, assignedKw + load, powerKw + chiller.powerKw(load));
        }
        if (index == chillers.size() - 2) {
            // Also the points where the last chiller sits exactly at a bound (off the grid of this one).
            PlrCubic last = chillers.get(index + 1);
            for (double load : new double[] {remaining - last.minimumLoadKw(), remaining - last.capacityKw(), remaining}) {
                if (load >= lo && load <= hi) {
                    visit(index + 1, assignedKw + load, powerKw + chiller.powerKw(load));
                }
            }
        }
    }
}
