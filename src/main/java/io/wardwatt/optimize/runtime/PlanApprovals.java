package io.wardwatt.optimize.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.input.DecisionComment;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.plans.Approvability;
import io.wardwatt.optimize.plans.LifecycleState;
import io.wardwatt.optimize.plans.PlanLifecycle;
import io.wardwatt.optimize.plans.PlanRevision;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.scenario.PlanJson;
import io.wardwatt.optimize.store.LifecycleRepository;
import io.wardwatt.optimize.store.PlanRepository;
import io.wardwatt.optimize.store.RevisionRepository;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * The life cycle of solved plans: approve and cancel (an engineer or admin, with a comment), supersede (approving
 * another plan of the same site and day), and the clock's steps (dispatching when the plan's first slot begins,
 * done when its last slot ends). Each step is one transaction with its transition row and audit entry; a change of a
 * site's day is serialised by an advisory lock, and the unique index keeps one plan in force even without it.
 */
@ApplicationScoped
@Transactional
public class PlanApprovals {

    static final String ENTITY = "plan-lifecycle";
    static final String SYSTEM = "system";

    @Inject
    PlanRepository plans;

    @Inject
    LifecycleRepository lifecycles;

    @Inject
    SiteService sites;

    @Inject
    OptimizeConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    RevisionRepository revisions;

    /** What the audit log keeps of each step. */
    public record Step(UUID plan, String site, LocalDate date, LifecycleState from, LifecycleState to, String mode, String by, String comment) {
    }

    /** draft → approved; the plan in force for the same site and day, if any, is superseded. */
    public PlanLifecycle approve(UUID id, String comment, String actor) {
        String reason = DecisionComment.require(comment, "say why");
        StoredPlan plan = draftable(id);
        lifecycles.lockDay(plan.site(), plan.date());
        Optional<LifecycleRepository.Entry> current = lifecycles.find(id);
        if (current.isPresent()) {
            throw new StateConflictException("plan " + id + " is already " + current.get().state().code() + ": a plan is approved once");
        }
        revisions.byReplan(id).filter(PlanRevision::isRevision).ifPresent(revision -> {
            throw new StateConflictException("plan " + id + " is revision " + revision.number() + " of plan " + revision.planId()
                    + ", in force with it: nothing to approve");
        });
        Instant end = span(plan).until();
        if (!Instant.now().isBefore(end)) {
            throw new StateConflictException("plan " + id + "'s last slot ended at " + end + ": a past plan cannot be approved");
        }
        String mode = config.lifecycle().mode();
        lifecycles.inForce(plan.site(), plan.date()).ifPresent(earlier ->
                step(earlier, LifecycleState.SUPERSEDED, actor, "superseded by plan " + id + ": " + reason));
        lifecycles.insert(id, plan.site(), plan.date(), LifecycleState.APPROVED, mode);
        record("approve", new Step(id, plan.site(), plan.date(), LifecycleState.DRAFT, LifecycleState.APPROVED, mode, actor, reason));
        return lifecycles.lifecycle(id).orElseThrow();
    }

    /**
     * A past day's plan that the plant followed (the demo's simulated history: dispatched in closed loop on that day):
     * recorded as approved by {@code actor} in dispatch mode, then dispatching and done by the clock, each step with
     * its transition and audit entry like any other. Nothing when the plan has a life cycle already.
     */
    public void recordFollowed(UUID id, String comment, String actor) {
        String reason = DecisionComment.require(comment, "say why");
        StoredPlan plan = draftable(id);
        lifecycles.lockDay(plan.site(), plan.date());
        if (lifecycles.find(id).isPresent()) {
            return;
        }
        String mode = "dispatch";
        lifecycles.insert(id, plan.site(), plan.date(), LifecycleState.APPROVED, mode);
        record("approve", new Step(id, plan.site(), plan.date(), LifecycleState.DRAFT, LifecycleState.APPROVED, mode, actor, reason));
        PlanSpan span = span(plan);
        LifecycleRepository.Entry approved = lifecycles.find(id).orElseThrow();
        LifecycleRepository.Entry dispatching = step(approved, LifecycleState.DISPATCHING, SYSTEM, "first slot began at " + span.from()
                + " (dispatch: followed by the simulated plant)");
        step(dispatching, LifecycleState.DONE, SYSTEM, "last slot ended at " + span.until());
    }

    /** draft, approved or dispatching → cancelled. */
    public PlanLifecycle cancel(UUID id, String comment, String actor) {
        String reason = DecisionComment.require(comment, "say why");
        StoredPlan plan = draftable(id);
        lifecycles.lockDay(plan.site(), plan.date());
        Optional<LifecycleRepository.Entry> current = lifecycles.find(id);
        if (current.isEmpty()) {
            String mode = config.lifecycle().mode();
            lifecycles.insert(id, plan.site(), plan.date(), LifecycleState.CANCELLED, mode);
            record("cancel", new Step(id, plan.site(), plan.date(), LifecycleState.DRAFT, LifecycleState.CANCELLED, mode, actor, reason));
        } else if (current.get().state().ended()) {
            throw new StateConflictException("plan " + id + " is " + current.get().state().code() + " and can no longer be cancelled");
        } else {
            step(current.get(), LifecycleState.CANCELLED, actor, reason);
        }
        return lifecycles.lifecycle(id).orElseThrow();
    }

    /**
     * The clock's steps at {@code now}: approved → dispatching once the plan's first slot has begun, dispatching →
     * done once its last slot has ended. Returns how many steps it took.
     */
    public int advance(Instant now) {
        int steps = 0;
        for (LifecycleRepository.Entry entry : lifecycles.allInForce()) {
            lifecycles.lockDay(entry.site(), entry.date());
            StoredPlan plan = plans.find(entry.planId()).orElseThrow();
            PlanSpan span = span(plan);
            LifecycleRepository.Entry at = entry;
            if (at.state() == LifecycleState.APPROVED && !now.isBefore(span.from())) {
                String what = at.mode().equals("advisory") ? "advisory: tracked, nothing written to the plant" : "dispatch: written to the plant";
                at = step(at, LifecycleState.DISPATCHING, SYSTEM, "first slot began at " + span.from() + " (" + what + ")");
                steps++;
            }
            if (at.state() == LifecycleState.DISPATCHING && !now.isBefore(span.until())) {
                step(at, LifecycleState.DONE, SYSTEM, "last slot ended at " + span.until());
                steps++;
            }
        }
        return steps;
    }

    /**
     * Whether someone has decided on a plan of the site's day already: any of its plans approved, in force, done,
     * superseded or cancelled. A plan made for the day is then not approved on anyone's behalf.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean decided(String site, LocalDate date) {
        return lifecycles.anyFor(site, date);
    }

    /** The plan's life cycle: its stored one, a draft's, or empty when the plan cannot enter one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanLifecycle> lifecycle(StoredPlan plan) {
        Optional<PlanLifecycle> stored = lifecycles.lifecycle(plan.id());
        if (stored.isPresent()) {
            return stored;
        }
        return PlanLifecycle.whyNoLifecycle(plan).isEmpty() ? Optional.of(PlanLifecycle.draft()) : Optional.empty();
    }

    /** Whether the plan can be approved now, and why not: what {@link #approve} would refuse it for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Approvability approvability(StoredPlan plan, Instant now) {
        if (PlanLifecycle.whyNoLifecycle(plan).isPresent()) {
            return Approvability.of(plan, Optional.empty(), false, null, now);
        }
        Optional<LifecycleState> state = lifecycles.find(plan.id()).map(LifecycleRepository.Entry::state);
        boolean revision = revisions.byReplan(plan.id()).filter(PlanRevision::isRevision).isPresent();
        return Approvability.of(plan, state, revision, state.isPresent() || revision ? null : span(plan).until(), now);
    }

    /** When a plan's slots begin and end. */
    public record PlanSpan(Instant from, Instant until, ZoneId zone, DayPlan plan) {
    }

    PlanSpan span(StoredPlan plan) {
        DayPlan day = plans.planJson(plan.id()).map(PlanJson::read).orElseThrow();
        ZoneId zone = zone(plan.site());
        Instant from = day.start().atZone(zone).toInstant();
        Instant until = day.start().plusMinutes((long) day.slotMinutes() * day.slots().size()).atZone(zone).toInstant();
        return new PlanSpan(from, until, zone, day);
    }

    ZoneId zone(String site) {
        return sites.find(site).map(s -> ZoneId.of(s.timeZone())).orElse(config.daily().timeZone());
    }

    private LifecycleRepository.Entry step(LifecycleRepository.Entry entry, LifecycleState to, String actor, String comment) {
        if (!lifecycles.move(entry.planId(), entry.state(), to)) {
            throw new StateConflictException("plan " + entry.planId() + " moved on from " + entry.state().code() + " meanwhile");
        }
        record(actionOf(to), new Step(entry.planId(), entry.site(), entry.date(), entry.state(), to, entry.mode(), actor, comment));
        return new LifecycleRepository.Entry(entry.planId(), entry.site(), entry.date(), to, entry.mode());
    }

    private void record(String action, Step step) {
        lifecycles.appendTransition(step.plan(), step.from(), step.to(), step.by(), step.comment());
        audit.record(action, ENTITY, step.plan().toString(), step.from().code(), step);
    }

    private static String actionOf(LifecycleState to) {
        return switch (to) {
            case APPROVED -> "approve";
            case DISPATCHING -> "dispatch";
            case DONE -> "done";
            case SUPERSEDED -> "supersede";
            case CANCELLED -> "cancel";
            case DRAFT -> throw new IllegalArgumentException("nothing moves back to draft");
        };
    }

    private StoredPlan draftable(UUID id) {
        StoredPlan plan = plans.find(id).orElseThrow(() -> new UnknownEntityException("plan", id.toString()));
        PlanLifecycle.whyNoLifecycle(plan).ifPresent(why -> {
            throw new StateConflictException(why);
        });
        return plan;
    }
}
