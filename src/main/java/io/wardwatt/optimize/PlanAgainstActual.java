package io.wardwatt.optimize;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan set against what the plant then did, slot by slot: planned and measured cooling load, plant power, kW/RT and
 * cost, and the conventional-sequencing baseline re-evaluated on the measured load, so the saving is measured, not
 * assumed: baseline cost at the measured load minus the measured cost.
 *
 * <p>The baseline is the plan's own conventional sequencer ({@link ConventionalSequencer}, equal part load) run on the
 * plan's recorded problem with each slot's forecast load replaced by the measured one (a slot without data keeps its
 * forecast, so the sequencer's timers run on, and is left out of the sums).
 */
public final class PlanAgainstActual {

    /** One refrigeration ton, kW thermal. */
    public static final double KW_PER_RT = 3.517;

    /** Loads, powers and cost of one slot as planned, measured, or by the baseline; kW/RT null without load. */
    public record Figures(double loadKw, double plantKw, Double kwPerRt, double costCny) {

        static Figures of(double loadKw, double plantKw, double costCny) {
            return new Figures(loadKw, plantKw, loadKw > 0 ? plantKw / (loadKw / KW_PER_RT) : null, costCny);
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
     * @param baseline conventional sequencing at the measured load (null without data)
     * @param savingCny baseline cost minus measured cost (null without data)
     */
    public record Slot(int index, LocalDateTime start, String tariffPeriod, Figures planned, Figures measured, Figures baseline, Double savingCny,
            List<Deviation> deviations) {

        public Slot {
            deviations = List.copyOf(deviations);
        }
    }

    /**
     * Sums over the slots with data only, so the three costs are comparable; savingPercent against the baseline. The
     * baseline's plant energy and both carbon figures (each slot's plant energy times the plan's carbon intensity of
     * the slot) are over the same slots.
     */
    public record Totals(int slotsWithData, int slotsWithoutData, double plannedCostCny, double measuredCostCny, double baselineCostCny,
            double measuredSavingCny, Double measuredSavingPercent, double measuredCoolingKwh, double measuredPlantKwh, double baselinePlantKwh,
            double measuredCarbonKg, double baselineCarbonKg) {
    }

    public record Comparison(String baselineMethod, double forecastErrorPercent, double offPlanPercent, List<Slot> slots, Totals totals) {

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
                slots.add(new Slot(p.index(), p.start(), p.tariffPeriod(), plannedFigures, null, null, null, deviations));
                continue;
            }
            double price = problem.slots().get(s).pricePerKwh();
            Figures actual = Figures.of(Math.max(0, coolingKwh[s] / hours), plantKwh[s] / hours, plantKwh[s] * price);
            PlannedSlot b = baseline.slots().get(s);
            Figures baselineFigures = Figures.of(b.loadKw(), b.powerKw(), b.costCny());
            boolean loadAsForecast = true;
            double loadError = percentOff(actual.loadKw(), p.loadKw());
            if (loadError > forecastErrorPercent) {
                loadAsForecast = false;
                deviations.add(new Deviation("forecast-error", String.format(java.util.Locale.ROOT,
                        "measured load %.1f kW is %+.1f %% off the forecast %.1f kW", actual.loadKw(), signedPercent(actual.loadKw(), p.loadKw()),
                        p.loadKw())));
            }
            if (loadAsForecast && percentOff(actual.plantKw(), p.powerKw()) > offPlanPercent) {
                deviations.add(new Deviation("plant-off-plan", String.format(java.util.Locale.ROOT,
                        "with the load as forecast, the plant drew %.1f kW against %.1f kW planned (%+.1f %%): not following the plan "
                                + "(advisory mode, an override) or an equipment fault", actual.plantKw(), p.powerKw(),
                        signedPercent(actual.plantKw(), p.powerKw()))));
            }
            double saving = baselineFigures.costCny() - actual.costCny();
            slots.add(new Slot(p.index(), p.start(), p.tariffPeriod(), plannedFigures, actual, baselineFigures, saving, deviations));
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
        Totals totals = new Totals(with, n - with, planned, measured, base, base - measured, base > 0 ? 100 * (base - measured) / base : null,
                cooling, plant, basePlant, measuredCarbon, baseCarbon);
        return new Comparison(baseline.method() + "; re-evaluated on the measured load", forecastErrorPercent, offPlanPercent, slots, totals);
    }

    /**
     * The comparison with each slot's plant interventions (overrides, device faults, suspensions overlapping it) added
     * as deviations, so a slot off its plan names what took it off.
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
            slots.add(new Slot(slot.index(), slot.start(), slot.tariffPeriod(), slot.planned(), slot.measured(), slot.baseline(), slot.savingCny(),
                    deviations));
        }
        return new Comparison(comparison.baselineMethod(), comparison.forecastErrorPercent(), comparison.offPlanPercent(), slots,
                comparison.totals());
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
