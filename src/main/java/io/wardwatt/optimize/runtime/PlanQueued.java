package io.wardwatt.optimize.runtime;

import java.util.UUID;

/** A plan row was stored as queued; the solver thread takes it once the storing transaction has committed. */
record PlanQueued(UUID id) {
}
