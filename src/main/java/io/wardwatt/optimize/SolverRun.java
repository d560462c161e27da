package io.wardwatt.optimize;

import io.wardwatt.optimize.domain.ChillerCommitment;
import io.wardwatt.optimize.domain.PlantPlan;
import io.wardwatt.optimize.domain.PumpCommitment;
import io.wardwatt.optimize.domain.SetpointChoice;
import io.wardwatt.optimize.solver.PlantPlanFactory;
import io.wardwatt.optimize.solver.PlantSolverConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.impl.solver.DefaultSolver;

/** One planning run: table, bound, warm start, search, evaluation, baseline. */
final class SolverRun implements PlanningRun {

    static final String SLOT_BOUND_METHOD = "every slot at its own optimum under its own rules (load with spare, minimum part load,"
            + " set-point limits, pump flow), run and stop times, starts and start costs relaxed";
    static final String PROGRAMME_BOUND_METHOD = "exact dynamic programme over running sets with every rule but the starts-per-day"
            + " limit (relaxed)";
    static final String PROGRAMME_RELAXED_TIMING_METHOD = "dynamic programme over running sets with minimum run and stop times"
            + " relaxed to %d and %d slots (the full state space is too large) and the starts-per-day limit relaxed";
    /** Added to the bound's method when the towers are planned: what the table's condenser-water choice is exact over. */
    static final String TOWER_CHOICE_METHOD = "; each slot's condenser water chosen exactly per running set over the plant file's candidate"
            + " set-points and the lowest the towers reach, never below a running chiller's minimum entering temperature, and over"
            + " every tower cell count the cells' water limits allow (fan speed solved from the approach correlation): a true lower"
            + " bound over these discretised choices";
    static final String PROGRAMME_EXACT_METHOD = "exact dynamic programme over running sets with every rule (no starts limit):"
            + " the optimum itself";

    private final DayProblem problem;
    private final SolverSettings settings;
    private volatile boolean stopRequested;
    private volatile Solver<PlantPlan> solver;
    private volatile boolean finished;

    SolverRun(DayProblem problem, SolverSettings settings) {
        this.problem = problem;
        this.settings = settings;
    }

    @Override
    public void stop() {
        stopRequested = true;
        Solver<PlantPlan> running = solver;
        if (running == null) {
            return;
        }
        running.terminateEarly();
        if (!running.isSolving() && !finished) {
            // solve() may be about to begin, and OptaPlanner clears an early termination when it begins: ask again
            // as soon as it runs, so that a stop is never lost between preparing and starting the search.
            Thread repeat = new Thread(() -> {
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (!finished && !running.isSolving() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                running.terminateEarly();
            }, "plan-stop");
            repeat.setDaemon(true);
            repeat.start();
        }
    }

    /** Whether OptaPlanner's search has begun and not ended: the table and the bound are behind it. */
    boolean searching() {
        Solver<PlantPlan> running = solver;
        return running != null && running.isSolving();
    }

    @Override
    public DayPlan solve() {
        long started = System.nanoTime();
        SlotTable table = SlotTable.build(problem);
        int slots = problem.slots().size();
        double bound = 0;
        int[] masks = new int[slots];
        int[] setpoints = new int[slots];
        int[][] pumpCounts = new int[slots][];
        for (int s = 0; s < slots; s++) {
            SlotTable.SlotChoice own = table.relaxedOptimum(s);
            if (own == null) {
                bound = Double.NaN;
                own = fallback(table, s);
            } else {
                bound += own.objective();
            }
            masks[s] = own.mask();
            setpoints[s] = own.setpoint();
            pumpCounts[s] = own.pumpCounts();
        }
        String boundMethod = SLOT_BOUND_METHOD;
        TimedSetProgramme.Result programme = Double.isFinite(bound) ? TimedSetProgramme.solve(table) : null;
        if (programme != null && programme.masks() != null) {
            bound = programme.objective();
            boundMethod = !programme.exactTiming()
                    ? String.format(java.util.Locale.ROOT, PROGRAMME_RELAXED_TIMING_METHOD, programme.runSlots(), programme.stopSlots())
                    : problem.rules().maxStartsPerDay() > 0 ? PROGRAMME_BOUND_METHOD : PROGRAMME_EXACT_METHOD;
            for (int s = 0; s < slots; s++) {
                masks[s] = programme.masks()[s];
                setpoints[s] = programme.choices()[s].setpoint();
                pumpCounts[s] = programme.choices()[s].pumpCounts();
            }
        } else if (programme != null) {
            bound = Double.NaN;
            boundMethod = "none: no plan keeps the run and stop times with every slot's own rules";
        }
        if (problem.plansTowers() && !boundMethod.startsWith("none")) {
            boundMethod += TOWER_CHOICE_METHOD;
        }
        long tableAndBoundMillis = millisSince(started);
        PlantPlan start = PlantPlanFactory.create(table, masks, setpoints, pumpCounts);
        long searchStarted = System.nanoTime();
        PlantPlan best = start;
        long scoreCalculations = 0;
        if (!stopRequested) {
            Solver<PlantPlan> built = PlantSolverConfig.factory(settings, bound).buildSolver();
            solver = built;
            if (!stopRequested) {
                try {
                    best = built.solve(start);
                } finally {
                    finished = true;
                }
                scoreCalculations = ((DefaultSolver<PlantPlan>) built).getSolverScope().getScoreCalculationCount();
            }
        }
        long solveMillis = millisSince(searchStarted);
        List<SlotDecision> decisions = decisions(best, table);
        PlanEvaluator evaluator = new PlanEvaluator(problem);
        PlanEvaluator.Evaluation plan = evaluator.evaluate(decisions, PlanEvaluator.Split.OPTIMAL);
        List<PlannedSlot> annotated = new BindingRules(problem, table).annotate(plan.slots(), decisions);
        BaselinePlan baseline = baseline(problem);
        double gap = Double.isFinite(bound) && bound > 0 ? 100 * (plan.totals().objective() - bound) / bound : Double.NaN;
        if (gap < 0 && gap > -1e-6) {
            // The plan is re-evaluated from the models, the bound summed from the table: the same numbers, added in
            // another order. A larger negative gap would be a bug and is left visible.
            gap = 0;
        }
        PlanBound planBound = Double.isFinite(bound)
                ? new PlanBound(boundMethod, bound, gap)
                : new PlanBound(boundMethod.startsWith("none") ? boundMethod : "none: some slot has no choice that keeps its own rules",
                        Double.NaN, Double.NaN);
        String score = best.getScore() == null ? "not scored" : best.getScore().toString();
        SolverStatistics statistics = new SolverStatistics(tableAndBoundMillis, solveMillis, millisSince(started), score, scoreCalculations,
                termination(solveMillis, gap), settings.randomSeed());
        SupplyCap cap = problem.rules().supplyCap();
        List<String> limits = new ArrayList<>();
        if (cap != null) {
            limits.add(cap.rule());
        }
        wetBulbBeyondTowerModel(problem).ifPresent(limits::add);
        // A plant plan with a slot it cannot serve (an impossible load: already a violation) has no power there to plan
        // the site on, nor has a baseline that cannot: the plan is then of the plant alone.
        boolean plantPowerKnown = annotated.stream().allMatch(slot -> Double.isFinite(slot.powerKw()))
                && baseline.slots().stream().allMatch(slot -> Double.isFinite(slot.powerKw()));
        SitePlan site = problem.plansSite() && plantPowerKnown ? new SitePlanner(problem.equipment()).plan(problem, problem.site(), new PlantPower(
                annotated.stream().mapToDouble(PlannedSlot::powerKw).toArray(), plan.totals(),
                baseline.slots().stream().mapToDouble(PlannedSlot::powerKw).toArray(), baseline.totals(),
                SitePlanner.minimumPlantKw(table), planBound)) : null;
        // a battery that cannot hold the night's reserve makes the whole plan infeasible, with the reason
        List<String> violations = new ArrayList<>(plan.violations());
        if (site != null) {
            violations.addAll(site.violations());
        }
        return new DayPlan(problem.name(), problem.start(), problem.slotMinutes(), violations.isEmpty(), violations, limits,
                annotated, plan.totals(), baseline, saving(plan.totals(), baseline.totals()), planBound, statistics, site);
    }

    /**
     * When some slot's wet bulb lies outside the range the tower correlation is documented for, the plan says so: there
     * the approach is taken at the range's end (EnergyPlus practice), which above it takes the water warmer than the
     * polynomial would extrapolate (the approach narrows as the wet bulb rises).
     */
    static java.util.Optional<String> wetBulbBeyondTowerModel(DayProblem problem) {
        if (!problem.plansTowers()) {
            return java.util.Optional.empty();
        }
        var model = problem.condenser().towers().model();
        var range = model.range().wetBulbC();
        double[] wetBulbs = problem.slots().stream().mapToDouble(slot -> slot.weather().wetBulbC()).toArray();
        long above = java.util.Arrays.stream(wetBulbs).filter(w -> w > range.max()).count();
        long below = java.util.Arrays.stream(wetBulbs).filter(w -> w < range.min()).count();
        if (above + below == 0) {
            return java.util.Optional.empty();
        }
        double highest = java.util.Arrays.stream(wetBulbs).max().orElse(Double.NaN);
        double lowest = java.util.Arrays.stream(wetBulbs).min().orElse(Double.NaN);
        return java.util.Optional.of(String.format(java.util.Locale.ROOT, "tower correlation %s is documented for %.1f..%.1f °C wet bulb:"
                + " %d slot(s) outside (%.1f..%.1f °C) use the approach at the range's end", model.name(), range.min(), range.max(),
                above + below, lowest, highest));
    }

    static BaselinePlan baseline(DayProblem problem) {
        List<SlotDecision> decisions = new ConventionalSequencer(problem).decide();
        PlanEvaluator.Evaluation evaluation = new PlanEvaluator(problem).evaluate(decisions, PlanEvaluator.Split.EQUAL_PART_LOAD);
        ConventionalRules rules = problem.conventional();
        String method = String.format(java.util.Locale.ROOT, "conventional sequencing: chillers in plant order, stage up above %.0f %% of"
                + " running capacity, down below %.0f %% of the capacity without the last one, equal part load, supply %.1f °C,"
                + " secondary pumps staged above %.0f %% speed", 100 * rules.stageUpFraction(), 100 * rules.stageDownFraction(),
                rules.fixedSetpointC(), 100 * rules.pumpStageUpSpeed());
        if (problem.plansTowers()) {
            method += String.format(java.util.Locale.ROOT, ", towers holding %.1f °C condenser water on every cell the water can share"
                    + " (full fan speed and warmer water when they cannot)", problem.condenser().conventionalSetpointC());
        }
        return new BaselinePlan(method, evaluation.violations(), evaluation.slots(), evaluation.totals());
    }

    private static SlotTable.SlotChoice fallback(SlotTable table, int s) {
        int all = (1 << table.chillerCount()) - 1;
        int setpoint = 0;
        double nearest = Double.POSITIVE_INFINITY;
        for (int v = 0; v < table.setpointCount(); v++) {
            if (table.setpointExcessK(s, v) < nearest) {
                nearest = table.setpointExcessK(s, v);
                setpoint = v;
            }
        }
        int[] counts = new int[table.zoneCount()];
        for (int z = 0; z < counts.length; z++) {
            counts[z] = table.maxPumps(z);
        }
        return new SlotTable.SlotChoice(all, setpoint, counts, Double.NaN);
    }

    private List<SlotDecision> decisions(PlantPlan plan, SlotTable table) {
        int slots = problem.slots().size();
        int[] masks = new int[slots];
        double[] setpoints = new double[slots];
        int[] setpointIndexes = new int[slots];
        int[][] counts = new int[slots][problem.zones().size()];
        List<Set<String>> paired = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            paired.add(new HashSet<>());
        }
        for (ChillerCommitment commitment : plan.chillerCommitments()) {
            masks[commitment.slotIndex()] |= commitment.runningBit();
        }
        for (SetpointChoice choice : plan.setpointChoices()) {
            setpoints[choice.slotIndex()] = table.setpointC(choice.setpointIndex());
            setpointIndexes[choice.slotIndex()] = choice.setpointIndex();
        }
        for (PumpCommitment pump : plan.pumpCommitments()) {
            if (pump.isSecondary()) {
                counts[pump.slotIndex()][pump.zone().index()] += pump.runningCount();
            } else if (pump.isOn()) {
                paired.get(pump.slotIndex()).add(pump.pumpId());
            }
        }
        List<SlotDecision> decisions = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            // The towers' choice for the set and set-point, from the table (NaN and 0 when the condenser water is a given).
            double condenser = problem.plansTowers() ? table.condenserC(s, setpointIndexes[s], masks[s]) : Double.NaN;
            decisions.add(new SlotDecision(masks[s], setpoints[s], counts[s], paired.get(s), condenser,
                    table.towerCells(s, setpointIndexes[s], masks[s])));
        }
        return decisions;
    }

    private String termination(long solveMillis, double gap) {
        if (stopRequested) {
            return "stopped on request";
        }
        if (Double.isFinite(gap) && gap <= 100 * 1.0001e-4) {
            return "within 0.01 % of the lower bound";
        }
        if (solveMillis >= settings.timeLimit().toMillis() - 20) {
            return "time limit of " + settings.timeLimit().toMillis() + " ms";
        }
        return "no improvement for " + settings.unimprovedLimit().toMillis() + " ms"
                + (settings.maxScoreCalculations() > 0 ? " or " + settings.maxScoreCalculations() + " moves evaluated" : "");
    }

    private static PlanSaving saving(PlanTotals plan, PlanTotals baseline) {
        return new PlanSaving(baseline.energyKwh() - plan.energyKwh(), percent(baseline.energyKwh() - plan.energyKwh(), baseline.energyKwh()),
                baseline.costCny() - plan.costCny(), percent(baseline.costCny() - plan.costCny(), baseline.costCny()),
                baseline.carbonKg() - plan.carbonKg(), percent(baseline.objective() - plan.objective(), baseline.objective()));
    }

    private static double percent(double part, double whole) {
        return whole > 0 ? 100 * part / whole : 0;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
