package io.wardwatt.sim.runtime;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.wardwatt.forecast.runtime.VisitIntake;
import io.wardwatt.forecast.visits.VisitCount;
import io.wardwatt.input.InputProblem;
import io.wardwatt.readings.IncomingReading;
import io.wardwatt.readings.Quality;
import io.wardwatt.readings.ReadingValidator;
import io.wardwatt.readings.ValidatedReadings;
import io.wardwatt.readings.WriteOutcome;
import io.wardwatt.readings.runtime.ReadingsIngestion;
import io.wardwatt.readings.runtime.ReadingsUnavailableException;
import io.wardwatt.readings.runtime.StoredReadings;
import io.wardwatt.sim.history.HistoryPlan;
import io.wardwatt.sim.history.HistoryPoint;
import io.wardwatt.sim.history.LiveCounters;
import io.wardwatt.sim.history.SimulatedHistory;
import io.wardwatt.sim.closedloop.PlannerSetup;
import io.wardwatt.sim.closedloop.SimulatedDevices;
import io.wardwatt.sim.closedloop.WardwattFromWentLive;
import io.wardwatt.optimize.SolverSettings;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Gives a freshly started demo the weeks of history that load forecasting trains on, and with
 * {@code wardwatt.sim.backfill.from} the saving goals' baseline year (more coarsely): when
 * {@code wardwatt.sim.backfill.days} is above 0 or {@code from} is set and the site has no readings of the backfill
 * points in that window, the
 * simulated hospital's model is run over them ({@link SimulatedHistory}) and its readings are stored through the normal
 * ingestion path (validated, batched, counted in the readings metrics, rolled up) from source {@value #SOURCE}, quality estimated; so are the
 * model's daily outpatient visits, for days without counts. It runs in its own thread after start-up, so the service is
 * ready at once. Safe to repeat: any stored reading in the window skips the whole backfill, and a reading is stored once
 * per point and time anyway.
 */
@ApplicationScoped
public class HistoryBackfill {

    static final String SOURCE = "sim-backfill";
    /** Readings per batch sent, each committed before the next is sent (the channel is not flooded). */
    static final int BATCH_READINGS = 10_000;
    /** A batch the writer could not take (behind, or not confirmed in time) is sent again this many times at most. */
    static final int ATTEMPTS = 5;
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(HistoryBackfill.class);

    /** What a backfill did: {@code skipped} says why it wrote nothing, null when it ran. */
    public record Outcome(String skipped, Instant from, Instant to, List<String> points, int sent, int inserted, int duplicates,
            int rejected, int visitDays, Duration took) {

        static Outcome skipped(String why, Instant from, Instant to, List<String> points) {
            return new Outcome(why, from, to, points, 0, 0, 0, 0, 0, Duration.ZERO);
        }
    }

    /** A configured point resolved: its key, where the simulation keeps it, and the stored point. */
    private record Target(String key, HistoryPoint source, MeasurementPoint point) {
    }

    @Inject
    SimConfig config;

    @Inject
    SimulatorService simulator;

    @Inject
    ReadingsIngestion ingestion;

    @Inject
    StoredReadings stored;

    @Inject
    PointDirectory points;

    @Inject
    VisitIntake visits;

    @Inject
    io.wardwatt.optimize.runtime.OptimizeConfig optimize;

    @Inject
    io.wardwatt.forecast.runtime.load.LoadForecastConfig loadForecast;

    @Inject
    jakarta.enterprise.event.Event<BackfilledPlans> plansFollowed;

    private volatile Thread worker;
    /** Completed when the start-up backfill has ended (written, skipped, failed or not configured). */
    private final java.util.concurrent.CompletableFuture<Outcome> finished = new java.util.concurrent.CompletableFuture<>();

    /** After the simulator, the site seed and the readings writer have started (their observers run earlier). */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        SimConfig.Backfill backfill = config.backfill();
        if ((backfill.days() == 0 && backfill.from().isEmpty()) || simulator.running().isEmpty()) {
            finished.complete(Outcome.skipped("no backfill configured, or the simulator is off", null, null, List.of()));
            return;
        }
        backfill.points().forEach(HistoryBackfill::checkKey);
        ModbusHospital hospital = simulator.running().get();
        LiveCounters end = hospital.countersAtStart().orElseThrow(() -> new IllegalStateException("the simulator has not started"));
        HistoryPlan plan;
        try {
            Instant since = backfill.from().map(f -> HistoryPlan.since(f, end.at(), hospital.hospital().settings().zone())).orElse(null);
            plan = new HistoryPlan(backfill.days(), backfill.step(), backfill.interval(), since, backfill.olderStep(), backfill.olderInterval());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("wardwatt.sim.backfill: " + e.getMessage(), e);
        }
        Thread thread = new Thread(() -> {
            try {
                finished.complete(backfill(hospital, end, plan, backfill.points()));
            } catch (RuntimeException e) {
                LOG.error("sim backfill failed; the demo runs without the history", e);
                finished.completeExceptionally(e);
            }
        }, "sim-backfill");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    /**
     * The start-up backfill's outcome once it has ended; completed at once when there is none. What reads the
     * history (the demo's plan of the day) waits for it rather than planning on a half-written history.
     */
    public java.util.concurrent.CompletionStage<Outcome> finished() {
        return finished;
    }

    void stop(@Observes ShutdownEvent event) {
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /**
     * Writes {@code plan.days()} of the simulator's history before {@code end.at()}, unless the site has readings of
     * those points in that window already. Runs in the caller's thread.
     *
     * @param end the live counters where the history's counters must end (the simulator's start)
     * @param pointKeys {@code SITE/POINT} keys; those the simulator does not serve or the site model lacks are skipped, with a warning
     */
    @ActivateRequestContext
    public Outcome backfill(ModbusHospital simulator, LiveCounters end, HistoryPlan plan, List<String> pointKeys) {
        long started = System.nanoTime();
        Instant from = plan.from(end.at());
        List<Target> targets = resolve(simulator, pointKeys);
        List<String> keys = targets.stream().map(Target::key).toList();
        if (targets.isEmpty()) {
            LOG.warnf("sim backfill: none of the points %s can be written; nothing to do", pointKeys);
            return Outcome.skipped("no point to write", from, end.at(), keys);
        }
        if (stored.any(targets.stream().map(t -> t.point().id()).toList(), from, end.at())) {
            LOG.infof("sim backfill: the site has readings of %s between %s and %s already; nothing written", keys, from, end.at());
            return Outcome.skipped("readings exist in the window", from, end.at(), keys);
        }
        Map<String, HistoryPoint> sources = new LinkedHashMap<>();
        targets.forEach(t -> sources.putIfAbsent(t.source().pointCode(), t.source()));
        WardwattFromWentLive wardwatt = underWardwatt(simulator, plan, end.at());
        SimulatedHistory history = SimulatedHistory.simulate(simulator.hospital().settings(), plan, List.copyOf(sources.values()), end, wardwatt);
        if (wardwatt != null) {
            LOG.infof("sim backfill: under Wardwatt from %s: %d days planned and followed in closed loop%s", wardwatt.days().isEmpty() ? "-"
                    : wardwatt.days().get(0).day(), wardwatt.days().size(), wardwatt.unplanned().isEmpty() ? "" : "; not planned (conventional): "
                    + wardwatt.unplanned());
        }
        int total = history.times().size() * targets.size();
        LOG.infof("sim backfill: %s to %s simulated (step %s, the last %d days %s) in %d ms; storing about %,d readings of %s every %s"
                + " (the last %d days every %s)", from, end.at(), plan.olderStep(), plan.days(), plan.step(),
                (System.nanoTime() - started) / 1_000_000, total, keys, plan.olderInterval(), plan.days(), plan.interval());
        Writing writing = new Writing(total);
        Map<Target, double[]> series = new LinkedHashMap<>();
        targets.forEach(t -> series.put(t, history.values(t.source().pointCode())));
        List<IncomingReading> batch = new ArrayList<>(BATCH_READINGS + targets.size());
        for (int i = 0; i < history.times().size(); i++) {
            String ts = history.times().get(i).toString();
            for (Map.Entry<Target, double[]> point : series.entrySet()) {
                double value = point.getValue()[i];
                if (Double.isFinite(value)) {
                    batch.add(new IncomingReading(point.getKey().key(), null, ts, Double.toString(value), Quality.ESTIMATED.label()));
                }
            }
            if (batch.size() >= BATCH_READINGS || i == history.times().size() - 1) {
                if (!writing.send(batch, history.times().get(i))) {
                    return writing.outcome(from, end.at(), keys, 0, started);
                }
                batch.clear();
            }
        }
        int visitDays = storeVisits(targets, history);
        if (wardwatt != null && !wardwatt.days().isEmpty()) {
            plansFollowed.fire(new BackfilledPlans(wardwatt.days()));
        }
        Outcome outcome = writing.outcome(from, end.at(), keys, visitDays, started);
        LOG.infof("sim backfill: %s to %s done in %d s: %,d readings stored (%,d already there, %,d refused), %d days of outpatient visits",
                from, end.at(), outcome.took().toSeconds(), outcome.inserted(), outcome.duplicates(), outcome.rejected(), visitDays);
        return outcome;
    }

    /** Wardwatt in charge of the history from the went-live day to the day before the start; null when it never went live. */
    private WardwattFromWentLive underWardwatt(ModbusHospital simulator, HistoryPlan plan, Instant end) {
        SimConfig.Backfill backfill = config.backfill();
        if (backfill.wentLiveDays() == 0) {
            return null;
        }
        if (backfill.wentLiveDays() > plan.days()) {
            throw new IllegalStateException("wardwatt.sim.backfill.went-live-days=" + backfill.wentLiveDays() + " lies before the fine window of "
                    + "wardwatt.sim.backfill.days=" + plan.days() + ": dispatch needs its one-minute step");
        }
        java.time.ZoneId zone = simulator.hospital().settings().zone();
        LocalDate startDay = end.atZone(zone).toLocalDate();
        Duration limit = optimize.solver().timeLimit();
        PlannerSetup defaults = PlannerSetup.defaults(optimize.modelsDir(), new SolverSettings(limit, limit, optimize.solver().seed(),
                backfill.planMoves()));
        // the service's own training window, so the history's evening forecast learns as the service's does
        PlannerSetup setup = new PlannerSetup(defaults.modelsDir(), optimize.daily().plant(), defaults.tariffFile(), defaults.carbonKgPerKwh(),
                defaults.solver(), loadForecast.trainDays(), defaults.forecastIssue(), zone, defaults.limits(), optimize.replan().rule());
        return new WardwattFromWentLive(setup, SimulatedDevices.writableGuard(config.devicesFile()), startDay.minusDays(backfill.wentLiveDays()),
                startDay.minusDays(1));
    }

    private List<Target> resolve(ModbusHospital simulator, List<String> pointKeys) {
        List<Target> targets = new ArrayList<>();
        for (String key : new LinkedHashSet<>(pointKeys)) {
            checkKey(key);
            String site = key.substring(0, key.indexOf('/'));
            String code = key.substring(key.indexOf('/') + 1);
            var source = simulator.historyPoint(code);
            var point = points.byKey(site, code);
            if (source.isEmpty()) {
                LOG.warnf("sim backfill: %s is not served by the simulator (no device of the devices file has point %s); skipped", key, code);
            } else if (point.isEmpty()) {
                LOG.warnf("sim backfill: %s is not in the site model; skipped", key);
            } else {
                targets.add(new Target(key, source.get(), point.get()));
            }
        }
        return targets;
    }

    /** The model's visits for each whole day of the history that has no count at the site yet (a real count stays). */
    private int storeVisits(List<Target> targets, SimulatedHistory history) {
        Map<LocalDate, Integer> days = history.dailyVisits();
        if (days.isEmpty()) {
            return 0;
        }
        LocalDate first = days.keySet().iterator().next();
        LocalDate last = days.keySet().stream().reduce((a, b) -> b).orElseThrow();
        int stored = 0;
        for (String site : targets.stream().map(t -> t.point().siteCode()).distinct().toList()) {
            Set<LocalDate> counted = visits.daysWithCounts(site, first, last);
            List<VisitCount> counts = days.entrySet().stream().filter(d -> !counted.contains(d.getKey()))
                    .map(d -> new VisitCount(d.getKey(), null, d.getValue())).toList();
            if (!counts.isEmpty()) {
                stored += visits.store(site, SOURCE, counts).inserted();
            }
        }
        return stored;
    }

    static void checkKey(String key) {
        int slash = key == null ? -1 : key.indexOf('/');
        if (slash <= 0 || slash == key.length() - 1) {
            throw new IllegalStateException("wardwatt.sim.backfill.points: '" + key + "' is not a SITE/POINT key such as HOSP/CHW.KWH");
        }
    }

    /** The batches of one backfill, sent one after the other, and what the writer did with them. */
    private final class Writing {

        private final int total;
        private int sent;
        private int inserted;
        private int duplicates;
        private int rejected;

        Writing(int total) {
            this.total = total;
        }

        /** @return false when the backfill must stop (interrupted, or the writer keeps refusing) */
        boolean send(List<IncomingReading> items, Instant through) {
            ReadingValidator.BatchCheck check = ingestion.check();
            items.forEach(check::add);
            ValidatedReadings checked = check.finish();
            if (!checked.rejections().isEmpty() && rejected == 0) {
                var first = checked.rejections().get(0);
                LOG.warnf("sim backfill: readings refused, e.g. %s: %s", items.get(first.index()).point(), first.problem());
            }
            rejected += checked.rejectedItems();
            for (int attempt = 1; ; attempt++) {
                try {
                    WriteOutcome outcome = ingestion.submit(checked, false, SOURCE, r -> new InputProblem(r.field(), r.problem()));
                    sent += items.size();
                    inserted += outcome.inserted();
                    duplicates += outcome.duplicates();
                    LOG.infof("sim backfill: %,d of %,d readings sent (through %s)", sent, total, through);
                    return true;
                } catch (ReadingsUnavailableException e) {
                    if (Thread.currentThread().isInterrupted() || attempt == ATTEMPTS) {
                        LOG.warnf("sim backfill: stopped after %,d of %,d readings: %s", sent, total, e.getMessage());
                        return false;
                    }
                    LOG.infof("sim backfill: the readings writer is busy (%s); again in %d s", e.getMessage(), RETRY_AFTER.toSeconds());
                    if (!pause()) {
                        return false;
                    }
                }
            }
        }

        private boolean pause() {
            try {
                Thread.sleep(RETRY_AFTER.toMillis());
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        Outcome outcome(Instant from, Instant to, List<String> keys, int visitDays, long started) {
            return new Outcome(null, from, to, keys, sent, inserted, duplicates, rejected, visitDays,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
