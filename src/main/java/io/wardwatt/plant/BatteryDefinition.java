package io.wardwatt.plant;

/**
 * The site battery as the plant file's {@code battery} section gives it. Power is counted at the battery's AC
 * terminals: charging at {@code p} kW for an hour stores {@code p · chargeEfficiency} kWh; delivering {@code p} kW
 * for an hour takes {@code p / dischargeEfficiency} kWh out of it.
 *
 * @param capacityKwh usable energy between empty and full
 * @param chargeEfficiency one way, (0, 1]
 * @param dischargeEfficiency one way, (0, 1]
 * @param minStateOfChargeFraction the battery is never taken below this share of its capacity (its own protection)
 * @param initialStateOfChargeFraction its state at the start of a plan when the scenario does not say
 * @param conventionalTimetable how it is run without a plan (null: it stands by, held for emergencies only)
 */
public record BatteryDefinition(String id, double capacityKwh, double maxChargeKw, double maxDischargeKw, double chargeEfficiency,
        double dischargeEfficiency, double minStateOfChargeFraction, double initialStateOfChargeFraction,
        BatteryTimetable conventionalTimetable) {

    public BatteryDefinition {
        if (!(capacityKwh > 0) || !(maxChargeKw > 0) || !(maxDischargeKw > 0)) {
            throw new IllegalArgumentException("battery " + id + ": capacity and power limits must be above 0");
        }
        if (!(chargeEfficiency > 0 && chargeEfficiency <= 1) || !(dischargeEfficiency > 0 && dischargeEfficiency <= 1)) {
            throw new IllegalArgumentException("battery " + id + ": efficiencies must lie in (0, 1]");
        }
        if (!(minStateOfChargeFraction >= 0 && minStateOfChargeFraction < 1)
                || !(initialStateOfChargeFraction >= minStateOfChargeFraction && initialStateOfChargeFraction <= 1)) {
            throw new IllegalArgumentException("battery " + id + ": 0 ≤ minimum state of charge < 1, minimum ≤ initial ≤ 1");
        }
        if (conventionalTimetable != null && (conventionalTimetable.chargeKw() > maxChargeKw
                || conventionalTimetable.dischargeKw() > maxDischargeKw)) {
            throw new IllegalArgumentException("battery " + id + ": the timetable's powers exceed the battery's limits");
        }
    }

    /** The lowest energy it may hold, kWh. */
    public double minimumKwh() {
        return minStateOfChargeFraction * capacityKwh;
    }

    /** Energy between the minimum and full, kWh. */
    public double usableKwh() {
        return capacityKwh - minimumKwh();
    }
}
