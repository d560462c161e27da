package io.wardwatt.control;

import java.time.Instant;
import java.util.Objects;

/**
 * A value commanded at one priority level, valid until {@code expiresAt} (exclusive) unless renewed. Every command
 * expires: a plan's command lasts its slot, an override the time the engineer gave it.
 *
 * @param source who commanded it (a plan id and slot, an engineer's login), for the audit log and events
 */
public record Command(CommandPriority priority, double value, Instant expiresAt, String source) {

    public Command {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(expiresAt, "expiresAt: every command expires");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a commanded value must be finite, got " + value);
        }
    }

    public boolean activeAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
