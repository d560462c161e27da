package io.wardwatt.optimize.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.plans.PlanKeyFigures;
import io.wardwatt.optimize.plans.PlanRequest;
import io.wardwatt.optimize.plans.PlanStatus;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.scenario.PlanJson;
import io.wardwatt.optimize.store.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Every change of a stored plan, each in its own transaction with its audit entry: queued, started, finished,
 * failed, stopped. A change that no longer applies (the plan moved on meanwhile) changes nothing and says so.
 */
@ApplicationScoped
@Transactional
public class PlanTransitions {

    static final String ENTITY = "plant-plan";

    @Inject
    PlanRepository plans;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PlanQueued> queued;

    /** Stores the plan as queued; the solver thread is told once this transaction commits. */
    public StoredPlan queue(PlanRequest request) {
        StoredPlan plan = plans.insert(request);
        audit.record("create", ENTITY, plan.id().toString(), null, plan);
        queued.fire(new PlanQueued(plan.id()));
        return plan;
    }

    /**
     * A plan solved outside the solver thread (the demo's simulated history, planned day by day as the service plans):
     * stored with its inputs, claimed and finished in this one transaction, so the solver thread finds it solved and
     * never solves it again. Found by its idempotency key, not stored twice, when stored before.
     */
    public StoredPlan recordSolved(PlanRequest request, DayPlan plan) {
        if (request.idempotencyKey() != null) {
            Optional<StoredPlan> earlier = plans.findByIdempotencyKey(request.idempotencyKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        StoredPlan stored = plans.insert(request);
        audit.record("create", ENTITY, stored.id().toString(), null, stored);
        claim(stored.id());
        finish(stored.id(), PlanStatus.DONE, plan);
        return plans.find(stored.id()).orElseThrow();
    }

    /** queued (or left solving by a stop of the service) → solving; the stored inputs when it applied. */
    public Optional<PlanRepository.Inputs> claim(UUID id) {
        StoredPlan before = plans.find(id).orElse(null);
        if (before == null || !change(before, "start", () -> plans.claim(id))) {
            return Optional.empty();
        }
        return plans.inputs(id);
    }

    public boolean finish(UUID id, PlanStatus status, DayPlan plan) {
        StoredPlan before = plans.find(id).orElseThrow();
        String document = PlanJson.write(plan);
        // The figures of the document as written (rounded by unit), so a list and the plan show the same numbers.
        PlanKeyFigures figures = PlanKeyFigures.of(PlanJson.read(document));
        return change(before, status == PlanStatus.DONE ? "finish" : "stop", () -> plans.finish(id, status, document, figures));
    }

    public boolean fail(UUID id, String error) {
        StoredPlan before = plans.find(id).orElse(null);
        return before != null && change(before, "fail", () -> plans.fail(id, error));
    }

    /** queued → stopped without a plan. */
    public boolean cancel(UUID id, String reason) {
        StoredPlan before = plans.find(id).orElse(null);
        return before != null && change(before, "stop", () -> plans.cancel(id, reason));
    }

    /** solving → stopped without a plan (stopped before its search had anything to keep). */
    public boolean stopWithoutPlan(UUID id, String reason) {
        StoredPlan before = plans.find(id).orElse(null);
        return before != null && change(before, "stop", () -> plans.stopWithoutPlan(id, reason));
    }

    /** A stop asked of a running search: the plan stays solving until the search returns its best plan. */
    public void stopRequested(StoredPlan plan) {
        audit.record("stop-request", ENTITY, plan.id().toString(), plan, plan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredPlan> find(UUID id) {
        return plans.find(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> unfinished() {
        return plans.unfinished();
    }

    private boolean change(StoredPlan before, String action, BooleanSupplier update) {
        if (!update.getAsBoolean()) {
            return false;
        }
        audit.record(action, ENTITY, before.id().toString(), before, plans.find(before.id()).orElseThrow());
        return true;
    }
}
