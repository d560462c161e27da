package io.wardwatt.optimize.domain;

/** A secondary pump zone as a planning fact. */
public record PumpZone(int index, String id) {
}
