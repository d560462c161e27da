package io.wardwatt.optimize;

/**
 * A lower bound on the best possible objective and how far the plan is from it: no plan can do better than
 * {@code objective}, so the plan is at most {@code gapPercent} worse than the optimum.
 */
public record PlanBound(String method, double objective, double gapPercent) {
}
