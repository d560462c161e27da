package io.wardwatt.optimize;

import java.time.Duration;

/**
 * How long the planner searches: at most {@code timeLimit}, and it stops earlier after {@code unimprovedLimit}
 * without a better plan or when the plan reaches the lower bound. The seed makes a run repeatable (given the
 * same number of steps).
 */
public record SolverSettings(Duration timeLimit, Duration unimprovedLimit, long randomSeed) {

    public static final SolverSettings DEFAULT = new SolverSettings(Duration.ofSeconds(10), Duration.ofSeconds(2), 0);

    public SolverSettings {
        if (timeLimit.isNegative() || timeLimit.isZero() || unimprovedLimit.isNegative() || unimprovedLimit.isZero()) {
            throw new IllegalArgumentException("solver time limits must be positive");
        }
    }
}
