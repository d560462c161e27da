package io.wardwatt.sim.history;

import io.wardwatt.sim.HospitalDevices;
import io.wardwatt.sim.HospitalSettings;
import io.wardwatt.sim.SimulatedDevice;
import io.wardwatt.sim.SimulatedHospital;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulated hospital's past: a fresh model with the live simulator's settings (so the same weather, outpatients and
 * measurement noise) run over the days before the live simulator's start, its points sampled as the devices show them.
 * The live simulator is not touched. Counters are shifted so that each ends exactly where the live register stood at
 * the start ({@link LiveCounters}): the history's last value is at or below the live one, and the consumption between
 * two samples is what the model integrated. A shifted counter below zero wraps at the register's rollover; a register
 * without one has no value there (NaN: the meter cannot have shown it).
 */
public final class SimulatedHistory {

    private final Instant from;
    private final Instant end;
    private final List<Instant> times;
    private final Map<String, double[]> values;
    private final Map<LocalDate, Integer> dailyVisits;

    private SimulatedHistory(Instant from, Instant end, List<Instant> times, Map<String, double[]> values, Map<LocalDate, Integer> dailyVisits) {
        this.from = from;
        this.end = end;
        this.times = times;
        this.values = values;
        this.dailyVisits = dailyVisits;
    }

    /**
     * Runs the model from {@code plan.from(end.at())} to {@code end.at()}.
     *
     * @param end the live counters at the live simulator's start; every counter point needs one
     * @throws IllegalArgumentException when a point's device is not simulated, or a counter has no live value
     */
    public static SimulatedHistory simulate(HospitalSettings settings, HistoryPlan plan, List<HistoryPoint> points, LiveCounters end) {
        return simulate(settings, plan, points, end, null);
    }

    /**
     * The same with {@code supervision} in charge of the plant from its attachment on (null: none), stepped one model
     * step at a time from then, so it is called before every step.
     */
    public static SimulatedHistory simulate(HospitalSettings settings, HistoryPlan plan, List<HistoryPoint> points, LiveCounters end,
            Supervision supervision) {
        Instant from = plan.from(end.at());
        SimulatedHospital hospital = new SimulatedHospital(settings, from);
        HospitalDevices devices = new HospitalDevices(hospital);
        Map<String, SimulatedDevice> byDevice = new LinkedHashMap<>();
        for (HistoryPoint point : points) {
            byDevice.put(point.device(), devices.device(point.device())
                    .orElseThrow(() -> new IllegalArgumentException(point.pointCode() + ": device " + point.device() + " is not simulated")));
            if (point.counter() && end.value(point.pointCode()).isEmpty()) {
                throw new IllegalArgumentException(point.pointCode() + ": a counter without a live value to end at");
            }
        }
        List<Instant> times = plan.times(end.at());
        Map<String, double[]> values = new LinkedHashMap<>();
        points.forEach(p -> values.put(p.pointCode(), new double[times.size()]));
        Stepping stepping = new Stepping(hospital, supervision);
        for (int i = 0; i < times.size(); i++) {
            stepping.advanceTo(times.get(i), plan.stepTo(times.get(i), end.at()));
            sample(points, byDevice, times.get(i), values, i);
        }
        stepping.advanceTo(end.at(), plan.step());
        for (HistoryPoint point : points) {
            if (point.counter()) {
                double atEnd = byDevice.get(point.device()).values(end.at()).get(point.name());
                anchor(values.get(point.pointCode()), atEnd, end.value(point.pointCode()).orElseThrow(), point.rollover());
            }
        }
        return new SimulatedHistory(from, end.at(), List.copyOf(times), values, visits(hospital, settings.zone(), from, end.at()));
    }

    /** Advances the model; once the supervision has attached, one step at a time with its hook before each. */
    private static final class Stepping {

        private final SimulatedHospital hospital;
        private final Supervision supervision;
        private Supervision.StepHook hook;

        Stepping(SimulatedHospital hospital, Supervision supervision) {
            this.hospital = hospital;
            this.supervision = supervision;
        }

        void advanceTo(Instant t, java.time.Duration step) {
            if (supervision == null) {
                hospital.advanceTo(t, step);
                return;
            }
            if (hook == null && t.isAfter(supervision.attachAt())) {
                hospital.advanceTo(supervision.attachAt().isAfter(hospital.now()) ? supervision.attachAt() : hospital.now(), step);
                hook = supervision.attach(hospital);
            }
            if (hook == null) {
                hospital.advanceTo(t, step);
                return;
            }
            while (hospital.now().isBefore(t)) {
                Instant next = hospital.now().plus(step);
                hook.beforeStep(hospital.now());
                hospital.advanceTo(next.isAfter(t) ? t : next, step);
            }
        }
    }

    private static void sample(List<HistoryPoint> points, Map<String, SimulatedDevice> byDevice, Instant t, Map<String, double[]> values, int i) {
        Map<String, Map<String, Double>> shown = new LinkedHashMap<>();
        for (HistoryPoint point : points) {
            Double value = shown.computeIfAbsent(point.device(), d -> byDevice.get(d).values(t)).get(point.name());
            values.get(point.pointCode())[i] = value == null ? Double.NaN : value;
        }
    }

    /** Shifts the model's counter so that it would reach {@code live} at the end; wraps below zero at the rollover. */
    private static void anchor(double[] series, double modelAtEnd, double live, Double rollover) {
        for (int i = 0; i < series.length; i++) {
            double value = live - (modelAtEnd - series[i]);
            if (value < 0) {
                value = rollover == null ? Double.NaN : ((value % rollover) + rollover) % rollover;
            }
            series[i] = value;
        }
    }

    /** Each local day lying wholly in [from, end): the model's outpatient visits, whole. */
    private static Map<LocalDate, Integer> visits(SimulatedHospital hospital, ZoneId zone, Instant from, Instant end) {
        Map<LocalDate, Integer> days = new TreeMap<>();
        for (LocalDate day = LocalDate.ofInstant(from, zone); !day.plusDays(1).atStartOfDay(zone).toInstant().isAfter(end); day = day.plusDays(1)) {
            if (!day.atStartOfDay(zone).toInstant().isBefore(from)) {
                days.put(day, (int) Math.round(hospital.visits().visitsOn(day)));
            }
        }
        return Collections.unmodifiableMap(days);
    }

    /** The first sample. */
    public Instant from() {
        return from;
    }

    /** The live simulator's start: every sample is before it. */
    public Instant end() {
        return end;
    }

    /** The sample times, oldest first, every interval from {@link #from()}. */
    public List<Instant> times() {
        return times;
    }

    /** A point's values at {@link #times()}; NaN where it has none. */
    public double[] values(String pointCode) {
        double[] series = values.get(pointCode);
        if (series == null) {
            throw new IllegalArgumentException("no history of " + pointCode);
        }
        return series.clone();
    }

    public List<String> pointCodes() {
        return List.copyOf(values.keySet());
    }

    /** Outpatient visits of each local day wholly in the history. */
    public Map<LocalDate, Integer> dailyVisits() {
        return dailyVisits;
    }
}
