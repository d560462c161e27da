package io.wardwatt.optimize.plans;

import io.wardwatt.optimize.DayPlan;

/**
 * The figures a list of plans shows without loading the plans.
 *
 * @param objective the plan's objective (weighted cost and carbon plus start costs)
 * @param boundObjective no plan can do better than this
 * @param gapPercent how far the plan may be from the best possible
 * @param savingPercent objective saved against conventional sequencing on the same forecast
 * @param feasible whether the plan keeps every hard rule
 */
public record PlanKeyFigures(Double objective, Double boundObjective, Double gapPercent, Double savingPercent, Boolean feasible) {

    public static final PlanKeyFigures NONE = new PlanKeyFigures(null, null, null, null, null);

    public static PlanKeyFigures of(DayPlan plan) {
        return new PlanKeyFigures(plan.totals() == null ? null : plan.totals().objective(),
                plan.bound() == null ? null : plan.bound().objective(),
                plan.bound() == null ? null : plan.bound().gapPercent(),
                plan.saving() == null ? null : plan.saving().objectivePercent(),
                plan.feasible());
    }
}
