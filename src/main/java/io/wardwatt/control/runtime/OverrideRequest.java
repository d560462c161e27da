package io.wardwatt.control.runtime;

/**
 * An engineer's request to override one point.
 *
 * @param device a chiller or pump of the plant file, or a polled battery
 * @param point ENABLE or CHWST_SP (chillers), ENABLE or SPEED_SP (pumps), KW_SP (batteries)
 * @param value the value, in the point's units (0/1, °C, % of rated speed, kW: + discharge, − charge)
 * @param duration how long it holds, ISO-8601 (PT30M), at most wardwatt.control.override-max
 * @param level operator (8, the default) or emergency (1: not held by minimum run/stop times)
 * @param comment why (required: it is in the audit log and on the plan-against-actual view)
 */
public record OverrideRequest(String device, String point, Double value, String duration, String level, String comment) {
}
