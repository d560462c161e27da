package io.wardwatt.demo.runtime;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.wardwatt.lifecycle.ScheduledWork;
import io.wardwatt.forecast.CoolingLoadForecasts;
import io.wardwatt.forecast.runtime.load.LoadForecastConfig;
import io.wardwatt.forecast.runtime.load.LoadForecastIssuer;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.optimize.plans.PlanStatus;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.runtime.DailyOutcome;
import io.wardwatt.optimize.runtime.DailyPlanning;
import io.wardwatt.optimize.runtime.OptimizeConfig;
import io.wardwatt.optimize.runtime.PlanApprovals;
import io.wardwatt.optimize.runtime.PlanTransitions;
import io.wardwatt.readings.runtime.RollupJob;
import io.wardwatt.sim.runtime.HistoryBackfill;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * The demo's plan of the day: once the back-filled history is stored and rolled up, the day is planned as the daily
 * job plans (from the day's latest load forecast; when the day has none, the load model's forecast issued at the day's
 * local midnight, what the service would have known then) and the plan is approved in the demo engineer's name, with a
 * comment saying so, through the same life cycle and audit as any approval. So a fresh demo has a plan in force within
 * minutes. Looked at again every {@code wardwatt.demo.plan-every} (a new day, a plan that could not be made yet).
 * Idempotent: a day on which any plan has been approved, superseded or cancelled, by anyone, is left alone, and the
 * daily planning finds the plan already made from the same forecast issue rather than making a second.
 */
@ApplicationScoped
public class DemoDayPlan {

    private static final Logger LOG = Logger.getLogger(DemoDayPlan.class);
    static final String COMMENT = "demo: the day's plan, approved at start-up on the demo engineer's behalf (wardwatt.demo.engineer)";
    private static final Duration POLL = Duration.ofSeconds(2);
    /** Rollup runs after the backfill; each takes up to max-points-per-run points. */
    private static final int ROLLUP_RUNS = 200;

    @Inject
    DemoConfig config;

    @Inject
    OptimizeConfig optimize;

    @Inject
    DailyPlanning daily;

    @Inject
    PlanTransitions plans;

    @Inject
    PlanApprovals approvals;

    @Inject
    CoolingLoadForecasts forecasts;

    @Inject
    LoadForecastIssuer issuer;

    @Inject
    LoadForecastConfig loadForecast;

    @Inject
    HistoryBackfill backfill;

    @Inject
    RollupJob rollups;

    @Inject
    DemoStandbyCatchUp standby;

    private final ReentrantLock looking = new ReentrantLock();
    private volatile boolean historyReady;
    private volatile boolean stopping;
    private volatile String lastLook = "not yet";
    private volatile Instant startedAt;

    /** After the backfill has begun (APPLICATION + 1000): waits for it in a thread of its own, then plans the day. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1100) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        startedAt = Instant.now();
        Thread thread = new Thread(() -> {
            awaitHistory();
            historyReady = true;
            standby.judgeRecentDays();
            look();
        }, "demo-day-plan");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @ScheduledWork

    @Scheduled(every = "{wardwatt.demo.plan-every}", delayed = "1m", identity = "wardwatt-demo-day-plan",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.enabled() && historyReady) {
            look();
        }
    }

    /** What the last look did, in words. */
    public String lastLook() {
        return lastLook;
    }

    /** Plans and approves the site's day of now unless someone decided on one already; one look at a time. */
    @ActivateRequestContext
    public void look() {
        if (!looking.tryLock()) {
            return;
        }
        try {
            ZoneId zone = optimize.daily().timeZone();
            lastLook = planAndApprove(LocalDate.now(zone), zone);
            LOG.infof("Demo: %s (%d s after start-up)", lastLook, sinceStart());
        } catch (RuntimeException e) {
            lastLook = "the day's plan failed: " + e.getMessage();
            LOG.error("Demo: " + lastLook, e);
        } finally {
            looking.unlock();
        }
    }

    String planAndApprove(LocalDate day, ZoneId zone) {
        String site = optimize.daily().site();
        if (approvals.decided(site, day)) {
            return "a plan of " + site + " " + day + " has been decided on already; nothing done";
        }
        if (forecasts.latest(site, day).isEmpty()) {
            Instant midnight = day.atStartOfDay(zone).toInstant();
            issuer.issue(site, loadForecast.planningTarget(), midnight);
        }
        DailyOutcome outcome = daily.planDay(day, config.engineer());
        if (outcome.planId() == null) {
            return "no plan of " + site + " " + day + ": " + outcome.message();
        }
        StoredPlan plan = solved(outcome.planId());
        if (plan == null) {
            return "plan " + outcome.planId() + " of " + day + " not solved within " + config.solveWait() + "; approved at a later look";
        }
        if (plan.status() == PlanStatus.FAILED) {
            return "plan " + plan.id() + " of " + day + " failed: " + plan.error();
        }
        try {
            approvals.approve(plan.id(), COMMENT, config.engineer());
        } catch (StateConflictException e) {
            return "plan " + plan.id() + " of " + day + " not approved: " + e.getMessage();
        }
        return "plan " + plan.id() + " of " + site + " " + day + " approved by " + config.engineer() + " in " + optimize.lifecycle().mode()
                + " mode (" + outcome.message() + ")";
    }

    /** The plan once it has finished solving; null when it has not within the solve wait. */
    private StoredPlan solved(UUID id) {
        Instant until = Instant.now().plus(config.solveWait());
        while (!stopping && Instant.now().isBefore(until)) {
            Optional<StoredPlan> plan = plans.find(id);
            if (plan.isPresent() && plan.get().status().finished()) {
                return plan.get();
            }
            if (!pause()) {
                return null;
            }
        }
        return null;
    }

    /** Waits for the start-up backfill, then rolls its readings up, so the forecast and the site inputs read a whole history. */
    private void awaitHistory() {
        try {
            HistoryBackfill.Outcome outcome = backfill.finished().toCompletableFuture().get(config.historyWait().toMillis(), TimeUnit.MILLISECONDS);
            LOG.infof("Demo: history ready %d s after start-up (%s); rolling it up before planning the day",
                    sinceStart(),
                    outcome.skipped() == null ? outcome.inserted() + " readings back-filled" : "backfill skipped: " + outcome.skipped());
        } catch (TimeoutException e) {
            LOG.warnf("Demo: the backfill has not ended within %s; planning the day on the history there is", config.historyWait());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.warnf("Demo: the backfill failed (%s); planning the day on the history there is", e.getCause().getMessage());
        }
        for (int run = 0; run < ROLLUP_RUNS && !stopping; run++) {
            RollupJob.RunSummary summary = rollups.runNow();
            if (summary.stillPending() == 0 || summary.points() == 0) {
                return;
            }
        }
    }

    private long sinceStart() {
        Instant started = startedAt;
        return started == null ? 0 : Duration.between(started, Instant.now()).toSeconds();
    }

    private boolean pause() {
        try {
            Thread.sleep(POLL.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
