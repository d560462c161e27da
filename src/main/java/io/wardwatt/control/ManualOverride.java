package io.wardwatt.control;

import java.time.Instant;
import java.util.UUID;

/**
 * An engineer's manual override of one commanded point: a value at a level above the plan's (8, or 1 in an
 * emergency) from {@code startsAt} until {@code expiresAt}, unless released before.
 */
public record ManualOverride(UUID id, CommandedPoint point, CommandPriority priority, double value, Instant startsAt, Instant expiresAt,
        String createdBy, String comment, Instant releasedAt, String releasedBy) {

    public boolean activeAt(Instant now) {
        return releasedAt == null && !now.isBefore(startsAt) && now.isBefore(expiresAt);
    }

    public Command command() {
        return new Command(priority, value, expiresAt, "override " + id + " by " + createdBy);
    }
}
