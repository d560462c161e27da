package io.wardwatt.plant;

/** One row of a pump's data sheet at rated speed: flow m³/s, head kPa, pump efficiency 0..1. */
public record PumpCurvePoint(double flowM3s, double headKpa, double efficiency) {
}
