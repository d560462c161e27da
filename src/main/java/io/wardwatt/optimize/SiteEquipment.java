package io.wardwatt.optimize;

import io.wardwatt.plant.BatteryDefinition;
import io.wardwatt.plant.EmergencyReserve;
import io.wardwatt.plant.PhotovoltaicDefinition;

/** The plant file's site equipment; each may be absent (null). A reserve needs a battery. */
public record SiteEquipment(PhotovoltaicDefinition photovoltaic, BatteryDefinition battery, EmergencyReserve reserve) {

    public SiteEquipment {
        if (reserve != null && battery == null) {
            throw new IllegalArgumentException("an emergency reserve needs a battery to hold it");
        }
        if (reserve != null && reserve.energyKwh(battery) > battery.usableKwh() + 1e-9) {
            throw new IllegalArgumentException("the reserve's " + reserve.energyKwh(battery) + " kWh exceed battery " + battery.id() + "'s usable "
                    + battery.usableKwh() + " kWh");
        }
    }

    public boolean isEmpty() {
        return photovoltaic == null && battery == null;
    }
}
