package io.wardwatt.optimize.domain;

/** A time slot of the horizon, a planning fact; its conditions are in the slot table. */
public record PlanSlot(int index) {
}
