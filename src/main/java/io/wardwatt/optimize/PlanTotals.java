package io.wardwatt.optimize;

/** Sums over a plan's slots; {@code objective} is what the planner minimises (weighted cost and carbon plus start costs). */
public record PlanTotals(double energyKwh, double chillerEnergyKwh, double pumpEnergyKwh, double costCny, double carbonKg, int starts,
        double objective) {
}
