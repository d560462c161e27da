package io.wardwatt.optimize;

/**
 * One planning run: {@link #solve()} blocks on the caller's thread until the plan is ready; {@link #stop()} from
 * another thread ends the search early and the run returns the best plan found so far.
 */
public interface PlanningRun {

    DayPlan solve();

    void stop();
}
