package io.wardwatt.optimize;

/**
 * Plans a day of the chiller plant: the public face of the optimizer. Each slot's load splits are solved exactly
 * first ({@link SlotTable}); OptaPlanner then decides per slot which chillers and pumps run and the supply
 * set-point, within the plant's hard rules, at the least weighted energy cost and carbon. Every plan comes with the
 * conventional baseline on the same forecast, a lower bound with the gap to it, the binding rules per slot and the
 * solver's statistics.
 */
public final class DayPlanner {

    /** Prepares a run; nothing is computed until {@link PlanningRun#solve()}. */
    public PlanningRun prepare(DayProblem problem, SolverSettings settings) {
        return new SolverRun(problem, settings);
    }

    public DayPlan plan(DayProblem problem, SolverSettings settings) {
        return prepare(problem, settings).solve();
    }

    /** Conventional sequencing alone, on the given problem (no search). */
    public BaselinePlan conventional(DayProblem problem) {
        return SolverRun.baseline(problem);
    }
}
