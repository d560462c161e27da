package io.wardwatt.sim.plant;

import io.wardwatt.plant.PumpCurve;
import io.wardwatt.plant.PumpOperatingPoint;
import io.wardwatt.plant.SystemCurve;
import io.wardwatt.plant.VariableSpeedPump;
import io.wardwatt.plant.Water;
import io.wardwatt.sim.control.RemoteCommands;
import io.wardwatt.sim.metering.Totalizer;
import java.time.Instant;

/**
 * One pump with a variable-speed drive on its own loop (a system curve through the origin: the two-way valves and
 * the bypass keep the loop's resistance as designed, so flow follows speed and the affinity laws hold exactly).
 * Its controller decides whether it runs and at what speed; remote commands {@code ENABLE} (0/1) and
 * {@code SPEED_SP} (% of design speed, 30-100) override that while they hold.
 */
public final class PlantPump {

    public static final String ENABLE = "ENABLE";
    public static final String SPEED_SETPOINT = "SPEED_SP";
    static final double MIN_SPEED = 0.30;
    static final double MOTOR_DRIVE_EFFICIENCY = 0.90;
    private static final PumpOperatingPoint STOPPED = new PumpOperatingPoint(0, 0, 0, 0);

    private final String code;
    private final VariableSpeedPump pump;
    private final SystemCurve loop;
    private final RemoteCommands commands;
    private final Totalizer electricity;
    private final Totalizer runHours;
    private final Totalizer starts;
    private PumpOperatingPoint point = STOPPED;
    private boolean running;

    public PlantPump(String code, VariableSpeedPump pump, SystemCurve loop, RemoteCommands commands, double initialKwh, double initialRunHours) {
        this.code = code;
        this.pump = pump;
        this.loop = loop;
        this.commands = commands;
        this.electricity = new Totalizer(initialKwh);
        this.runHours = new Totalizer(initialRunHours);
        this.starts = new Totalizer(Math.floor(initialRunHours / 40));
    }

    /**
     * A pump with a representative curve whose best point is the loop's design point, at the given wire-to-water
     * efficiency there (pump efficiency × motor and drive {@value #MOTOR_DRIVE_EFFICIENCY}).
     */
    public static PlantPump sized(String code, double designFlowM3s, double designHeadM, double wireToWaterEfficiency, RemoteCommands commands,
            double initialKwh, double initialRunHours) {
        double headKpa = designHeadM * Water.KPA_PER_METRE;
        PumpCurve curve = PumpCurve.representative(designFlowM3s, headKpa, wireToWaterEfficiency / MOTOR_DRIVE_EFFICIENCY);
        return new PlantPump(code, new VariableSpeedPump(curve, MIN_SPEED, 1.0, MOTOR_DRIVE_EFFICIENCY),
                SystemCurve.throughOrigin(designFlowM3s, headKpa), commands, initialKwh, initialRunHours);
    }

    public String code() {
        return code;
    }

    public VariableSpeedPump pump() {
        return pump;
    }

    /** Where it runs at full speed on its loop. */
    public PumpOperatingPoint ratedPoint() {
        return pump.onSystem(loop, 1.0);
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
            point = STOPPED;
            return;
        }
        double speed = commands.valueOr(SPEED_SETPOINT, controllerSpeed * 100, now) / 100.0;
        point = pump.onSystem(loop, Math.max(MIN_SPEED, Math.min(1, speed)));
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
