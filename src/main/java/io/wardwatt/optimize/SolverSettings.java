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

    /**
     * The settings that search again exactly as a finished run did, however that run ended (time limit, no
     * improvement, a stop, the bound) and however busy either machine is. The search is deterministic for a seed
     * (OptaPlanner's REPRODUCIBLE mode, moves drawn from the seeded random), and OptaPlanner checks every termination
     * at the same points: after each evaluated move and after each step. A time limit only decides at which of those
     * points a run stopped; the count of evaluated moves says which point it was. So the run's seed with its count as
     * the move limit stops at that point again (the first point with that count: any later one with the same count
     * changed nothing, as no move was evaluated in between). The time limits are widened to {@code longest}, and never
     * below twice the run's own, so that they do not end the replay first; if one still does, the replay's count
     * falls short of the original's and the comparison says so.
     *
     * @param ran the settings the run searched with
     * @param run its statistics: the seed it used and the moves it evaluated
     */
    public static SolverSettings replaying(SolverSettings ran, SolverStatistics run, Duration longest) {
        Duration twice = ran.timeLimit().multipliedBy(2);
        Duration limit = twice.compareTo(longest) > 0 ? twice : longest;
        // A run stopped before its search began counted nothing; its plan is the starting plan, which a one-move
        // limit keeps (the starting score is the first count). 0 would mean "no move limit".
        return new SolverSettings(limit, limit, run.randomSeed(), Math.max(1, run.scoreCalculations()));
    }
}
