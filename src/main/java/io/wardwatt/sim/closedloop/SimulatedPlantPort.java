package io.wardwatt.sim.closedloop;

import io.wardwatt.control.CommandedPoint;
import io.wardwatt.control.PlantPort;
import io.wardwatt.control.PlantUnreachableException;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.sim.SimulatedHospital;
import io.wardwatt.sim.control.RemoteCommands;
import io.wardwatt.sim.plant.PlantPump;
import io.wardwatt.sim.plant.SimulatedChiller;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Dispatch's way to the simulated hospital in-process: a write goes into the device controller's remote commands
 * (as the simulator's Modbus registers put it there) at the hospital's present time, and the read-back is what the
 * controller holds for that point afterwards. The devices are the plant's chillers (ENABLE, CHWST_SP), its primary,
 * condenser and secondary pumps (ENABLE, SPEED_SP) and the battery (KW_SP), by the codes of the demo's devices file.
 */
public final class SimulatedPlantPort implements PlantPort {

    /** The battery's device code in the demo's devices file. */
    public static final String BATTERY = "BESS";

    private static final Map<String, Set<String>> POINTS_OF_KIND = Map.of(
            "chiller", Set.of(SimulatedChiller.ENABLE, SimulatedChiller.SETPOINT),
            "pump", Set.of(PlantPump.ENABLE, PlantPump.SPEED_SETPOINT),
            "battery", Set.of("KW_SP"));

    private final SimulatedHospital hospital;
    private final Map<String, RemoteCommands> commands = new HashMap<>();
    private final Map<String, String> kinds = new HashMap<>();

    public SimulatedPlantPort(SimulatedHospital hospital) {
        this.hospital = hospital;
        for (SimulatedChiller chiller : hospital.plant().chillers()) {
            add(chiller.code(), "chiller", chiller.commands());
        }
        for (PlantPump pump : hospital.plant().allPumps()) {
            add(pump.code(), "pump", pump.commands());
        }
        add(BATTERY, "battery", hospital.battery().commands());
    }

    private void add(String code, String kind, RemoteCommands remote) {
        commands.put(code, remote);
        kinds.put(code, kind);
    }

    @Override
    public WriteResult write(CommandedPoint point, double value) throws PlantUnreachableException {
        RemoteCommands remote = commands.get(point.device());
        if (remote == null) {
            throw new InvalidInputException(point.toString(), "the simulated hospital has no device " + point.device());
        }
        if (!POINTS_OF_KIND.get(kinds.get(point.device())).contains(point.point())) {
            throw new InvalidInputException(point.toString(), "a simulated " + kinds.get(point.device()) + " takes no command " + point.point());
        }
        Instant now = hospital.now();
        remote.write(point.point(), value, now);
        double readBack = remote.valueOr(point.point(), Double.NaN, now);
        return new WriteResult(value, readBack, readBack == value);
    }

    /** The value a device's controller holds for a point now (NaN: none written, or expired). */
    public double held(String device, String point) {
        RemoteCommands remote = commands.get(device);
        return remote == null ? Double.NaN : remote.valueOr(point, Double.NaN, hospital.now());
    }
}
