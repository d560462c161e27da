package io.wardwatt.sim.energy;

import io.wardwatt.sim.control.RemoteCommands;
import io.wardwatt.sim.metering.Totalizer;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The battery kept for emergency lighting and lifts at night. It is held at least 85 % charged (the reserve)
 * and makes a small daily cycle: it discharges 100 kW in the evening peak tariff hours (18:00-21:00) down to
 * the reserve and charges 100 kW from midnight to 06:00 until full. Charge and discharge each lose 5 %.
 * Power is positive when discharging (the site file's convention). A written power set-point {@code KW_SP}
 * (+ discharge, − charge, at most 500 kW) replaces the daily cycle while it holds, within the same limits:
 * never below the reserve, never above full. The set-point register reads the set-point in force (the written one
 * while it holds, else the daily cycle's), as a converter's does; the power it makes is {@link #powerKw()}.
 */
public final class Battery {

    static final double RESERVE_FRACTION = 0.85;
    static final double CYCLE_KW = 100.0;
    static final double ONE_WAY_EFFICIENCY = 0.95;
    static final double MAX_KW = 500.0;
    public static final String POWER_SETPOINT = "KW_SP";

    /** Modes as the battery controller reports them. */
    public static final int STANDBY = 0;
    public static final int CHARGING = 1;
    public static final int DISCHARGING = 2;
    public static final int RESERVE_HELD = 3;

    private final double capacityKwh;
    private final ZoneId zone;
    private final Totalizer charged;
    private final Totalizer discharged;
    private final RemoteCommands commands;
    private double storedKwh;
    private double powerKw;
    private double setpointKw;
    private int mode = STANDBY;

    public Battery(double capacityKwh, ZoneId zone, RemoteCommands commands, double initialChargedKwh, double initialDischargedKwh) {
        this.commands = commands;
        this.capacityKwh = capacityKwh;
        this.zone = zone;
        this.storedKwh = capacityKwh;
        this.charged = new Totalizer(initialChargedKwh);
        this.discharged = new Totalizer(initialDischargedKwh);
    }

    public void step(Instant now, double seconds) {
        commands.expire(now);
        int hour = now.atZone(zone).getHour();
        double wanted = hour >= 18 && hour < 21 ? CYCLE_KW : hour < 6 ? -CYCLE_KW : 0;
        wanted = Math.max(-MAX_KW, Math.min(MAX_KW, commands.valueOr(POWER_SETPOINT, wanted, now)));
        setpointKw = wanted;
        // A zero-length step (the start) still sets the power: the limits are judged over one second.
        double hours = Math.max(seconds, 1.0) / 3600.0;
        if (wanted > 0) {
            double available = Math.max(0, (storedKwh - RESERVE_FRACTION * capacityKwh) * ONE_WAY_EFFICIENCY);
            powerKw = Math.min(wanted, available / hours);
            storedKwh -= powerKw * seconds / 3600.0 / ONE_WAY_EFFICIENCY;
            discharged.add(powerKw, seconds);
            mode = powerKw > 0 ? DISCHARGING : RESERVE_HELD;
        } else if (wanted < 0) {
            double room = Math.max(0, (capacityKwh - storedKwh) / ONE_WAY_EFFICIENCY);
            double charging = Math.min(-wanted, room / hours);
            storedKwh += charging * seconds / 3600.0 * ONE_WAY_EFFICIENCY;
            charged.add(charging, seconds);
            powerKw = -charging;
            mode = charging > 0 ? CHARGING : STANDBY;
        } else {
            powerKw = 0;
            mode = STANDBY;
        }
    }

    public int mode() {
        return mode;
    }

    public RemoteCommands commands() {
        return commands;
    }

    /** The power set-point in force (written or the daily cycle's), + discharge, − charge, kW. */
    public double setpointKw() {
        return setpointKw;
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
