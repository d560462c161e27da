package io.wardwatt.optimize.scenario;

import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayPlanner;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.PlannedChiller;
import io.wardwatt.optimize.SecondaryZone;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Plans a suite of scenarios and tabulates, per scenario, the size of the problem, how close the plan is to its
 * lower bound, what it saves against conventional sequencing and how long it took. The figures are printed,
 * never asserted: timings depend on the machine.
 */
public final class ScenarioBenchmark {

    /** One scenario's figures. */
    public record Row(String scenario, int slots, int chillers, int pumps, double objective, double bound, double gapPercent,
            double energySavingPercent, double costSavingPercent, long tableMillis, long solveMillis, boolean feasible) {
    }

    private final DayPlanner planner = new DayPlanner();

    /** @param settings applied to each scenario before it is planned (command-line overrides) */
    public Row run(String label, Scenario scenario, UnaryOperator<Scenario> settings) {
        Scenario run = settings.apply(scenario);
        DayProblem problem = run.problem();
        DayPlan plan = planner.plan(problem, run.solver());
        int pumps = pumpCount(problem.chillers(), problem.zones());
        return new Row(label, problem.slots().size(), problem.chillers().size(), pumps, plan.totals().objective(), plan.bound().objective(),
                plan.bound().gapPercent(), plan.saving().energyPercent(), plan.saving().costPercent(), plan.solver().tableMillis(),
                plan.solver().solveMillis(), plan.feasible());
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-34s %5s %4s %5s %12s %12s %7s %8s %8s %8s %8s %8s%n", "scenario", "slots", "ch", "pumps",
                "objective", "bound", "gap %", "save E%", "save C%", "table ms", "solve ms", "feasible");
    }

    public static String format(Row row) {
        return String.format(Locale.ROOT, "%-34s %5d %4d %5d %12.2f %12.2f %7.3f %8.2f %8.2f %8d %8d %8s%n", row.scenario(), row.slots(),
                row.chillers(), row.pumps(), row.objective(), row.bound(), row.gapPercent(), row.energySavingPercent(),
                row.costSavingPercent(), row.tableMillis(), row.solveMillis(), row.feasible() ? "yes" : "NO");
    }

    static int pumpCount(List<PlannedChiller> chillers, List<SecondaryZone> zones) {
        return chillers.stream().mapToInt(c -> c.pairedPumps().size()).sum() + zones.stream().mapToInt(z -> z.pumpIds().size()).sum();
    }
}
