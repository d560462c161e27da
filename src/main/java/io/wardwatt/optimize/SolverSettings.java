package io.wardwatt.optimize;

import java.time.Duration;

/**
 * How long the planner searches: at most {@code timeLimit}; it stops earlier after {@code unimprovedLimit} without
 * a better plan, after {@code maxScoreCalculations} evaluated moves (0 = no such limit), or when the plan reaches
 * the lower bound. With a move limit (and time limits that are not reached) a run is repeatable: the same inputs
 * and seed give the same plan on any machine, however busy.
 */
public record SolverSettings(Duration timeLimit, Duration unimprovedLimit, long randomSeed, long maxScoreCalculations) {

    public static final SolverSettings DEFAULT = new SolverSettings(Duration.ofSeconds(10), Duration.ofSeconds(2), 0);

    public SolverSettings(Duration timeLimit, Duration unimprovedLimit, long randomSeed) {
        this(timeLimit, unimprovedLimit, randomSeed, 0);
    }

    public SolverSettings {
        if (timeLimit.isNegative() || timeLimit.isZero() || unimprovedLimit.isNegative() || unimprovedLimit.isZero() || maxScoreCalculations < 0) {
            throw new IllegalArgumentException("solver limits must be positive (move limit ≥ 0)");
        }
    }
}
