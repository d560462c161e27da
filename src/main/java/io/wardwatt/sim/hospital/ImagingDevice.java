package io.wardwatt.sim.hospital;

import io.wardwatt.sim.metering.Totalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An imaging device through its day: in scheduled hours each exam slot has a patient with a probability that
 * follows the clinics' busyness (a seeded hash of the slot, so runs repeat); a booked slot scans first and is
 * idle while the patient changes; an empty slot is idle. Outside scheduled hours the device is in standby, or
 * idle with rare emergency scans for an emergency unit.
 */
public final class ImagingDevice {

    /** States as the device reports them (0 would be off: these devices are never switched off). */
    public static final int STANDBY = 1;
    public static final int IDLE = 2;
    public static final int SCANNING = 3;

    private final ImagingSpec spec;
    private final OutpatientVisits visits;
    private final ZoneId zone;
    private final long seed;
    private final Totalizer energy;
    private int state = STANDBY;
    private double powerKw;

    public ImagingDevice(ImagingSpec spec, OutpatientVisits visits, ZoneId zone, long seed, double initialKwh) {
        this.spec = spec;
        this.visits = visits;
        this.zone = zone;
        this.seed = seed;
        this.energy = new Totalizer(initialKwh);
    }

    public int stateAt(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        double hour = local.toLocalTime().toSecondOfDay() / 3600.0;
        long slot = Math.floorDiv(now.getEpochSecond(), spec.examMinutes() * 60L);
        double intoSlot = (now.getEpochSecond() - slot * spec.examMinutes() * 60L) / (spec.examMinutes() * 60.0);
        boolean scheduled = hour >= spec.firstHour() && hour < spec.lastHour();
        double chance;
        if (scheduled) {
            // Booked exams run all day (fewer at weekends); walk-ins and inpatient requests follow the clinics.
            chance = spec.utilisation() * Math.min(1, visits.dayFactor(local.toLocalDate()))
                    * (0.55 + 0.45 * Math.min(1, visits.busyness(now)));
        } else if (spec.emergency()) {
            chance = 0.15;
        } else {
            return STANDBY;
        }
        boolean booked = unitHash(slot) < chance;
        if (booked && intoSlot < spec.scanShare()) {
            return SCANNING;
        }
        return IDLE;
    }

    public double powerKw(int state) {
        return switch (state) {
            case SCANNING -> spec.scanKw();
            case IDLE -> spec.idleKw();
            default -> spec.actualStandbyKw();
        };
    }

    public void step(Instant now, double seconds) {
        state = stateAt(now);
        powerKw = powerKw(state);
        energy.add(powerKw, seconds);
    }

    public ImagingSpec spec() {
        return spec;
    }

    public int state() {
        return state;
    }

    public double powerKw() {
        return powerKw;
    }

    public double energyKwh() {
        return energy.total();
    }

    private double unitHash(long slot) {
        long z = seed ^ (spec.code().hashCode() * 0x9E3779B97F4A7C15L) ^ (slot * 0xD1B54A32D192ED03L);
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        z = z ^ (z >>> 33);
        return (z >>> 11) * 0x1.0p-53;
    }
}
