package io.wardwatt.sim.plant;

import io.wardwatt.plant.AffinityPump;
import io.wardwatt.plant.PumpOperatingPoint;
import io.wardwatt.sim.control.RemoteCommands;
import io.wardwatt.sim.metering.Totalizer;
import java.time.Instant;

/**
 * One pump with a variable-speed drive. Its controller decides whether it runs and at what speed; remote
 * commands {@code ENABLE} (0/1) and {@code SPEED_SP} (% of design speed, 30-100) override that while they hold.
 */
public final class PlantPump {

    public static final String ENABLE = "ENABLE";
    public static final String SPEED_SETPOINT = "SPEED_SP";
    static final double MIN_SPEED = 0.30;

    private final String code;
    private final AffinityPump pump;
    private final RemoteCommands commands;
    private final Totalizer electricity;
    private final Totalizer runHours;
    private final Totalizer starts;
    private PumpOperatingPoint point = new PumpOperatingPoint(0, 0, 0, 0);
    private boolean running;

    public PlantPump(String code, AffinityPump pump, RemoteCommands commands, double initialKwh, double initialRunHours) {
        this.code = code;
        this.pump = pump;
        this.commands = commands;
        this.electricity = new Totalizer(initialKwh);
        this.runHours = new Totalizer(initialRunHours);
        this.starts = new Totalizer(Math.floor(initialRunHours / 40));
    }

    public String code() {
        return code;
    }

    public AffinityPump pump() {
        return pump;
    }

    public RemoteCommands commands() {
        return commands;
    }

    public boolean enabled(Instant now) {
        return commands.valueOr(ENABLE, 1, now) >= 0.5;
    }

    /** Runs at the controller's speed, or the written speed set-point while it holds; stops when told to. */
    void run(boolean run, double controllerSpeed, Instant now) {
        if (run && !running) {
            starts.increment();
        }
        running = run;
        if (!run) {
            point = pump.at(0);
            return;
        }
        double speed = commands.valueOr(SPEED_SETPOINT, controllerSpeed * 100, now) / 100.0;
        point = pump.at(Math.max(MIN_SPEED, Math.min(1, speed)));
    }

    void integrate(double seconds) {
        electricity.add(point.powerKw(), seconds);
        runHours.add(running ? 1 : 0, seconds);
    }

    public boolean running() {
        return running;
    }

    public PumpOperatingPoint point() {
        return point;
    }

    public double electricityKwh() {
        return electricity.total();
    }

    public double runHours() {
        return runHours.total();
    }

    public double starts() {
        return starts.total();
    }
}
