package io.wardwatt.optimize;

import java.time.Instant;
import java.util.Optional;

/**
 * The approved plans as the dispatcher sees them: for a site and an instant, the slot of the plan in force (approved
 * or dispatching), if any. Empty when no plan of that day is approved, or the instant lies outside its slots.
 */
public interface ApprovedPlans {

    Optional<SlotInForce> current(String site, Instant at);
}
