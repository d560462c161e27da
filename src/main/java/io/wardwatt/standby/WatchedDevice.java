package io.wardwatt.standby;

/**
 * A device whose standby draw is watched: its code in the site model, its type's standard (or its own, where the
 * unit's data sheet differs from the type's), and the points that give its power and state.
 */
public record WatchedDevice(String device, StandbyStandard standard, double standbyKw, String powerPoint, String statePoint) {
}
