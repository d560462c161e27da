package io.wardwatt.sim.energy;

import io.wardwatt.sim.metering.Totalizer;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The battery kept for emergency lighting and lifts at night. It is held at least 85 % charged (the reserve)
 * and makes a small daily cycle: it discharges 100 kW in the evening peak tariff hours (18:00-21:00) down to
 * the reserve and charges 100 kW from midnight to 06:00 until full. Charge and discharge each lose 5 %.
 * Power is positive when discharging (the site file's convention).
 */
public final class Battery {

    static final double RESERVE_FRACTION = 0.85;
    static final double CYCLE_KW = 100.0;
    static final double ONE_WAY_EFFICIENCY = 0.95;

    private final double capacityKwh;
    private final ZoneId zone;
    private final Totalizer charged;
    private final Totalizer discharged;
    private double storedKwh;
    private double powerKw;

    public Battery(double capacityKwh, ZoneId zone, double initialChargedKwh, double initialDischargedKwh) {
        this.capacityKwh = capacityKwh;
        this.zone = zone;
        this.storedKwh = capacityKwh;
        this.charged = new Totalizer(initialChargedKwh);
        this.discharged = new Totalizer(initialDischargedKwh);
    }

    public void step(Instant now, double seconds) {
        int hour = now.atZone(zone).getHour();
        // A zero-length step (the start) still sets the power: the rate limits are judged over one second.
        double hours = Math.max(seconds, 1.0) / 3600.0;
        powerKw = 0;
        if (hour >= 18 && hour < 21) {
            double available = (storedKwh - RESERVE_FRACTION * capacityKwh) * ONE_WAY_EFFICIENCY;
            powerKw = Math.max(0, Math.min(CYCLE_KW, available / hours));
            storedKwh -= powerKw * seconds / 3600.0 / ONE_WAY_EFFICIENCY;
            discharged.add(powerKw, seconds);
        } else if (hour < 6) {
            double room = (capacityKwh - storedKwh) / ONE_WAY_EFFICIENCY;
            double charging = Math.max(0, Math.min(CYCLE_KW, room / hours));
            storedKwh += charging * seconds / 3600.0 * ONE_WAY_EFFICIENCY;
            charged.add(charging, seconds);
            powerKw = -charging;
        }
    }

    /** + discharging, − charging, kW. */
    public double powerKw() {
        return powerKw;
    }

    public double stateOfChargePercent() {
        return 100.0 * storedKwh / capacityKwh;
    }

    public double chargedKwh() {
        return charged.total();
    }

    public double dischargedKwh() {
        return discharged.total();
    }
}
