package io.wardwatt.optimize;

/** A pump in one slot of a plan: on or off, its speed over rated speed, its electric power. */
public record PumpState(String id, boolean on, double speedFraction, double powerKw) {
}
