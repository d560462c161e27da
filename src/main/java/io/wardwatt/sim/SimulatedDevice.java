package io.wardwatt.sim;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One device of the simulated hospital as a controller or meter shows it: engineering values by point name
 * (the names of the device templates) and the points it accepts writes to.
 */
public interface SimulatedDevice {

    /** The site device code, e.g. {@code CH1}. */
    String code();

    /** What the device measures now, by point name, in the template's engineering units. */
    Map<String, Double> values(Instant now);

    /** Point names that accept writes (commands, set-points, the heartbeat). */
    Set<String> writablePoints();

    /**
     * A supervisory write. Commands hold while renewed (see {@link io.wardwatt.sim.control.RemoteCommands}); a
     * write to {@code HEARTBEAT} only renews them.
     *
     * @return false when the point does not accept writes
     */
    boolean write(String point, double value, Instant now);
}
