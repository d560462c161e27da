package io.wardwatt.reporting.runtime;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.wardwatt.lifecycle.ScheduledWork;
import io.wardwatt.reporting.ClaimedSubmission;
import io.wardwatt.reporting.PlatformAnswer;
import io.wardwatt.reporting.RetryPolicy;
import io.wardwatt.reporting.SubmissionOutcome;
import io.wardwatt.reporting.store.SubmissionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Sends the outbox to the platform: every {@code wardwatt.reporting.submitter.interval}, and whenever {@link #runNow()}
 * is called. Each due row is claimed (committed), POSTed with its idempotency key, and its result recorded (committed);
 * one run tries each row at most once. Nothing is sent while {@code wardwatt.reporting.platform.enabled} is false.
 */
@ApplicationScoped
public class SubmissionWorker {

    private static final Logger LOG = Logger.getLogger(SubmissionWorker.class);

    /** What a run did. */
    public record RunSummary(boolean enabled, int sent, int accepted, int retrying, int rejected, int stale) {
    }

    /** The last finished run, for the health check. */
    public record LastRun(Instant finishedAt, RunSummary summary, String error) {
    }

    @Inject
    SubmissionSteps steps;

    @Inject
    PlatformClient platform;

    @Inject
    SubmissionMetrics metrics;

    @Inject
    ReportingConfig config;

    private final AtomicReference<LastRun> lastRun = new AtomicReference<>();
    private RetryPolicy policy;

    /** A configuration that cannot work stops the start, naming the keys. */
    void check(@Observes StartupEvent start) {
        policy();
        ReportingConfig.Platform p = config.platform();
        if (p.enabled() && p.endpoint().isEmpty()) {
            throw new IllegalStateException("wardwatt.reporting.platform.enabled is true but wardwatt.reporting.platform.endpoint is not set");
        }
        if (config.submitter().lease().compareTo(p.timeout()) <= 0) {
            throw new IllegalStateException("wardwatt.reporting.submitter.lease (" + config.submitter().lease()
                    + ") must exceed wardwatt.reporting.platform.timeout (" + p.timeout()
                    + "): a row is sent again only once its sender has given up");
        }
    }

    @ScheduledWork

    @Scheduled(every = "{wardwatt.reporting.submitter.interval}", identity = "wardwatt-report-submitter",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.platform().enabled()) {
            runNow();
        }
    }

    /** Sends every due submission (up to max-per-run) now, in the caller's thread. */
    public RunSummary runNow() {
        if (!config.platform().enabled()) {
            RunSummary off = new RunSummary(false, 0, 0, 0, 0, 0);
            lastRun.set(new LastRun(Instant.now(), off, null));
            return off;
        }
        Set<Long> tried = new HashSet<>();
        int accepted = 0;
        int retrying = 0;
        int rejected = 0;
        int stale = 0;
        String error = null;
        try {
            while (tried.size() < config.submitter().maxPerRun()) {
                Optional<ClaimedSubmission> claimed = steps.claimNext(tried);
                if (claimed.isEmpty()) {
                    break;
                }
                ClaimedSubmission claim = claimed.get();
                tried.add(claim.id());
                long started = System.nanoTime();
                SubmissionOutcome outcome = send(claim);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                boolean recorded = steps.record(claim, outcome, policy());
                metrics.attempted(outcome, took, recorded);
                if (!recorded) {
                    stale++;
                    LOG.warnf("submission %d: the result of attempt %d came after its lease; the newer attempt's result counts",
                            claim.id(), claim.attempt());
                } else if (outcome instanceof SubmissionOutcome.Accepted) {
                    accepted++;
                } else if (outcome instanceof SubmissionOutcome.Rejected || policy().exhausted(claim.attempt())) {
                    rejected++;
                    LOG.warnf("submission %d (%s) rejected: %s", claim.id(), claim.reportId(), errorOf(outcome));
                } else {
                    retrying++;
                    error = errorOf(outcome);
                    LOG.infof("submission %d (%s), attempt %d: %s; tried again later", claim.id(), claim.reportId(), claim.attempt(), error);
                }
            }
            SubmissionRepository.Backlog backlog = steps.backlog();
            metrics.backlog(backlog.waiting(), backlog.rejected());
        } catch (RuntimeException e) {
            // A claimed row whose result could not be written stays sending; its lease runs out and it is sent again.
            LOG.error("Submission run stopped: " + e.getMessage(), e);
            error = e.getMessage();
        }
        RunSummary summary = new RunSummary(true, tried.size(), accepted, retrying, rejected, stale);
        lastRun.set(new LastRun(Instant.now(), summary, error));
        return summary;
    }

    public Optional<LastRun> lastRun() {
        return Optional.ofNullable(lastRun.get());
    }

    private SubmissionOutcome send(ClaimedSubmission claim) {
        try {
            PlatformAnswer answer = platform.post(claim);
            return SubmissionOutcome.of(answer);
        } catch (PlatformClient.NoAnswer e) {
            return SubmissionOutcome.noAnswer(e.getMessage());
        }
    }

    private RetryPolicy policy() {
        if (policy == null) {
            ReportingConfig.Retry retry = config.retry();
            try {
                policy = new RetryPolicy(retry.base(), retry.max(), retry.jitter(), retry.maxAttempts());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("wardwatt.reporting.retry: " + e.getMessage(), e);
            }
        }
        return policy;
    }

    private static String errorOf(SubmissionOutcome outcome) {
        if (outcome instanceof SubmissionOutcome.Rejected r) {
            return r.error();
        }
        return outcome instanceof SubmissionOutcome.Retry r ? r.error() : "";
    }
}
