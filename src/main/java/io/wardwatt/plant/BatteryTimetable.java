package io.wardwatt.plant;

/**
 * The battery's conventional daily timetable: charge at a fixed power in one window, discharge at a fixed power in
 * another, as a building management system runs it without a plan (within the battery's limits and the reserve).
 */
public record BatteryTimetable(ClockWindow charge, double chargeKw, ClockWindow discharge, double dischargeKw) {

    public BatteryTimetable {
        if (!(chargeKw >= 0) || !(dischargeKw >= 0)) {
            throw new IllegalArgumentException("timetable powers must be ≥ 0 kW");
        }
    }
}
