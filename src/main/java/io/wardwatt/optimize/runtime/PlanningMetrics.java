package io.wardwatt.optimize.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.plans.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Plans solved (by outcome) and failed, the time each search took, the gap of the last plan, the queue; per site, the PV
 * scale factor of the last calibration and its CV(RMSE).
 */
@ApplicationScoped
public class PlanningMetrics {

    @Inject
    MeterRegistry registry;

    private final AtomicReference<Double> lastGap = new AtomicReference<>(Double.NaN);
    private final Map<String, AtomicReference<Double>> pvFactors = new ConcurrentHashMap<>();
    private final Map<String, AtomicReference<Double>> pvCvRmse = new ConcurrentHashMap<>();

    void watchQueue(Supplier<Number> queueLength) {
        Gauge.builder("wardwatt.optimize.plans.queued", queueLength, q -> q.get().doubleValue())
                .description("Plans waiting for the solver thread").strongReference(true).register(registry);
        Gauge.builder("wardwatt.optimize.plan.last.gap.percent", lastGap, AtomicReference::get)
                .description("Gap between the last plan and its lower bound, percent").register(registry);
    }

    void solved(PlanStatus status, Duration took, DayPlan plan) {
        Counter.builder("wardwatt.optimize.plans.solved").tag("status", status.code())
                .description("Plans solved: done (search ran to its end) or stopped (ended early on request)").register(registry).increment();
        Timer.builder("wardwatt.optimize.plan.solve").description("Time from reading a plan's inputs to its plan").register(registry).record(took);
        if (plan.bound() != null) {
            lastGap.set(plan.bound().gapPercent());
        }
    }

    void failed() {
        Counter.builder("wardwatt.optimize.plans.failed").description("Plans whose inputs could not be planned").register(registry).increment();
    }

    /** @param cvRmsePercent null when the plant file's factor stands (the gauge then reads NaN: there is no fit to judge) */
    void pvCalibrated(String site, double factor, Double cvRmsePercent) {
        pvGauge(pvFactors, "wardwatt.optimize.pv.scale.factor", "The PV model's scale factor of the last calibration (fitted or the plant file's)",
                site).set(factor);
        pvGauge(pvCvRmse, "wardwatt.optimize.pv.cv.rmse.percent", "CV(RMSE) of the last fitted PV scale factor, percent; NaN when not fitted",
                site).set(cvRmsePercent == null ? Double.NaN : cvRmsePercent);
    }

    private AtomicReference<Double> pvGauge(Map<String, AtomicReference<Double>> gauges, String name, String description, String site) {
        return gauges.computeIfAbsent(site, s -> {
            AtomicReference<Double> value = new AtomicReference<>(Double.NaN);
            Gauge.builder(name, value, AtomicReference::get).description(description).tag("site", s).strongReference(true).register(registry);
            return value;
        });
    }
}
