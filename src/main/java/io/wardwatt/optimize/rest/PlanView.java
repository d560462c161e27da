package io.wardwatt.optimize.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.optimize.plans.PlanKeyFigures;
import io.wardwatt.optimize.plans.PlanLifecycle;
import io.wardwatt.optimize.plans.StoredPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One plan: its status first, then the plan (null until it is done, or stopped after its search began), its key
 * figures and error, then where it came from. {@code lifecycle} is its approval state with every step (null for a plan that
 * cannot be approved: queued, solving, failed, infeasible, undated or a replay).
 */
@JsonPropertyOrder({"status", "id", "lifecycle", "plan", "keyFigures", "error"})
public record PlanView(String status, UUID id, PlanLifecycle lifecycle, JsonNode plan, PlanKeyFigures keyFigures, String error, String kind,
        String site, LocalDate date, String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt, UUID replayOf,
        Long forecastId) {

    static PlanView of(StoredPlan p, PlanLifecycle lifecycle, JsonNode plan) {
        return new PlanView(p.status().code(), p.id(), lifecycle, plan, p.figures(), p.error(), p.kind().code(), p.site(), p.date(),
                p.requestedBy(), p.requestedAt(), p.startedAt(), p.finishedAt(), p.replayOf(), p.forecastId());
    }
}
