package io.wardwatt.plant;

/** A pump at one speed: speed fraction, flow m³/s, head kPa, electric power kW. */
public record PumpOperatingPoint(double speedFraction, double flowM3s, double headKpa, double powerKw) {
}
