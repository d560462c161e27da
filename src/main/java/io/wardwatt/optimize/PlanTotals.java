package io.wardwatt.optimize;

/**
 * Sums over a plan's slots; {@code objective} is what the planner minimises (weighted cost and carbon plus start costs).
 *
 * @param energyKwh chillers, pumps and tower fans
 * @param towerEnergyKwh the tower fans alone (0 without towers)
 */
public record PlanTotals(double energyKwh, double chillerEnergyKwh, double pumpEnergyKwh, double costCny, double carbonKg, int starts,
        double objective, double towerEnergyKwh) {

    /** Totals of a plan without towers. */
    public PlanTotals(double energyKwh, double chillerEnergyKwh, double pumpEnergyKwh, double costCny, double carbonKg, int starts,
            double objective) {
        this(energyKwh, chillerEnergyKwh, pumpEnergyKwh, costCny, carbonKg, starts, objective, 0);
    }
}
