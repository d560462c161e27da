package io.wardwatt.optimize;

/** What the plan saves against conventional sequencing (positive = the plan uses less). */
public record PlanSaving(double energyKwh, double energyPercent, double costCny, double costPercent, double carbonKg, double objectivePercent) {
}
