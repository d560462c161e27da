package io.wardwatt.optimize.scenario;

import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.SolverSettings;

/** A scenario file as read: the day to plan and how long to search for the plan. */
public record Scenario(DayProblem problem, SolverSettings solver) {

    /** The same scenario with other solver settings (a command line's {@code --time-limit} or {@code --seed}). */
    public Scenario withSolver(SolverSettings settings) {
        return new Scenario(problem, settings);
    }
}
