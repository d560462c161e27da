package io.wardwatt.optimize;

import java.util.List;

/**
 * The exact split of a load among running chillers whose power curves are convex polynomials over their running
 * range: at the optimum every chiller not at a bound runs at the same marginal cost λ (the KKT conditions, the
 * "equal incremental cost" rule of economic dispatch). λ is found by bisection, each chiller's load at a given λ
 * by inverting its increasing marginal cost. Convexity is checked, not assumed: {@link #split} returns null for a
 * set it cannot solve this way, and the caller falls back to the general search.
 */
final class MarginalCostSplit {

    private static final int LAMBDA_ITERATIONS = 200;
    private static final int LOAD_ITERATIONS = 100;

    private MarginalCostSplit() {
    }

    /** Loads per chiller with {@code Σ = loadKw}, or null when some curve is not a convex polynomial on its range. */
    static double[] split(List<ChillerPowerModel> running, double[] lo, double[] hi, double loadKw) {
        int n = running.size();
        double[][] polynomials = new double[n][];
        double lambdaLow = Double.POSITIVE_INFINITY;
        double lambdaHigh = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double[] p = running.get(i).powerPolynomial();
            if (p == null || curvature(p, lo[i]) < 0 || curvature(p, hi[i]) < 0) {
                return null;
            }
            polynomials[i] = p;
            lambdaLow = Math.min(lambdaLow, marginal(p, lo[i]));
            lambdaHigh = Math.max(lambdaHigh, marginal(p, hi[i]));
        }
        double[] atLow = new double[n];
        double[] atHigh = new double[n];
        for (int iteration = 0; iteration < LAMBDA_ITERATIONS && lambdaHigh - lambdaLow > 1e-15 * Math.max(1, Math.abs(lambdaHigh)); iteration++) {
            double lambda = 0.5 * (lambdaLow + lambdaHigh);
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += loadAt(polynomials[i], lo[i], hi[i], lambda);
            }
            if (total < loadKw) {
                lambdaLow = lambda;
            } else {
                lambdaHigh = lambda;
            }
        }
        double low = 0;
        double high = 0;
        for (int i = 0; i < n; i++) {
            atLow[i] = loadAt(polynomials[i], lo[i], hi[i], lambdaLow);
            atHigh[i] = Math.max(atLow[i], loadAt(polynomials[i], lo[i], hi[i], lambdaHigh));
            low += atLow[i];
            high += atHigh[i];
        }
        // Between the two bracketing λ the loads move from atLow to atHigh; the share that balances exactly is
        // spread over the chillers at the margin (with a flat marginal cost any spread is equally cheap).
        double fraction = high > low ? Math.max(0, Math.min(1, (loadKw - low) / (high - low))) : 0;
        double[] loads = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            loads[i] = atLow[i] + fraction * (atHigh[i] - atLow[i]);
            sum += loads[i];
        }
        absorbRounding(loads, lo, hi, loadKw - sum);
        return loads;
    }

    private static void absorbRounding(double[] loads, double[] lo, double[] hi, double residual) {
        for (int i = 0; i < loads.length && residual != 0; i++) {
            double moved = Math.max(lo[i] - loads[i], Math.min(hi[i] - loads[i], residual));
            loads[i] += moved;
            residual -= moved;
        }
    }

    /** The load at which this chiller's marginal cost is λ, clamped to its running range. */
    private static double loadAt(double[] p, double lo, double hi, double lambda) {
        if (marginal(p, lo) >= lambda) {
            return lo;
        }
        if (marginal(p, hi) <= lambda) {
            return hi;
        }
        if (p[3] == 0 && p[2] > 0) {
            return Math.max(lo, Math.min(hi, (lambda - p[1]) / (2 * p[2])));
        }
        double a = lo;
        double b = hi;
        for (int k = 0; k < LOAD_ITERATIONS && b - a > 1e-12 * Math.max(1, b); k++) {
            double mid = 0.5 * (a + b);
            if (marginal(p, mid) < lambda) {
                a = mid;
            } else {
                b = mid;
            }
        }
        return 0.5 * (a + b);
    }

    private static double marginal(double[] p, double x) {
        return p[1] + x * (2 * p[2] + 3 * p[3] * x);
    }

    private static double curvature(double[] p, double x) {
        return 2 * p[2] + 6 * p[3] * x;
    }
}
