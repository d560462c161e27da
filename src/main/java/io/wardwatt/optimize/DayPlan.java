package io.wardwatt.optimize;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A day plan: per slot which chillers and pumps run, their loads and the supply set-point, with the conventional
 * baseline on the same forecast, the saving against it, a lower bound with the gap to it, and how it was solved.
 *
 * @param feasible whether the plan keeps every hard rule in every slot
 * @param violations the hard rules it breaks (empty when feasible), each naming the slot and rule
 * @param limits limits the plant file sets beyond its operating rules that narrowed the planner's choices, each with
 *        its reason, e.g. {@code supply ≤ 7.5 °C: critical zone Z3 (operating theatres, ICU & isolation rooms)} (empty in
 *        plans stored before plans recorded them)
 * @param site the PV, battery and grid around the plant, with the whole day's bound (null when the plan is of the plant alone)
 */
public record DayPlan(String name, LocalDateTime start, int slotMinutes, boolean feasible, List<String> violations, List<String> limits,
        List<PlannedSlot> slots, PlanTotals totals, BaselinePlan baseline, PlanSaving saving, PlanBound bound, SolverStatistics solver,
        SitePlan site) {

    public DayPlan {
        violations = List.copyOf(violations);
        limits = limits == null ? List.of() : List.copyOf(limits);
        slots = List.copyOf(slots);
    }

    /** A plan of the plant alone. */
    public DayPlan(String name, LocalDateTime start, int slotMinutes, boolean feasible, List<String> violations, List<String> limits,
            List<PlannedSlot> slots, PlanTotals totals, BaselinePlan baseline, PlanSaving saving, PlanBound bound, SolverStatistics solver) {
        this(name, start, slotMinutes, feasible, violations, limits, slots, totals, baseline, saving, bound, solver, null);
    }
}
