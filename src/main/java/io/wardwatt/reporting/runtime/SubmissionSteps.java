package io.wardwatt.reporting.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.reporting.ClaimedSubmission;
import io.wardwatt.reporting.RetryPolicy;
import io.wardwatt.reporting.SubmissionOutcome;
import io.wardwatt.reporting.store.SubmissionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The submitter's two transactions around each request: the claim commits before anything is sent (so a crash mid-request
 * leaves a row in sending, taken again when its lease runs out), and the result commits after the answer. No transaction
 * is open while the platform is being waited for.
 */
@ApplicationScoped
public class SubmissionSteps {

    @Inject
    SubmissionRepository submissions;

    @Inject
    AuditTrail audit;

    @Inject
    ReportingConfig config;

    /** The outbox at a glance; its own transaction, since a run may be on any thread (scheduler, tests, a future job). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SubmissionRepository.Backlog backlog() {
        return submissions.backlog();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ClaimedSubmission> claimNext(Collection<Long> skipped) {
        Instant now = Instant.now();
        return submissions.claimNext(now, now.plus(config.submitter().lease()), skipped);
    }

    /**
     * Writes the attempt's result; false when the row is no longer this attempt's (its lease ran out and another sender
     * claimed it: that sender's result counts, and since it sends the same key the platform keeps one receipt).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(ClaimedSubmission claim, SubmissionOutcome outcome, RetryPolicy policy) {
        Instant now = Instant.now();
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            boolean applied = submissions.accepted(claim, accepted, now);
            if (applied) {
                audit.record("accept", "report-submission", String.valueOf(claim.id()), null, submissions.find(claim.id()).orElseThrow());
            }
            return applied;
        }
        if (outcome instanceof SubmissionOutcome.Rejected rejected) {
            return reject(claim, rejected.error(), rejected.httpStatus(), now);
        }
        SubmissionOutcome.Retry retry = (SubmissionOutcome.Retry) outcome;
        if (policy.exhausted(claim.attempt())) {
            return reject(claim, "gave up after " + claim.attempt() + " attempts (wardwatt.reporting.retry.max-attempts); last: " + retry.error(),
                    retry.httpStatus(), now);
        }
        Instant next = now.plus(policy.delayAfter(claim.attempt(), ThreadLocalRandom.current().nextDouble()));
        return submissions.retrying(claim, retry.error(), retry.httpStatus(), next, now);
    }

    private boolean reject(ClaimedSubmission claim, String error, Integer httpStatus, Instant now) {
        boolean applied = submissions.rejected(claim, error, httpStatus, now);
        if (applied) {
            audit.record("reject", "report-submission", String.valueOf(claim.id()), null, submissions.find(claim.id()).orElseThrow());
        }
        return applied;
    }
}
