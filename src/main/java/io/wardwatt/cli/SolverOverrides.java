package io.wardwatt.cli;

import io.wardwatt.optimize.SolverSettings;
import io.wardwatt.optimize.scenario.Scenario;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --time-limit} and {@code --seed} options of the optimize commands, over a scenario's own solver
 * settings (null: the scenario's).
 */
record SolverOverrides(Double timeLimitSeconds, Long seed) {

    static final Set<String> OPTIONS = Set.of("--time-limit", "--seed");

    static SolverOverrides from(Map<String, String> options) {
        String limit = options.get("--time-limit");
        String seed = options.get("--seed");
        return new SolverOverrides(limit == null ? null : seconds(limit), seed == null ? null : whole(seed));
    }

    Scenario applyTo(Scenario scenario) {
        SolverSettings solver = scenario.solver();
        Duration limit = timeLimitSeconds == null ? solver.timeLimit() : Duration.ofMillis(Math.round(timeLimitSeconds * 1000));
        Duration unimproved = solver.unimprovedLimit().compareTo(limit) > 0 ? limit : solver.unimprovedLimit();
        return scenario.withSolver(new SolverSettings(limit, unimproved, seed == null ? solver.randomSeed() : seed,
                solver.maxScoreCalculations()));
    }

    /** The same bounds as a scenario's solver.timeLimitSeconds. */
    private static double seconds(String value) {
        try {
            double seconds = Double.parseDouble(value);
            if (!(seconds >= 0.1 && seconds <= 86_400)) {
                throw new UsageException("--time-limit must be 0.1..86400 seconds, got " + value);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new UsageException("--time-limit takes seconds, got '" + value + "'");
        }
    }

    private static long whole(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed takes a whole number, got '" + value + "'");
        }
    }
}
