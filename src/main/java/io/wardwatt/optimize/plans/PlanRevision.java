package io.wardwatt.optimize.plans;

import java.time.Instant;
import java.util.UUID;

/**
 * A re-plan of an approved plan's rest of day, as stored.
 *
 * @param planId the approved plan
 * @param number 1, 2, ... in the order the plan was re-planned
 * @param outcome {@code revision} (inside the approved plan's envelope: in force from its first slot) or {@code draft}
 *        (outside it: waits for approval, the approved plan stays in force)
 * @param replanId the re-plan's own plan (kind replan)
 * @param cause {@code load-deviation} or {@code engineer-request}
 * @param causeDetail e.g. {@code measured load 18 % above forecast for 45 min}
 * @param firstSlot the approved plan's index of the first slot it replaces
 * @param replacesFrom the first replaced slot's start
 * @param replacesUntil the plan's end
 * @param episodeFrom when the load deviation it answers began (null for an engineer's request)
 * @param verdict the envelope check, with its reasons
 */
public record PlanRevision(UUID planId, int number, String outcome, UUID replanId, String cause, String causeDetail, String requestedBy,
        Instant at, int firstSlot, Instant replacesFrom, Instant replacesUntil, Instant episodeFrom, String verdict) {

    public static final String REVISION = "revision";
    public static final String DRAFT = "draft";

    public boolean isRevision() {
        return REVISION.equals(outcome);
    }
}
