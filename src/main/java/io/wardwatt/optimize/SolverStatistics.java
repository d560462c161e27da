package io.wardwatt.optimize;

/**
 * How the plan was found.
 *
 * @param tableMillis time to solve every slot's load splits (the exact single-slot solver) and the bounding programme
 * @param solveMillis time OptaPlanner searched
 * @param score the final OptaPlanner score
 * @param scoreCalculations moves evaluated
 * @param termination why the search stopped
 */
public record SolverStatistics(long tableMillis, long solveMillis, long totalMillis, String score, long scoreCalculations,
        String termination, long randomSeed) {
}
