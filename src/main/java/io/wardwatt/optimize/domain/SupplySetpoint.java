package io.wardwatt.optimize.domain;

/** One of the chilled-water supply set-points the planner may choose, °C. */
public record SupplySetpoint(int index, double celsius) {
}
