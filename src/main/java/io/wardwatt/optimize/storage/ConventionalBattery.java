package io.wardwatt.optimize.storage;

import io.wardwatt.plant.BatteryDefinition;
import io.wardwatt.plant.BatteryTimetable;
import io.wardwatt.plant.ClockWindow;
import io.wardwatt.plant.EmergencyReserve;
import java.util.Locale;

/**
 * The battery as a building management system runs it without a plan: the plant file's timetable, charging at its
 * fixed power in the charge window and discharging in the discharge window (in proportion to the part of each slot
 * the window covers), cut short where it would go past full, below the battery's minimum, or, inside the reserve
 * window, below the reserve. Without a timetable the battery stands by. It does not look at prices or the load: that
 * is what makes it the conventional baseline.
 */
public final class ConventionalBattery {

    private ConventionalBattery() {
    }

    public static BatterySchedule run(BatteryDefinition battery, EmergencyReserve reserve, StorageDay day, double startKwh) {
        BatteryTimetable timetable = battery.conventionalTimetable();
        double[] floors = ReserveFloors.floorKwh(battery, reserve, day);
        double hours = day.slotHours();
        double[] kw = new double[day.slots()];
        double[] stored = new double[day.slots() + 1];
        stored[0] = startKwh;
        String problem = startKwh < floors[0] - 1e-6 ? below(day, 0, startKwh, floors[0]) : null;
        for (int s = 0; s < day.slots(); s++) {
            double energy = stored[s];
            double wanted = 0;
            if (timetable != null) {
                double minute = day.boundaryMinuteOfDay(s);
                wanted = timetable.dischargeKw() * timetable.discharge().overlapMinutes(minute, day.slotMinutes()) / day.slotMinutes()
                        - timetable.chargeKw() * timetable.charge().overlapMinutes(minute, day.slotMinutes()) / day.slotMinutes();
            }
            if (wanted > 0) {
                double available = Math.max(0, energy - floors[s + 1]);
                kw[s] = Math.min(wanted, available * battery.dischargeEfficiency() / hours);
                stored[s + 1] = energy - kw[s] * hours / battery.dischargeEfficiency();
            } else if (wanted < 0) {
                double room = Math.max(0, battery.capacityKwh() - energy);
                double charging = Math.min(-wanted, room / battery.chargeEfficiency() / hours);
                kw[s] = -charging;
                stored[s + 1] = energy + charging * hours * battery.chargeEfficiency();
            } else {
                stored[s + 1] = energy;
            }
            if (problem == null && stored[s + 1] < floors[s + 1] - 1e-6) {
                problem = below(day, s + 1, stored[s + 1], floors[s + 1]);
            }
        }
        return new BatterySchedule(kw, stored, problem == null, problem, Double.POSITIVE_INFINITY);
    }

    private static String below(StorageDay day, int boundary, double storedKwh, double floorKwh) {
        return String.format(Locale.ROOT, "battery reserve not held at %s: %.0f kWh stored, %.0f kWh needed",
                ClockWindow.clock(day.boundaryMinuteOfDay(boundary)), storedKwh, floorKwh);
    }
}
