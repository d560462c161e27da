package io.wardwatt.sim.control;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The commands a supervisory system wrote to one device controller. A command holds while it is renewed:
 * writing it, or writing the device's heartbeat register, renews every command of the device; once nothing
 * renews them for longer than the hold time they expire and the controller's own (local) values rule again.
 * This is the watchdog of real plant controllers: if the supervisor dies, the plant falls back to local
 * control instead of keeping the last remote order forever.
 */
public final class RemoteCommands {

    private final Duration hold;
    private final Map<String, Double> values = new HashMap<>();
    private Instant renewedAt = Instant.MIN;

    public RemoteCommands(Duration hold) {
        this.hold = hold;
    }

    public synchronized void write(String point, double value, Instant at) {
        values.put(point, value);
        renewedAt = at;
    }

    public synchronized void heartbeat(Instant at) {
        renewedAt = at;
    }

    /** The written value while it holds, else the local one. */
    public synchronized double valueOr(String point, double local, Instant now) {
        Double written = values.get(point);
        return written != null && holds(now) ? written : local;
    }

    /** True while remote commands are in force. */
    public synchronized boolean active(Instant now) {
        return !values.isEmpty() && holds(now);
    }

    /** Drops expired commands (so that a later heartbeat does not revive them). */
    public synchronized void expire(Instant now) {
        if (!values.isEmpty() && !holds(now)) {
            values.clear();
        }
    }

    private boolean holds(Instant now) {
        return !now.isAfter(renewedAt.plus(hold));
    }
}
