package io.wardwatt.optimize;

/**
 * What the planned battery saves against its timetable on the same plant power (positive = the plan costs less):
 * the site with the battery on its timetable minus the site plan, both with the plan's plant.
 */
public record BatteryContribution(String method, double costCny, double carbonKg, double objective) {
}
