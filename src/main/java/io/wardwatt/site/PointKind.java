package io.wardwatt.site;

/**
 * An instantaneous value (temperature, kW) is averaged in rollups; a cumulative counter (a kWh register)
 * is stored as read and turned into consumption by deltas that understand rollover and meter replacement.
 */
public enum PointKind {
    VALUE, COUNTER
}
