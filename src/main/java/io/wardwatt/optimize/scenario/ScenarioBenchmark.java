package io.wardwatt.optimize.scenario;

import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayPlanner;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.PlanTotals;
import io.wardwatt.optimize.PlannedChiller;
import io.wardwatt.optimize.SecondaryZone;
import io.wardwatt.optimize.SitePlan;
import io.wardwatt.optimize.SiteTotals;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Plans a suite of scenarios and tabulates, per scenario, the size of the problem, how close the plan is to its
 * lower bound, how long it took, and its energy (chillers, pumps, tower fans), cost and carbon against conventional
 * sequencing on the same forecast and weather. The figures are printed, never asserted: timings depend on the machine.
 */
public final class ScenarioBenchmark {

    /**
     * One scenario's figures.
     *
     * @param wallMillis the whole planning run: table, bound, search, evaluation and the baseline
     * @param plan the plan's totals
     * @param conventional the conventional baseline's totals
     * @param site the PV, battery and grid around the plant (null when the scenario plans the plant alone)
     */
    public record Row(String scenario, int slots, int chillers, int pumps, double objective, double bound, double gapPercent, long tableMillis,
            long solveMillis, long wallMillis, boolean feasible, PlanTotals plan, PlanTotals conventional, SitePlan site) {

        public double energySavingPercent() {
            return percent(conventional.energyKwh() - plan.energyKwh(), conventional.energyKwh());
        }

        public double costSavingPercent() {
            return percent(conventional.costCny() - plan.costCny(), conventional.costCny());
        }
    }

    private final DayPlanner planner = new DayPlanner();

    /** @param settings applied to each scenario before it is planned (command-line overrides) */
    public Row run(String label, Scenario scenario, UnaryOperator<Scenario> settings) {
        Scenario run = settings.apply(scenario);
        DayProblem problem = run.problem();
        long started = System.nanoTime();
        DayPlan plan = planner.plan(problem, run.solver());
        long wall = (System.nanoTime() - started) / 1_000_000;
        int pumps = pumpCount(problem.chillers(), problem.zones());
        return new Row(label, problem.slots().size(), problem.chillers().size(), pumps, plan.totals().objective(), plan.bound().objective(),
                plan.bound().gapPercent(), plan.solver().tableMillis(), plan.solver().solveMillis(), wall, plan.feasible(), plan.totals(),
                plan.baseline().totals(), plan.site());
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-34s %5s %4s %5s %12s %12s %7s %8s %8s %8s %8s %8s %8s%n", "scenario", "slots", "ch", "pumps",
                "objective", "bound", "gap %", "save E%", "save C%", "table ms", "solve ms", "plan ms", "feasible");
    }

    /** The scenario's line, then its energy split, cost and carbon: plan, conventional, and what the plan saves. */
    public static String format(Row row) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-34s %5d %4d %5d %12.2f %12.2f %7.3f %8.2f %8.2f %8d %8d %8d %8s%n",
                row.scenario(), row.slots(), row.chillers(), row.pumps(), row.objective(), row.bound(), row.gapPercent(),
                row.energySavingPercent(), row.costSavingPercent(), row.tableMillis(), row.solveMillis(), row.wallMillis(),
                row.feasible() ? "yes" : "NO"));
        text.append(String.format(Locale.ROOT, "    %-14s %12s %12s %12s %12s %12s %12s%n", "", "chillers kWh", "pumps kWh", "towers kWh",
                "total kWh", "cost CNY", "carbon kg"));
        text.append(totals("plan", row.plan()));
        text.append(totals("conventional", row.conventional()));
        PlanTotals p = row.plan();
        PlanTotals c = row.conventional();
        // Absolute: a plan may spend more on tower fans than a baseline whose fans hardly run, to save on the chillers.
        text.append(String.format(Locale.ROOT, "    %-14s %12.1f %12.1f %12.1f %12.1f %12.2f %12.1f%n", "saving",
                c.chillerEnergyKwh() - p.chillerEnergyKwh(), c.pumpEnergyKwh() - p.pumpEnergyKwh(), c.towerEnergyKwh() - p.towerEnergyKwh(),
                c.energyKwh() - p.energyKwh(), c.costCny() - p.costCny(), c.carbonKg() - p.carbonKg()));
        if (row.site() != null) {
            text.append(site(row.site()));
        }
        return text.toString();
    }

    /**
     * The whole site: grid energy, PV, battery throughput, energy cost, demand charge, carbon and peak of the plan
     * and of the conventional site (plant sequenced conventionally, battery on its timetable), what the battery
     * itself contributes on the plan's plant power, and the whole day's gap to its bound.
     */
    private static String site(SitePlan site) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "    %-14s %12s %12s %12s %12s %12s %12s %12s%n", "site", "grid kWh",
                "PV kWh", "battery kWh", "energy CNY", "demand CNY", "carbon kg", "peak kW"));
        text.append(siteTotals("plan", site.totals()));
        text.append(siteTotals("conventional", site.baseline().totals()));
        SiteTotals p = site.totals();
        SiteTotals c = site.baseline().totals();
        text.append(String.format(Locale.ROOT, "    %-14s %12.1f %12s %12s %12.2f %12.2f %12.1f %12.1f%n", "saving", c.gridKwh() - p.gridKwh(), "",
                "", c.energyCostCny() - p.energyCostCny(), c.demandChargeCny() - p.demandChargeCny(), c.carbonKg() - p.carbonKg(),
                c.peakGridKw() - p.peakGridKw()));
        text.append(String.format(Locale.ROOT, "    %-14s battery on the plan's plant power saves %.2f CNY and %.1f kg CO2 against its timetable;"
                + " whole day %s, gap %.3f %% to its bound%n", "", site.battery().costCny(), site.battery().carbonKg(),
                site.feasible() ? "feasible" : "INFEASIBLE: " + String.join("; ", site.violations()), site.bound().gapPercent()));
        return text.toString();
    }

    private static String siteTotals(String label, SiteTotals totals) {
        return String.format(Locale.ROOT, "    %-14s %12.1f %12.1f %12s %12.2f %12.2f %12.1f %12.1f%n", label, totals.gridKwh(), totals.pvKwh(),
                String.format(Locale.ROOT, "+%.0f/-%.0f", totals.batteryDischargeKwh(), totals.batteryChargeKwh()), totals.energyCostCny(),
                totals.demandChargeCny(), totals.carbonKg(), totals.peakGridKw());
    }

    private static String totals(String label, PlanTotals totals) {
        return String.format(Locale.ROOT, "    %-14s %12.1f %12.1f %12.1f %12.1f %12.2f %12.1f%n", label, totals.chillerEnergyKwh(),
                totals.pumpEnergyKwh(), totals.towerEnergyKwh(), totals.energyKwh(), totals.costCny(), totals.carbonKg());
    }

    private static double percent(double part, double whole) {
        return whole > 0 ? 100 * part / whole : 0;
    }

    static int pumpCount(List<PlannedChiller> chillers, List<SecondaryZone> zones) {
        return chillers.stream().mapToInt(c -> c.pairedPumps().size()).sum() + zones.stream().mapToInt(z -> z.pumpIds().size()).sum();
    }
}
