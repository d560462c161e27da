package io.wardwatt.sim.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How to run the simulated hospital (from {@link SimConfig} in the service, from arguments in the {@code sim}
 * command).
 *
 * @param devicesFile which devices to serve, on which ports, with which templates
 * @param templateDirs directories of templates besides the shipped ones
 * @param chillerModels directory of the chiller model files
 * @param weatherFile an EPW file to read the weather from, or null for the synthetic Shanghai climate
 * @param seed makes the synthetic weather, exam bookings and measurement noise repeat
 * @param speed simulated seconds per real second
 * @param start the simulated instant at start-up, or null for now
 * @param commandHold how long written commands hold without a heartbeat
 * @param update how often, in simulated time, the simulation advances and the register images are refreshed
 * @param counterFile where the counter registers are kept across restarts, or null to start them afresh
 */
public record SimulatorOptions(Path devicesFile, List<Path> templateDirs, Path chillerModels, Path weatherFile, long seed, double speed,
        Instant start, Duration commandHold, Duration update, Path counterFile) {

    public static final Path DEFAULT_DEVICES = Path.of("deploy/demo/devices.yaml");
    public static final Path DEFAULT_CHILLER_MODELS = Path.of("chiller-models/chillers");

    public SimulatorOptions {
        templateDirs = List.copyOf(templateDirs);
    }

    /** The real interval between updates: the simulated one over the speed factor, at least 50 ms. */
    public Duration realUpdate() {
        return Duration.ofNanos(Math.max(50_000_000L, (long) (update.toNanos() / speed)));
    }
}
