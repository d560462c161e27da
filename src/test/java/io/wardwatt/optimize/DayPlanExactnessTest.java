package io.wardwatt.optimize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The day plan against the exact dynamic programme on small plants (the literature's 3- and 4-chiller systems,
 * 24 hourly slots, minimum run and stop times, starts per day, N+1, time-of-use prices, start costs, a run carried
 * in from yesterday): OptaPlanner's plan keeps every hard rule and is within 0.5 % of the true optimum, and never
 * below it (below would mean a rule broken somewhere or a wrong oracle).
 */
class DayPlanExactnessTest {

    /** Valley at night, peak 10:00-12:00 and 18:00-20:00 (shape of a Chinese commercial time-of-use tariff), CNY/kWh. */
    private static final double[] PRICES = {0.32, 0.32, 0.32, 0.32, 0.32, 0.32, 0.32, 0.32, 0.72, 0.72, 1.21, 1.21,
        0.72, 0.72, 0.72, 0.72, 0.72, 0.72, 1.21, 1.21, 0.72, 0.72, 0.32, 0.32};

    @ParameterizedTest(name = "{0}: seed {1}, min run {2}, min stop {3}, max starts {4}, spare {5}, start cost {6}")
    @CsvSource({
        "three, 1, 3, 2, 0, 0, 5",
        "three, 2, 2, 3, 2, 0, 0",
        "three, 3, 4, 2, 0, 1, 10",
        "four, 4, 2, 2, 0, 0, 5",
        "four, 5, 3, 2, 2, 0, 20",
        "four, 6, 2, 3, 0, 1, 0",
    })
    void planIsWithinHalfAPercentOfTheExactOptimum(String plant, long seed, int minRun, int minStop, int maxStarts, int spare, double startCost) {
        List<PlrCubic> chillers = plant.equals("three") ? LiteraturePlants.threeChillers() : LiteraturePlants.fourChillers();
        double capacity = chillers.stream().mapToDouble(PlrCubic::capacityKw).sum();
        double largest = chillers.stream().mapToDouble(PlrCubic::capacityKw).max().orElseThrow();
        double ceiling = spare == 1 ? capacity - largest : capacity;
        // With N+1 at least two chillers run, so the night load must be above two minimum part loads.
        double[] loads = dayProfile(new Random(seed), (spare == 1 ? 0.45 : 0.25) * ceiling, 0.92 * ceiling);
        List<PlannedChiller> planned = new ArrayList<>();
        for (PlrCubic chiller : chillers) {
            planned.add(new PlannedChiller(new CubicChillerModel(chiller), List.of()));
        }
        List<InitialChillerState> initial = List.of(new InitialChillerState(chillers.get(chillers.size() - 1).id(), true, 1, 1));
        DayProblem problem = new DayProblem(plant + " chillers, seed " + seed, null, 60, HardRules.profile(loads, PRICES), planned, List.of(),
                new PlanRules(spare, 0, minRun, minStop, maxStarts, List.of(7.0), startCost), new Objective(1, 0), ConventionalRules.DEFAULT,
                initial);

        double optimum = ExactDayProgramme.optimum(problem);
        assertTrue(Double.isFinite(optimum), "the test day must have a feasible plan");
        DayPlan plan = new DayPlanner().plan(problem, new SolverSettings(Duration.ofSeconds(60), Duration.ofSeconds(60), seed, 5_000));

        HardRules.assertKept(problem, plan);
        double objective = plan.totals().objective();
        assertTrue(objective >= optimum * (1 - 1e-9), "plan " + objective + " below the exact optimum " + optimum);
        assertTrue(objective <= optimum * 1.005, "plan " + objective + " more than 0.5 % above the exact optimum " + optimum
                + " (gap " + 100 * (objective / optimum - 1) + " %)");
        assertTrue(plan.bound().objective() <= optimum * (1 + 1e-9), "bound " + plan.bound().objective() + " above the optimum " + optimum);
    }

    /** A hospital-like day: night base, morning ramp, afternoon peak, evening decline, with noise and one dip. */
    static double[] dayProfile(Random random, double low, double high) {
        double[] loads = new double[24];
        for (int h = 0; h < 24; h++) {
            double shape = Math.max(0, Math.sin(Math.PI * (h - 6) / 16.0));
            loads[h] = low + (high - low) * shape * (0.9 + 0.1 * random.nextDouble());
        }
        loads[8 + random.nextInt(10)] *= 0.8;
        return loads;
    }
}
