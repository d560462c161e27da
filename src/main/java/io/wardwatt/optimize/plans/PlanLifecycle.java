package io.wardwatt.optimize.plans;

import java.util.List;
import java.util.Optional;

/**
 * A plan's place in its life cycle, with every step that led there (oldest first).
 *
 * @param mode the control mode it was approved under (advisory or dispatch); null for a draft
 */
public record PlanLifecycle(LifecycleState state, String mode, List<LifecycleTransition> history) {

    public PlanLifecycle {
        history = List.copyOf(history);
    }

    public static PlanLifecycle draft() {
        return new PlanLifecycle(LifecycleState.DRAFT, null, List.of());
    }

    /**
     * Why a plan cannot enter the life cycle at all (empty when it is a draft or further on): it must be a daily or
     * what-if plan, done or stopped, with a feasible plan for a dated day.
     */
    public static Optional<String> whyNoLifecycle(StoredPlan plan) {
        if (plan.kind() == PlanKind.REPLAY) {
            return Optional.of("plan " + plan.id() + " is a replay; approve the plan it replays, or plan it again as a what-if");
        }
        if (plan.status() != PlanStatus.DONE && plan.status() != PlanStatus.STOPPED) {
            return Optional.of("plan " + plan.id() + " is " + plan.status().code() + ": only a done or stopped plan can be approved");
        }
        if (plan.figures() == null || plan.figures().feasible() == null) {
            return Optional.of("plan " + plan.id() + " is " + plan.status().code() + " without a plan");
        }
        if (!plan.figures().feasible()) {
            return Optional.of("plan " + plan.id() + " breaks hard rules (not feasible) and cannot be approved");
        }
        if (plan.date() == null) {
            return Optional.of("plan " + plan.id() + " has no date: its scenario has no start, so it is for no day of the plant");
        }
        return Optional.empty();
    }
}
