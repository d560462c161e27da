package io.wardwatt.sim.plant;

/** A chiller's registers when the simulation starts (a plant that has run for years, or a saved state). */
public record ChillerHistory(double electricityKwh, double coolingKwh, double runHours, double starts) {
}
