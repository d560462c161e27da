package io.wardwatt.control;

/** What a commanded point does to the plant; decides which guards look at it. */
public enum CommandKind {
    /** A chiller's ENABLE coil: 1 run, 0 stop. Minimum run and stop times apply. */
    CHILLER_ENABLE,
    /** A chiller's chilled-water supply set-point (CHWST_SP), °C. Rate limit and critical-zone limits apply. */
    SUPPLY_SETPOINT,
    /** A pump's ENABLE coil. */
    PUMP_ENABLE,
    /** A pump's speed set-point (SPEED_SP), %. */
    PUMP_SPEED,
    /**
     * A battery's power set-point (KW_SP), kW, + discharge, − charge. The template's range limits it; no rate limit:
     * its converter follows a step within seconds, and its own controller keeps the charge within the reserve and full.
     */
    BATTERY_POWER
}
