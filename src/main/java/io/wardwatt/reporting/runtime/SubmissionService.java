package io.wardwatt.reporting.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.reporting.PlatformReport;
import io.wardwatt.reporting.Submission;
import io.wardwatt.reporting.SubmissionStatus;
import io.wardwatt.reporting.store.SubmissionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Puts reports into the outbox and takes rejected ones back out of their rejection. The ledger's monthly close will call
 * {@link #enqueue} with the rendered payload, as the API does.
 */
@ApplicationScoped
public class SubmissionService {

    /** A submission asked for; {@code created} is false when the same report version was already in the outbox. */
    public record Enqueued(Submission submission, boolean created) {
    }

    @Inject
    SubmissionRepository submissions;

    @Inject
    AuditTrail audit;

    /**
     * Checks the payload against the platform schema (400 naming each JSON path), then stores it as pending. The same
     * site, month and version again: with the same content, the stored submission (nothing changes); with other content,
     * a 409, since the platform must never see two documents for one version: a correction is a new version.
     */
    @Transactional
    public Enqueued enqueue(String payload, String enqueuedBy) {
        PlatformReport report = PlatformReport.read(payload);
        submissions.lockVersion(report.site(), report.period(), report.reportVersion());
        Optional<Submission> earlier = submissions.findVersion(report.site(), report.period(), report.reportVersion());
        if (earlier.isPresent()) {
            if (earlier.get().idempotencyKey().equals(report.idempotencyKey())) {
                return new Enqueued(earlier.get(), false);
            }
            throw new StateConflictException("Report " + report.site() + " " + report.period() + " version " + report.reportVersion()
                    + " is already submission " + earlier.get().id() + " (" + earlier.get().status().code() + ") with other content (key "
                    + earlier.get().idempotencyKey() + ", this payload's " + report.idempotencyKey()
                    + "): a correction is a new version (reportVersion " + (report.reportVersion() + 1) + " with a restatement)");
        }
        Submission stored = submissions.insert(report, enqueuedBy, Instant.now());
        audit.record("enqueue", "report-submission", String.valueOf(stored.id()), null, stored);
        return new Enqueued(stored, true);
    }

    /** A rejected submission back to pending, due now, with the same payload and key; 409 for any other status. */
    @Transactional
    public Submission retry(long id) {
        Submission before = submissions.find(id).orElseThrow(() -> new UnknownEntityException("submission", id));
        if (!submissions.backToPending(id, Instant.now())) {
            throw new StateConflictException("Submission " + id + " is " + before.status().code() + ": only a "
                    + SubmissionStatus.REJECTED.code() + " submission can be retried");
        }
        Submission after = submissions.find(id).orElseThrow();
        audit.record("retry", "report-submission", String.valueOf(id), before, after);
        return after;
    }
}
