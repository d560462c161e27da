package io.wardwatt.optimize.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored plan without its large documents (scenario, model files, plan): what lists, audits and the planning
 * service need.
 *
 * @param date the planned day (null for a what-if whose scenario has no start)
 * @param forecastId the forecast issue a daily plan was made from (null otherwise)
 * @param error why it failed, or why a stopped plan holds no plan
 */
public record StoredPlan(UUID id, PlanStatus status, PlanKind kind, String site, LocalDate date, String requestedBy, Instant requestedAt,
        Instant startedAt, Instant finishedAt, PlanKeyFigures figures, String error, UUID replayOf, Long forecastId, String idempotencyKey) {
}
