package io.wardwatt.optimize;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan set against what the plant then did, slot by slot: planned and measured cooling load, plant power, kW/RT and
 * cost, and the conventional-sequencing baseline at the measured load, so the saving is measured, not assumed:
 * baseline cost at the measured load minus the measured cost.
 *
 * <p>The baseline is a calibrated simulation (IPMVP Option D, ASHRAE Guideline 14): the planner's plant model evaluates
 * both the plan as operated (its own chillers, set-points and towers) and the plan's conventional sequencer
 * ({@link ConventionalSequencer}, equal part load) on the plan's recorded problem with each slot's forecast load
 * replaced by the measured one (a slot without data keeps its forecast, so the sequencer's timers run on, and is left
 * out of the sums). The model's conventional figures are then scaled by the day's calibration factor, metered plant
 * energy over the model's energy for the plan as operated, taken over the slots that ran on plan. Comparing the meter
 * with the raw model would count the model's whole bias against the real plant as saving (the simulated hospital's
 * plant draws far less than the model at winter loads: 36 % "saved" where the meters show about 1 %); with the factor
 * the saving is the model's relative saving applied to what the meter saw, and the bias cancels.
 */
public final class PlanAgainstActual {

    /** One refrigeration ton, kW thermal. */
    public static final double KW_PER_RT = 3.517;

    /** Slot deviations after which the plant did not run the plan, so the slot says nothing about the model's bias. */
    private static final java.util.Set<String> OFF_PLAN_CAUSES = java.util.Set.of("plant-off-plan", "override", "equipment-fault", "plan-suspended");

    /** Loads, powers and cost of one slot as planned, measured, or by the baseline; kW/RT null without load. */
    public record Figures(double loadKw, double plantKw, Double kwPerRt, double costCny) {

        static Figures of(double loadKw, double plantKw, double costCny) {
            return new Figures(loadKw, plantKw, loadKw > 0 ? plantKw / (loadKw / KW_PER_RT) : null, costCny);
        }

        Figures scaled(double factor) {
            return of(loadKw, factor * plantKw, factor * costCny);
        }
    }

    /**
     * Why a slot went otherwise than planned. {@code cause}: no-data, forecast-error, plant-off-plan (measured), or
     * override, equipment-fault, plan-suspended (what plant control recorded during the slot).
     */
    public record Deviation(String cause, String detail) {
    }

    /**
     * @param measured null when the slot has no complete data
     * @param modelled the plan as operated (its own decisions) by the plant model at the measured load (null without data)
     * @param modelBaseline conventional sequencing by the plant model at the measured load, uncalibrated (null without data)
     * @param baseline the model's conventional sequencing times the day's calibration factor (null without data or
     *        without a factor)
     * @param savingCny baseline cost minus measured cost (null when the baseline is)
     */
    public record Slot(int index, LocalDateTime start, String tariffPeriod, Figures planned, Figures measured, Figures modelled,
            Figures modelBaseline, Figures baseline, Double savingCny, List<Deviation> deviations) {

        public Slot {
            deviations = List.copyOf(deviations);
        }

        /** Whether the slot can calibrate the model: measured, run on plan, and the model gives the plan power. */
        boolean calibrates() {
            return measured != null && modelled != null && modelled.plantKw() > 0 && Double.isFinite(modelled.plantKw())
                    && deviations.stream().noneMatch(d -> OFF_PLAN_CAUSES.contains(d.cause()));
        }
    }

    /**
     * Sums over the slots with data only, so the costs are comparable; savingPercent against the baseline. The
     * baseline's plant energy and both carbon figures (each slot's plant energy times the plan's carbon intensity of
     * the slot) are over the same slots. The baseline figures and the saving are calibrated, null when the day has no
     * calibration factor; the model's own conventional figures are given beside them.
     *
     * @param calibrationFactor metered plant kWh over the model's kWh of the plan as operated, over the calibration
     *        slots; null when there is none
     * @param calibrationSlots slots with data that ran on plan and that the model could evaluate
     */
    public record Totals(int slotsWithData, int slotsWithoutData, double plannedCostCny, double measuredCostCny, Double baselineCostCny,
            Double measuredSavingCny, Double measuredSavingPercent, double measuredCoolingKwh, double measuredPlantKwh, Double baselinePlantKwh,
            double measuredCarbonKg, Double baselineCarbonKg, Double calibrationFactor, int calibrationSlots, double modelBaselineCostCny,
            double modelBaselinePlantKwh, double modelBaselineCarbonKg) {
    }

    /**
     * @param modelBaselineMethod how the model's conventional baseline runs, before calibration
     * @param baselineMethod the whole method: that baseline, the measured load, and the calibration (or why there is none)
     */
    public record Comparison(String baselineMethod, String modelBaselineMethod, double forecastErrorPercent, double offPlanPercent, List<Slot> slots,
            Totals totals) {

        public Comparison {
            slots = List.copyOf(slots);
        }
    }

    private PlanAgainstActual() {
    }

    /**
     * @param problem the plan's recorded problem (its scenario), for the prices and the baseline
     * @param coolingKwh measured cooling energy per slot, kWh thermal; NaN where the slot is not fully covered
     * @param plantKwh measured plant electricity per slot, kWh; NaN likewise
     * @param forecastErrorPercent a measured load further than this from the forecast is a forecast error
     * @param offPlanPercent a measured plant power further than this from the plan's, with the load as forecast, is off plan
     */
    public static Comparison compare(DayPlan plan, DayProblem problem, double[] coolingKwh, double[] plantKwh, double forecastErrorPercent,
            double offPlanPercent) {
        int n = plan.slots().size();
        if (problem.slots().size() != n || coolingKwh.length != n || plantKwh.length != n) {
            throw new IllegalArgumentException("the plan has " + n + " slots, its problem " + problem.slots().size() + ", the measurements "
                    + coolingKwh.length + " and " + plantKwh.length);
        }
        double hours = problem.slotHours();
        List<SlotConditions> measuredSlots = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            SlotConditions c = problem.slots().get(s);
            double load = Double.isNaN(coolingKwh[s]) ? c.loadKw() : Math.max(0, coolingKwh[s] / hours);
            measuredSlots.add(c.withLoad(load));
        }
        DayProblem measuredProblem = problem.withSlots(measuredSlots);
        BaselinePlan baseline = SolverRun.baseline(measuredProblem);
        List<PlannedSlot> asOperated = new PlanEvaluator(measuredProblem).evaluate(AsOperated.decisions(plan, measuredProblem),
                PlanEvaluator.Split.OPTIMAL).slots();
        double level = modelLevel(asOperated, plantKwh, coolingKwh, hours);

        List<Slot> slots = new ArrayList<>();
        int with = 0;
        double planned = 0;
        double measured = 0;
        double base = 0;
        double cooling = 0;
        double plant = 0;
        double basePlant = 0;
        double measuredCarbon = 0;
        double baseCarbon = 0;
        for (int s = 0; s < n; s++) {
            PlannedSlot p = plan.slots().get(s);
            Figures plannedFigures = Figures.of(p.loadKw(), p.powerKw(), p.costCny());
            List<Deviation> deviations = new ArrayList<>();
            if (Double.isNaN(coolingKwh[s]) || Double.isNaN(plantKwh[s])) {
                deviations.add(new Deviation("no-data", (Double.isNaN(coolingKwh[s]) ? "cooling load" : "plant electricity")
                        + " is not measured over the whole slot"));
                slots.add(new Slot(p.index(), p.start(), p.tariffPeriod(), plannedFigures, null, null, null, null, null, deviations));
                continue;
            }
            double price = problem.slots().get(s).pricePerKwh();
            Figures actual = Figures.of(Math.max(0, coolingKwh[s] / hours), plantKwh[s] / hours, plantKwh[s] * price);
            PlannedSlot b = baseline.slots().get(s);
            Figures baselineFigures = Figures.of(b.loadKw(), b.powerKw(), b.costCny());
            PlannedSlot m = asOperated.get(s);
            Figures modelled = Figures.of(m.loadKw(), m.powerKw(), m.costCny());
            boolean loadAsForecast = true;
            double loadError = percentOff(actual.loadKw(), p.loadKw());
            if (loadError > forecastErrorPercent) {
                loadAsForecast = false;
                deviations.add(new Deviation("forecast-error", String.format(java.util.Locale.ROOT,
                        "measured load %.1f kW is %+.1f %% off the forecast %.1f kW", actual.loadKw(), signedPercent(actual.loadKw(), p.loadKw()),
                        p.loadKw())));
            }
            // judged against the plan at the model's level on this plant: a model that reads 30 % high everywhere would
            // otherwise call every slot off plan, and leave nothing to calibrate on
            double expectedKw = level * p.powerKw();
            if (loadAsForecast && percentOff(actual.plantKw(), expectedKw) > offPlanPercent) {
                deviations.add(new Deviation("plant-off-plan", String.format(java.util.Locale.ROOT,
                        "with the load as forecast, the plant drew %.1f kW against %.1f kW planned (%.1f kW by the model, times %.3f, its"
                                + " median level on this day's meter) (%+.1f %%): not following the plan (advisory mode, an override) or an"
                                + " equipment fault", actual.plantKw(), expectedKw, p.powerKw(), level, signedPercent(actual.plantKw(), expectedKw))));
            }
            slots.add(new Slot(p.index(), p.start(), p.tariffPeriod(), plannedFigures, actual, modelled, baselineFigures, null, null, deviations));
            with++;
            planned += p.costCny();
            measured += actual.costCny();
            base += baselineFigures.costCny();
            cooling += coolingKwh[s];
            plant += plantKwh[s];
            double carbon = problem.slots().get(s).carbonKgPerKwh();
            basePlant += b.powerKw() * hours;
            measuredCarbon += plantKwh[s] * carbon;
            baseCarbon += b.powerKw() * hours * carbon;
        }
        Totals uncalibrated = new Totals(with, n - with, planned, measured, null, null, null, cooling, plant, null, measuredCarbon, null, null, 0,
                base, basePlant, baseCarbon);
        return calibrated(baseline.method(), forecastErrorPercent, offPlanPercent, slots, uncalibrated);
    }

    /**
     * The comparison with each slot's plant interventions (overrides, device faults, suspensions overlapping it) added
     * as deviations, so a slot off its plan names what took it off; such a slot no longer calibrates the model, so the
     * factor is taken again.
     *
     * @param zone the site's zone, in which the plan's slot starts are local times
     */
    public static Comparison withInterventions(Comparison comparison, int slotMinutes, java.time.ZoneId zone,
            List<PlantInterventions.Intervention> interventions) {
        if (interventions.isEmpty()) {
            return comparison;
        }
        List<Slot> slots = new ArrayList<>();
        for (Slot slot : comparison.slots()) {
            java.time.Instant from = slot.start().atZone(zone).toInstant();
            java.time.Instant until = from.plusSeconds(60L * slotMinutes);
            List<Deviation> deviations = new ArrayList<>(slot.deviations());
            for (PlantInterventions.Intervention i : interventions) {
                boolean overlaps = i.from().isBefore(until) && (i.until() == null || i.until().isAfter(from));
                if (overlaps) {
                    deviations.add(new Deviation(i.kind().cause(), (i.device() == null ? "" : i.device() + ": ") + i.text() + " (" + i.from()
                            + " to " + (i.until() == null ? "now" : i.until()) + ")"));
                }
            }
            slots.add(new Slot(slot.index(), slot.start(), slot.tariffPeriod(), slot.planned(), slot.measured(), slot.modelled(),
                    slot.modelBaseline(), null, null, deviations));
        }
        return calibrated(comparison.modelBaselineMethod(), comparison.forecastErrorPercent(), comparison.offPlanPercent(), slots,
                comparison.totals());
    }

    /**
     * The slots and totals with the model's baseline scaled by the day's calibration factor. Without a slot to calibrate
     * on, the baseline and the saving are left out, not given uncalibrated: the raw model's saving carries the model's
     * whole bias against this plant, which can be many times the real saving, and Guideline 14 accepts a simulated
     * baseline only once calibrated against the meter. A day without a saving is then not counted in the tally rather
     * than counted wrong.
     */
    private static Comparison calibrated(String modelMethod, double forecastErrorPercent, double offPlanPercent, List<Slot> slots, Totals t) {
        double metered = 0;
        double model = 0;
        int calibrating = 0;
        for (Slot slot : slots) {
            if (slot.calibrates()) {
                metered += slot.measured().plantKw();
                model += slot.modelled().plantKw();
                calibrating++;
            }
        }
        Double factor = calibrating > 0 ? metered / model : null;
        List<Slot> result = new ArrayList<>();
        for (Slot slot : slots) {
            Figures baseline = factor == null || slot.modelBaseline() == null ? null : slot.modelBaseline().scaled(factor);
            result.add(new Slot(slot.index(), slot.start(), slot.tariffPeriod(), slot.planned(), slot.measured(), slot.modelled(),
                    slot.modelBaseline(), baseline, baseline == null ? null : baseline.costCny() - slot.measured().costCny(), slot.deviations()));
        }
        String method = modelMethod + "; re-evaluated on the measured load";
        Totals totals;
        if (factor == null) {
            method += "; not calibrated (no slot was measured, run on plan and evaluable by the model), so no saving is stated";
            totals = new Totals(t.slotsWithData(), t.slotsWithoutData(), t.plannedCostCny(), t.measuredCostCny(), null, null, null,
                    t.measuredCoolingKwh(), t.measuredPlantKwh(), null, t.measuredCarbonKg(), null, null, 0, t.modelBaselineCostCny(),
                    t.modelBaselinePlantKwh(), t.modelBaselineCarbonKg());
        } else {
            method += String.format(java.util.Locale.ROOT, "; calibrated: times %.4f, the metered plant energy over the model's for the plan"
                    + " as operated, over %d slots run on plan", factor, calibrating);
            double base = factor * t.modelBaselineCostCny();
            totals = new Totals(t.slotsWithData(), t.slotsWithoutData(), t.plannedCostCny(), t.measuredCostCny(), base,
                    base - t.measuredCostCny(), base > 0 ? 100 * (base - t.measuredCostCny()) / base : null, t.measuredCoolingKwh(),
                    t.measuredPlantKwh(), factor * t.modelBaselinePlantKwh(), t.measuredCarbonKg(), factor * t.modelBaselineCarbonKg(), factor,
                    calibrating, t.modelBaselineCostCny(), t.modelBaselinePlantKwh(), t.modelBaselineCarbonKg());
        }
        return new Comparison(method, modelMethod, forecastErrorPercent, offPlanPercent, result, totals);
    }

    /**
     * The model's level on this plant: the median over the measured slots of metered over modelled plant power for the
     * plan as operated (1 when no slot has both). The median, not the mean, so that the slots off their plan, which this
     * level is there to find, do not move it.
     */
    private static double modelLevel(List<PlannedSlot> asOperated, double[] plantKwh, double[] coolingKwh, double hours) {
        List<Double> ratios = new ArrayList<>();
        for (int s = 0; s < asOperated.size(); s++) {
            double modelledKw = asOperated.get(s).powerKw();
            if (!Double.isNaN(plantKwh[s]) && !Double.isNaN(coolingKwh[s]) && modelledKw > 0 && Double.isFinite(modelledKw)) {
                ratios.add(plantKwh[s] / hours / modelledKw);
            }
        }
        if (ratios.isEmpty()) {
            return 1;
        }
        java.util.Collections.sort(ratios);
        int m = ratios.size();
        return m % 2 == 1 ? ratios.get(m / 2) : (ratios.get(m / 2 - 1) + ratios.get(m / 2)) / 2;
    }

    private static double percentOff(double value, double reference) {
        if (reference == 0) {
            return value == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(signedPercent(value, reference));
    }

    private static double signedPercent(double value, double reference) {
        return reference == 0 ? 0 : 100 * (value - reference) / reference;
    }
}
