package io.wardwatt.sim.energy;

import io.wardwatt.sim.metering.Totalizer;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Town water: the hospital's domestic use (about 1,300 m³ a day: wards, clinics, kitchen, laundry; low at
 * night, highest in the morning) plus the cooling towers' make-up.
 */
public final class WaterUse {

    private final ZoneId zone;
    private final Totalizer volume;
    private double flowM3PerHour;

    public WaterUse(ZoneId zone, double initialM3) {
        this.zone = zone;
        this.volume = new Totalizer(initialM3);
    }

    public void step(Instant now, double towerMakeUpM3PerHour, double seconds) {
        double hour = now.atZone(zone).toLocalTime().toSecondOfDay() / 3600.0;
        double domestic = 25 + 55 * Math.exp(-0.5 * Math.pow((hour - 9.5) / 2.5, 2)) + 35 * Math.exp(-0.5 * Math.pow((hour - 18.5) / 2.0, 2));
        flowM3PerHour = domestic + towerMakeUpM3PerHour;
        volume.add(flowM3PerHour, seconds);
    }

    public double flowM3PerHour() {
        return flowM3PerHour;
    }

    public double volumeM3() {
        return volume.total();
    }
}
