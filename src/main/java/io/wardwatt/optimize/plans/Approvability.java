package io.wardwatt.optimize.plans;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a plan can be approved now, and if not why, as a code a page can translate and as words: what the approval
 * itself would answer 409 with, known before anyone presses a button.
 *
 * @param why null when approvable; else replay, not-solved, infeasible, undated, revision (in force with its approved
 *     plan), past (its last slot has ended), or the life-cycle state it is in already (approved, dispatching, done,
 *     superseded, cancelled)
 */
public record Approvability(boolean approvable, String why, String reason) {

    public static final Approvability YES = new Approvability(true, null, null);

    /**
     * @param state the plan's stored life-cycle state, empty for a draft (or a plan that cannot have one)
     * @param revision whether the plan is an intraday revision, in force with its approved plan
     * @param until when its last slot ends (null when it has no plan)
     */
    public static Approvability of(StoredPlan plan, Optional<LifecycleState> state, boolean revision, Instant until, Instant now) {
        Optional<String> noLifecycle = PlanLifecycle.whyNoLifecycle(plan);
        if (noLifecycle.isPresent()) {
            return new Approvability(false, lifecycleless(plan), noLifecycle.get());
        }
        if (state.isPresent()) {
            return new Approvability(false, state.get().code(), "the plan is " + state.get().code() + " already: a plan is approved once");
        }
        if (revision) {
            return new Approvability(false, "revision", "the plan is a revision, in force with the approved plan it revises");
        }
        if (until != null && !now.isBefore(until)) {
            return new Approvability(false, "past", "its last slot ended at " + until + ": a past plan cannot be approved");
        }
        return YES;
    }

    private static String lifecycleless(StoredPlan plan) {
        if (plan.kind() == PlanKind.REPLAY) {
            return "replay";
        }
        if (plan.status() != PlanStatus.DONE && plan.status() != PlanStatus.STOPPED || plan.figures() == null
                || plan.figures().feasible() == null) {
            return "not-solved";
        }
        if (!plan.figures().feasible()) {
            return "infeasible";
        }
        return "undated";
    }
}
