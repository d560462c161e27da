package io.wardwatt.reporting.store;

import io.wardwatt.reporting.Submission;
import io.wardwatt.reporting.SubmissionStatus;
import java.time.Instant;
import java.time.YearMonth;

/** The columns of a submission other than its payload, as selected by {@link SubmissionRepository}. */
public record SubmissionHead(Long id, String site, String period, int reportVersion, String reportId, String idempotencyKey, String contentHash,
                             String status, int attempts, Instant nextAttemptAt, Instant leaseUntil, String lastError, Integer lastHttpStatus,
                             String receiptId, String receipt, int manualRetries, String enqueuedBy, Instant createdAt, Instant updatedAt,
                             Instant acceptedAt) {

    static final String SELECT = "select new io.wardwatt.reporting.store.SubmissionHead(s.id, s.site, s.period, s.reportVersion, s.reportId, "
            + "s.idempotencyKey, s.contentHash, s.status, s.attempts, s.nextAttemptAt, s.leaseUntil, s.lastError, s.lastHttpStatus, s.receiptId, "
            + "s.receipt, s.manualRetries, s.enqueuedBy, s.createdAt, s.updatedAt, s.acceptedAt) from SubmissionRow s ";

    Submission toSubmission() {
        return new Submission(id, site, YearMonth.parse(period), reportVersion, reportId, idempotencyKey, contentHash,
                SubmissionStatus.parse(status).orElseThrow(), attempts, nextAttemptAt, leaseUntil, lastError, lastHttpStatus, receiptId, receipt,
                manualRetries, enqueuedBy, createdAt, updatedAt, acceptedAt);
    }
}
