package io.wardwatt.reporting.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wardwatt.reporting.SubmissionOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Submissions by result (accepted, duplicate: accepted on the platform's original receipt, retrying, rejected, stale:
 * a result dropped because the row had been claimed again), attempts, the platform's answer time, and the outbox backlog.
 */
@ApplicationScoped
public class SubmissionMetrics {

    @Inject
    MeterRegistry registry;

    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private Counter attempts;

    @PostConstruct
    void register() {
        Gauge.builder("wardwatt.reporting.submissions.waiting", waiting, AtomicLong::get)
                .description("Submissions not yet accepted by the platform (pending, retrying, sending), as of the last run").register(registry);
        Gauge.builder("wardwatt.reporting.submissions.rejected", rejected, AtomicLong::get)
                .description("Submissions rejected and waiting for a person, as of the last run").register(registry);
        attempts = Counter.builder("wardwatt.reporting.submission.attempts").description("Requests sent to the platform").register(registry);
    }

    void attempted(SubmissionOutcome outcome, Duration took, boolean recorded) {
        attempts.increment();
        String answer = outcome.httpStatus() == null ? "none" : String.valueOf(outcome.httpStatus());
        Timer.builder("wardwatt.reporting.submission.latency").tag("answer", answer)
                .description("Time from sending a report to the platform's answer (or giving up waiting)").register(registry).record(took);
        Counter.builder("wardwatt.reporting.submissions").tag("result", recorded ? result(outcome) : "stale")
                .description("Attempts by result").register(registry).increment();
    }

    void backlog(long waitingNow, long rejectedNow) {
        waiting.set(waitingNow);
        rejected.set(rejectedNow);
    }

    private static String result(SubmissionOutcome outcome) {
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            return accepted.duplicate() ? "duplicate" : "accepted";
        }
        return outcome instanceof SubmissionOutcome.Retry ? "retrying" : "rejected";
    }
}
