package io.wardwatt.optimize.runtime;

import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.PlanAgainstActual;
import io.wardwatt.optimize.plans.PlanInputs;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.scenario.PlanJson;
import io.wardwatt.optimize.scenario.Scenario;
import io.wardwatt.optimize.store.PlanRepository;
import io.wardwatt.readings.query.ConsumptionBucket;
import io.wardwatt.readings.query.PointSeries;
import io.wardwatt.readings.runtime.RollupSeriesReader;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import io.wardwatt.optimize.PlantInterventions;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Plan against actual: the plan's slots with the site's measured cooling load (BTU meter) and plant electricity
 * (chiller-plant sub-meter), from their 15-minute consumption rollups. A slot counts as measured only when every
 * quarter hour of it has a rollup bucket of both meters.
 */
@ApplicationScoped
public class PlanActuals {

    private static final int QUARTER = 15;

    @Inject
    PlantInterventions interventions;

    @Inject
    PlanRepository plans;

    @Inject
    PlanApprovals approvals;

    @Inject
    PointDirectory points;

    @Inject
    RollupSeriesReader series;

    @Inject
    OptimizeConfig config;

    /** The plan, its inputs and its measurements, compared. */
    public record Actual(UUID planId, String site, String coolingPoint, String plantPoint, PlanAgainstActual.Comparison comparison) {
    }

    @Transactional
    public Actual of(UUID id) {
        StoredPlan plan = plans.find(id).orElseThrow(() -> new UnknownEntityException("plan", id.toString()));
        DayPlan day = plans.planJson(id).map(PlanJson::read)
                .orElseThrow(() -> new StateConflictException("plan " + id + " is " + plan.status().code() + " and has no plan"));
        if (day.start() == null) {
            throw new StateConflictException("plan " + id + " has no date: its slots are tied to no time the plant was measured");
        }
        if (day.slotMinutes() % QUARTER != 0) {
            throw new StateConflictException("plan " + id + " has " + day.slotMinutes() + "-minute slots; plan against actual compares whole "
                    + "quarter hours (the meters' finest rollup)");
        }
        PlanRepository.Inputs inputs = plans.inputs(id).orElseThrow();
        Scenario scenario = PlanInputs.read(inputs.scenarioJson(), inputs.modelFiles(), "plan " + id);
        ZoneId zone = approvals.zone(plan.site());
        var actual = config.actual();
        double[] cooling = perSlot(meter(plan.site(), actual.coolingPoint(), "wardwatt.optimize.actual.cooling-point"), day, zone);
        double[] plant = perSlot(meter(plan.site(), actual.plantPoint(), "wardwatt.optimize.actual.plant-point"), day, zone);
        PlanAgainstActual.Comparison comparison = PlanAgainstActual.compare(day, scenario.problem(), cooling, plant,
                actual.forecastErrorPercent(), actual.offPlanPercent());
        Instant from = day.start().atZone(zone).toInstant();
        Instant until = day.start().plusMinutes((long) day.slotMinutes() * day.slots().size()).atZone(zone).toInstant();
        comparison = PlanAgainstActual.withInterventions(comparison, day.slotMinutes(), zone, interventions.during(plan.site(), from, until));
        return new Actual(id, plan.site(), plan.site() + "/" + actual.coolingPoint(), plan.site() + "/" + actual.plantPoint(), comparison);
    }

    private MeasurementPoint meter(String site, String code, String key) {
        MeasurementPoint point = points.byKey(site, code)
                .orElseThrow(() -> new StateConflictException(key + ": no point " + site + "/" + code + " in the site model"));
        if (!point.isCounter() || point.unit() == null || !point.unit().toLowerCase(Locale.ROOT).equals("kwh")) {
            throw new StateConflictException(key + ": " + point.key() + " must be a counter in kWh, is a " + (point.isCounter() ? "counter" : "value")
                    + " in '" + point.unit() + "'");
        }
        return point;
    }

    /** The meter's consumption per slot, NaN where a quarter hour of the slot has no bucket. */
    private double[] perSlot(MeasurementPoint point, DayPlan day, ZoneId zone) {
        int n = day.slots().size();
        int quarters = day.slotMinutes() / QUARTER;
        Instant from = day.start().atZone(zone).toInstant();
        Instant to = day.start().plusMinutes((long) day.slotMinutes() * n).atZone(zone).toInstant();
        double[] sum = new double[n];
        int[] seen = new int[n];
        PointSeries found = series.series(point, from.toString(), to.toString(), "15m");
        if (found.consumption() != null) {
            for (ConsumptionBucket bucket : found.consumption()) {
                int slot = slotOf(day, zone, bucket.start());
                if (slot >= 0 && slot < n) {
                    sum[slot] += bucket.quantity();
                    seen[slot]++;
                }
            }
        }
        double[] result = new double[n];
        Arrays.fill(result, Double.NaN);
        for (int s = 0; s < n; s++) {
            if (seen[s] == quarters) {
                result[s] = sum[s];
            }
        }
        return result;
    }

    private static int slotOf(DayPlan day, ZoneId zone, Instant at) {
        for (int s = 0; s < day.slots().size(); s++) {
            Instant start = day.slots().get(s).start().atZone(zone).toInstant();
            if (!at.isBefore(start) && at.isBefore(start.plusSeconds(60L * day.slotMinutes()))) {
                return s;
            }
        }
        return -1;
    }
}
