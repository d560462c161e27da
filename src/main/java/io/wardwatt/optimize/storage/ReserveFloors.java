package io.wardwatt.optimize.storage;

import io.wardwatt.plant.BatteryDefinition;
import io.wardwatt.plant.ClockWindow;
import io.wardwatt.plant.EmergencyReserve;

/**
 * The least energy the battery must hold at each slot boundary: its own minimum, plus the emergency reserve at every
 * boundary inside the reserve window. Between boundaries the stored energy moves in a straight line, so holding it
 * at a slot's two ends holds it throughout; where the window opens or closes inside a slot, both of that slot's
 * boundaries must hold it (the straight line's lowest point is at one of them).
 */
public final class ReserveFloors {

    private ReserveFloors() {
    }

    /** The reserve above the battery's minimum at each boundary 0 .. slots, kWh (0 where the window does not reach). */
    public static double[] reserveKwh(BatteryDefinition battery, EmergencyReserve reserve, StorageDay day) {
        double[] held = new double[day.slots() + 1];
        if (reserve == null) {
            return held;
        }
        ClockWindow window = reserve.window();
        double energy = reserve.energyKwh(battery);
        for (int t = 0; t <= day.slots(); t++) {
            if (window.containsClosed(day.boundaryMinuteOfDay(t))) {
                held[t] = energy;
            }
        }
        for (int s = 0; s < day.slots(); s++) {
            if (window.edgeStrictlyInside(day.boundaryMinuteOfDay(s), day.slotMinutes())) {
                held[s] = energy;
                held[s + 1] = energy;
            }
        }
        return held;
    }

    /** The least stored energy at each boundary 0 .. slots, kWh: minimum plus reserve. */
    public static double[] floorKwh(BatteryDefinition battery, EmergencyReserve reserve, StorageDay day) {
        double[] floors = reserveKwh(battery, reserve, day);
        for (int t = 0; t < floors.length; t++) {
            floors[t] += battery.minimumKwh();
        }
        return floors;
    }
}
