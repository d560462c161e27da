package io.wardwatt.optimize.plans;

import java.time.Instant;

/**
 * One step of a plan's life cycle.
 *
 * @param by the user, or {@code system} for the steps the clock takes (dispatching, done)
 * @param comment the approver's or canceller's reason; for a supersede, the plan that replaced it
 */
public record LifecycleTransition(LifecycleState from, LifecycleState to, String by, Instant at, String comment) {
}
