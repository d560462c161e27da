package io.wardwatt.sim.plant;

import io.wardwatt.plant.ChillerCurveSet;
import io.wardwatt.plant.ChillerOperatingPoint;
import io.wardwatt.sim.control.RemoteCommands;
import io.wardwatt.sim.metering.Totalizer;
import java.time.Instant;

/**
 * One chiller and its controller: runs when the plant's staging starts it and it is enabled; holds its
 * leaving chilled-water set-point while its capacity allows; its power comes from its DOE-2 curves.
 * Remote commands: {@code ENABLE} (0/1), {@code CHWST_SP} (°C, limited to 5-12 °C as the controller's
 * own limits do) and {@code DEMAND_LIMIT} (% of rated load, 40-100: caps the load it takes).
 */
public final class SimulatedChiller {

    public static final String ENABLE = "ENABLE";
    public static final String SETPOINT = "CHWST_SP";
    public static final String DEMAND_LIMIT = "DEMAND_LIMIT";
    public static final double LOCAL_SETPOINT_C = 7.0;
    static final double MIN_SETPOINT_C = 5.0;
    static final double MAX_SETPOINT_C = 12.0;
    static final double WATER_KJ_PER_M3K = 4.186 * 998.0;

    private final String code;
    private final ChillerCurveSet model;
    private final RemoteCommands commands;
    private final Totalizer electricity;
    private final Totalizer cooling;
    private final Totalizer runHours;
    private final Totalizer starts;
    private boolean running;
    private Instant changedAt = Instant.MIN;
    private ChillerOperatingPoint point = new ChillerOperatingPoint(0, 0, 0, 0, 0);
    private double supplyC = LOCAL_SETPOINT_C;
    private double returnC = LOCAL_SETPOINT_C;
    private double condenserEnteringC = 25;
    private double condenserLeavingC = 25;
    private double evaporatorFlowM3s;

    public SimulatedChiller(String code, ChillerCurveSet model, RemoteCommands commands, ChillerHistory history) {
        this.code = code;
        this.model = model;
        this.commands = commands;
        this.electricity = new Totalizer(history.electricityKwh());
        this.cooling = new Totalizer(history.coolingKwh());
        this.runHours = new Totalizer(history.runHours());
        this.starts = new Totalizer(history.starts());
    }

    public String code() {
        return code;
    }

    public ChillerCurveSet model() {
        return model;
    }

    public RemoteCommands commands() {
        return commands;
    }

    public boolean enabled(Instant now) {
        return commands.valueOr(ENABLE, 1, now) >= 0.5;
    }

    public double setpointC(Instant now) {
        double value = commands.valueOr(SETPOINT, LOCAL_SETPOINT_C, now);
        return Math.max(MIN_SETPOINT_C, Math.min(MAX_SETPOINT_C, value));
    }

    /** The load cap as a fraction of available capacity: the written demand limit, else 100 %. */
    public double demandLimitFraction(Instant now) {
        return Math.max(0.4, Math.min(1.0, commands.valueOr(DEMAND_LIMIT, 100, now) / 100.0));
    }

    public boolean running() {
        return running;
    }

    public Instant changedAt() {
        return changedAt;
    }

    void start(Instant now) {
        if (!running) {
            running = true;
            changedAt = now;
            starts.increment();
        }
    }

    void stop(Instant now) {
        if (running) {
            running = false;
            changedAt = now;
            point = new ChillerOperatingPoint(0, point.availableCapacityKw(), 0, 0, 0);
        }
    }

    /**
     * Runs the chiller for one step at a load share. The leaving water stays at the set-point unless the load
     * exceeds what the chiller can give, then it rises by the unmet part over the evaporator flow.
     */
    void operate(double requestedKw, double setpointC, double condenserEnteringC, double evaporatorFlowM3s,
            double condenserFlowM3s, double returnWhenOffC, double demandLimitFraction) {
        this.condenserEnteringC = condenserEnteringC;
        this.evaporatorFlowM3s = evaporatorFlowM3s;
        if (!running) {
            supplyC = returnWhenOffC;
            returnC = returnWhenOffC;
            condenserLeavingC = condenserEnteringC;
            return;
        }
        double cap = model.availableCapacityKw(setpointC, condenserEnteringC) * demandLimitFraction;
        ChillerOperatingPoint capped = model.operate(Math.min(requestedKw, cap), setpointC, condenserEnteringC);
        point = new ChillerOperatingPoint(capped.loadKw(), capped.availableCapacityKw(), capped.partLoadRatio(), capped.electricPowerKw(),
                Math.max(0, requestedKw - capped.loadKw()));
        double flowCapacity = Math.max(evaporatorFlowM3s, 1e-6) * WATER_KJ_PER_M3K;
        supplyC = setpointC + point.unmetKw() / flowCapacity;
        returnC = supplyC + (point.loadKw() + point.unmetKw()) / flowCapacity;
        condenserLeavingC = condenserEnteringC + point.heatRejectedKw() / (Math.max(condenserFlowM3s, 1e-6) * WATER_KJ_PER_M3K);
    }

    void integrate(double seconds) {
        electricity.add(point.electricPowerKw(), seconds);
        cooling.add(point.loadKw(), seconds);
        runHours.add(running ? 1 : 0, seconds);
    }

    /** The most this chiller can deliver now at the set-point and this condenser temperature (demand limit included). */
    public double maximumLoadKw(double setpointC, double condenserEnteringC, Instant now) {
        return Math.min(model.maximumLoadKw(setpointC, condenserEnteringC),
                model.availableCapacityKw(setpointC, condenserEnteringC) * demandLimitFraction(now));
    }

    /** Compressor load as the controller shows it: power over full-load power at the rating point, %. */
    public double loadPercent() {
        return 100.0 * point.electricPowerKw() / (model.reference().capacityKw() / model.reference().cop());
    }

    public ChillerOperatingPoint point() {
        return point;
    }

    public double supplyC() {
        return supplyC;
    }

    public double returnC() {
        return returnC;
    }

    public double condenserEnteringC() {
        return condenserEnteringC;
    }

    public double condenserLeavingC() {
        return condenserLeavingC;
    }

    public double evaporatorFlowM3s() {
        return evaporatorFlowM3s;
    }

    public double electricityKwh() {
        return electricity.total();
    }

    public double coolingKwh() {
        return cooling.total();
    }

    public double runHours() {
        return runHours.total();
    }

    public double starts() {
        return starts.total();
    }
}
