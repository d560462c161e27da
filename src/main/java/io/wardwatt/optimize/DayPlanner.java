package io.wardwatt.optimize;

/** Plans a day of the chiller plant. The public face of the optimizer. */
public final class DayPlanner {

    /** Prepares a run; nothing is computed until {@link PlanningRun#solve()}. */
    public PlanningRun prepare(DayProblem problem, SolverSettings settings) {
        throw new UnsupportedOperationException("day planner not written yet");
    }

    public DayPlan plan(DayProblem problem, SolverSettings settings) {
        return prepare(problem, settings).solve();
    }
}
