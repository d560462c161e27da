package io.wardwatt.optimize;

import java.util.List;

/**
 * The least-power split of a load among chillers that all run: minimise {@code Σ fᵢ(xᵢ)} with {@code Σ xᵢ = load}
 * and {@code minᵢ ≤ xᵢ ≤ capᵢ}. The curves may be non-convex (a cubic can bend either way), so a local method
 * alone can stop in the wrong valley. First a dynamic programme over a grid of the load above the minimums finds
 * the best grid point globally (every grid point keeps the balance exact); then pairwise exchanges polish it: for
 * each pair, the load moved from one chiller to the other is chosen by a dense scan of the whole feasible
 * interval followed by golden-section search, which keeps the balance exact and never makes the total worse.
 * Sets of convex polynomial curves (every EnergyPlus data set of the demo plant) skip both and are solved by
 * {@link MarginalCostSplit} directly, which is exact and a hundred times faster.
 */
final class RunningSetSplit {

    private static final int SCAN_POINTS = 48;
    private static final int MAX_PASSES = 500;
    private static final double PHI = (Math.sqrt(5) - 1) / 2;

    private final int gridSteps;

    RunningSetSplit(int gridSteps) {
        if (gridSteps < 1) {
            throw new IllegalArgumentException("grid steps must be at least 1, got " + gridSteps);
        }
        this.gridSteps = gridSteps;
    }

    /** Loads per chiller, kW; the caller has checked {@code Σ min ≤ load ≤ Σ cap}. */
    double[] split(List<ChillerPowerModel> running, double loadKw) {
        int n = running.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        double residual = loadKw;
        for (int i = 0; i < n; i++) {
            lo[i] = running.get(i).minimumLoadKw();
            hi[i] = running.get(i).capacityKw();
            residual -= lo[i];
        }
        residual = Math.max(0, residual);
        double[] convex = MarginalCostSplit.split(running, lo, hi, loadKw);
        if (convex != null) {
            return convex;
        }
        double[] loads = gridOptimum(running, lo, hi, residual);
        if (loads == null) {
            loads = proportional(lo, hi, residual);
        }
        polish(running, loads, lo, hi);
        return loads;
    }

    /** The dynamic programme: residual load in gridSteps equal steps, each step given to one chiller. */
    private double[] gridOptimum(List<ChillerPowerModel> running, double[] lo, double[] hi, double residual) {
        int n = running.size();
        int steps = residual > 0 ? gridSteps : 0;
        double step = steps > 0 ? residual / steps : 0;
        double[] best = new double[steps + 1];
        int[][] choice = new int[n][steps + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            int maxSteps = step > 0 ? (int) Math.min(steps, Math.floor((hi[i] - lo[i]) / step + 1e-9)) : 0;
            double[] cost = new double[maxSteps + 1];
            for (int k = 0; k <= maxSteps; k++) {
                cost[k] = running.get(i).powerKw(Math.min(hi[i], lo[i] + k * step));
            }
            double[] next = new double[steps + 1];
            java.util.Arrays.fill(next, Double.POSITIVE_INFINITY);
            for (int total = 0; total <= steps; total++) {
                for (int k = 0; k <= Math.min(maxSteps, total); k++) {
                    double candidate = best[total - k] + cost[k];
                    if (candidate < next[total]) {
                        next[total] = candidate;
                        choice[i][total] = k;
                    }
                }
            }
            best = next;
        }
        if (Double.isInfinite(best[steps])) {
            return null;
        }
        double[] loads = new double[n];
        int remaining = steps;
        for (int i = n - 1; i >= 0; i--) {
            int k = choice[i][remaining];
            loads[i] = Math.min(hi[i], lo[i] + k * step);
            remaining -= k;
        }
        return loads;
    }

    /** A feasible start when the grid cannot hit the load exactly (the residual fills every chiller to the same fraction). */
    private static double[] proportional(double[] lo, double[] hi, double residual) {
        double span = 0;
        for (int i = 0; i < lo.length; i++) {
            span += hi[i] - lo[i];
        }
        double fraction = span > 0 ? Math.min(1, residual / span) : 0;
        double[] loads = new double[lo.length];
        for (int i = 0; i < lo.length; i++) {
            loads[i] = lo[i] + fraction * (hi[i] - lo[i]);
        }
        return loads;
    }

    private static void polish(List<ChillerPowerModel> running, double[] loads, double[] lo, double[] hi) {
        int n = loads.length;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean improved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    improved |= exchange(running.get(i), running.get(j), loads, i, j, lo, hi);
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    /** Moves the best amount t from chiller j to chiller i (t may be negative); true when the total fell. */
    private static boolean exchange(ChillerPowerModel first, ChillerPowerModel second, double[] loads, int i, int j, double[] lo, double[] hi) {
        double tMin = Math.max(lo[i] - loads[i], loads[j] - hi[j]);
        double tMax = Math.min(hi[i] - loads[i], loads[j] - lo[j]);
        if (!(tMax > tMin)) {
            return false;
        }
        double xi = loads[i];
        double xj = loads[j];
        java.util.function.DoubleUnaryOperator pair = t -> first.powerKw(clamp(xi + t, lo[i], hi[i])) + second.powerKw(clamp(xj - t, lo[j], hi[j]));
        double current = pair.applyAsDouble(0);
        double bestT = 0;
        double bestValue = current;
        double width = (tMax - tMin) / SCAN_POINTS;
        for (int s = 0; s <= SCAN_POINTS; s++) {
            double t = s == SCAN_POINTS ? tMax : tMin + s * width;
            double value = pair.applyAsDouble(t);
            if (value < bestValue) {
                bestValue = value;
                bestT = t;
            }
        }
        double a = Math.max(tMin, bestT - width);
        double b = Math.min(tMax, bestT + width);
        double c = b - PHI * (b - a);
        double d = a + PHI * (b - a);
        double fc = pair.applyAsDouble(c);
        double fd = pair.applyAsDouble(d);
        while (b - a > 1e-9 * Math.max(1, Math.abs(xi) + Math.abs(xj))) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - PHI * (b - a);
                fc = pair.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + PHI * (b - a);
                fd = pair.applyAsDouble(d);
            }
        }
        double t = (a + b) / 2;
        double value = pair.applyAsDouble(t);
        if (value < bestValue) {
            bestValue = value;
            bestT = t;
        }
        if (bestValue < current - 1e-12 * Math.max(1, Math.abs(current))) {
            loads[i] = clamp(xi + bestT, lo[i], hi[i]);
            loads[j] = xi + xj - loads[i];
            return true;
        }
        return false;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
