package io.wardwatt.optimize;

import java.time.Duration;

/**
 * How long the planner searches: at most {@code timeLimit}; it stops earlier after {@code unimprovedLimit} without
 * a better plan, after {@code unimprovedSteps} steps without one (0 = no step limit), or when the plan reaches the
 * lower bound. With a step limit (and a time limit that is not reached) a run is repeatable: the same inputs and
 * seed give the same plan on any machine, however busy.
 */
public record SolverSettings(Duration timeLimit, Duration unimprovedLimit, long randomSeed, long unimprovedSteps) {

    public static final SolverSettings DEFAULT = new SolverSettings(Duration.ofSeconds(10), Duration.ofSeconds(2), 0);

    public SolverSettings(Duration timeLimit, Duration unimprovedLimit, long randomSeed) {
        this(timeLimit, unimprovedLimit, randomSeed, 0);
    }

    public SolverSettings {
        if (timeLimit.isNegative() || timeLimit.isZero() || unimprovedLimit.isNegative() || unimprovedLimit.isZero() || unimprovedSteps < 0) {
            throw new IllegalArgumentException("solver limits must be positive (steps ≥ 0)");
        }
    }
}
