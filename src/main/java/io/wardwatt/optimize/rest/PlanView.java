package io.wardwatt.optimize.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.optimize.plans.Approvability;
import io.wardwatt.optimize.plans.PlanKeyFigures;
import io.wardwatt.optimize.plans.PlanLifecycle;
import io.wardwatt.optimize.plans.PlanRevision;
import io.wardwatt.optimize.plans.StoredPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One plan: its status first, then the plan (null until it is done, or stopped after its search began), its key
 * figures and error, then where it came from. {@code lifecycle} is its approval state with every step (null for a plan that
 * cannot be approved: queued, solving, failed, infeasible, undated or a replay). {@code revisions} are the plan's intraday
 * re-plans, oldest first (revisions in force and drafts for approval, each with its cause); {@code replanOf} is, for a
 * re-plan, the re-plan it is of its approved plan (null otherwise). {@code approval} says whether it can be approved now
 * ({@code approvable}) and if not, why ({@code why}: a code; {@code reason}: in words).
 */
@JsonPropertyOrder({"status", "id", "lifecycle", "revisions", "replanOf", "plan", "keyFigures", "error"})
public record PlanView(String status, UUID id, PlanLifecycle lifecycle, JsonNode plan, PlanKeyFigures keyFigures, String error, String kind,
        String site, LocalDate date, String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt, UUID replayOf,
        Long forecastId, List<PlanRevision> revisions, PlanRevision replanOf, Approvability approval) {

    public PlanView {
        revisions = List.copyOf(revisions);
    }

    static PlanView of(StoredPlan p, PlanLifecycle lifecycle, JsonNode plan, List<PlanRevision> revisions, PlanRevision replanOf,
                       Approvability approval) {
        return new PlanView(p.status().code(), p.id(), lifecycle, plan, p.figures(), p.error(), p.kind().code(), p.site(), p.date(),
                p.requestedBy(), p.requestedAt(), p.startedAt(), p.finishedAt(), p.replayOf(), p.forecastId(), revisions, replanOf, approval);
    }
}
