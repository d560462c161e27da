package io.wardwatt.readings.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import io.wardwatt.lifecycle.RunningJobs;
import io.wardwatt.lifecycle.ScheduledWork;
import io.wardwatt.readings.store.RollupStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Drains the rollup work queue: every {@code wardwatt.rollups.interval}, and whenever {@link #runNow()} is
 * called. Runs in several threads or instances at once are safe: each point is claimed with SKIP LOCKED and
 * recomputed under a per-point advisory lock, one transaction per point. A stop of the service ends a run after
 * the point in hand ({@link RunningJobs}).
 */
@ApplicationScoped
public class RollupJob {

    private static final Logger LOG = Logger.getLogger(RollupJob.class);

    /** What a run did. */
    public record RunSummary(int points, int windows, int newAnomalies, Set<Integer> failedPoints, long stillPending) {
    }

    /** The outcome of the last finished run, for the health check. */
    public record LastRun(Instant finishedAt, RunSummary summary, String error) {
    }

    @Inject
    RollupWorker worker;

    @Inject
    RollupStore store;

    @Inject
    RollupConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    RunningJobs jobs;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<LastRun> lastRun = new AtomicReference<>();
    private Timer duration;
    private Counter anomalies;
    private Counter failures;

    @PostConstruct
    void metrics() {
        Gauge.builder("wardwatt.rollups.pending", pending, AtomicLong::get)
                .description("Ranges waiting in rollup_pending after the last run").register(registry);
        duration = Timer.builder("wardwatt.rollups.run").description("Duration of one rollup run").register(registry);
        anomalies = Counter.builder("wardwatt.rollups.anomalies")
                .description("Counter steps newly found anomalous (backwards or implausible), counted as zero").register(registry);
        failures = Counter.builder("wardwatt.rollups.failures").description("Point recomputes that failed and were re-queued")
                .register(registry);
    }

    @ScheduledWork

    @Scheduled(every = "{wardwatt.rollups.interval}", identity = "wardwatt-rollups",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runNow();
    }

    /** Recomputes every queued point (up to {@code max-points-per-run}) now, in the caller's thread. */
    public RunSummary runNow() {
        Timer.Sample started = Timer.start(registry);
        Set<Integer> failed = new HashSet<>();
        int points = 0;
        int windows = 0;
        int found = 0;
        String error = null;
        try {
            // One point per transaction: stopping between two leaves the rest queued for the next start.
            while (points < config.maxPointsPerRun() && !jobs.stopRequested()) {
                Optional<RollupWorker.PointOutcome> outcome;
                try {
                    outcome = worker.recomputeNextPoint(failed);
                } catch (RollupWorker.PointFailure e) {
                    // Its transaction rolled back: the rows are queued again for the next run.
                    LOG.error(e.getMessage(), e);
                    failed.add(e.pointId());
                    failures.increment();
                    error = e.getMessage();
                    continue;
                }
                if (outcome.isEmpty()) {
                    break;
                }
                points++;
                windows += outcome.get().windows();
                found += outcome.get().newAnomalies();
            }
            pending.set(store.backlog().rows());
        } catch (RuntimeException e) {
            LOG.error("Rollup run stopped: " + e.getMessage(), e);
            error = e.getMessage();
        } finally {
            started.stop(duration);
        }
        anomalies.increment(found);
        RunSummary summary = new RunSummary(points, windows, found, Set.copyOf(failed), pending.get());
        lastRun.set(new LastRun(Instant.now(), summary, error));
        return summary;
    }

    public Optional<LastRun> lastRun() {
        return Optional.ofNullable(lastRun.get());
    }
}
