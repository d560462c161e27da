package io.wardwatt.sim.history;

import java.util.Objects;

/**
 * A point of the site that the simulator serves: the site point code the poller stores it under
 * ({@code CHW.KWH}), and where the simulation keeps it (device {@code CHW-BTU}, template point {@code KWH}).
 *
 * @param counter a cumulative register (its history must continue into the live value)
 * @param rollover the register's wrap value, or null when it does not wrap
 */
public record HistoryPoint(String pointCode, String device, String name, boolean counter, Double rollover) {

    public HistoryPoint {
        Objects.requireNonNull(pointCode, "pointCode");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(name, "name");
    }
}
