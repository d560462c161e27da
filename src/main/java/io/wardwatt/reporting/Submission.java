package io.wardwatt.reporting;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A stored submission without its payload: the report it carries, where it stands, and the platform's receipt id once
 * accepted ({@code receipt} is the receipt document as the platform answered, as JSON text).
 */
public record Submission(long id, String site, YearMonth period, int reportVersion, String reportId, String idempotencyKey,
                         String contentHash, SubmissionStatus status, int attempts, Instant nextAttemptAt, Instant leaseUntil,
                         String lastError, Integer lastHttpStatus, String receiptId, String receipt, int manualRetries, String enqueuedBy,
                         Instant createdAt, Instant updatedAt, Instant acceptedAt) {
}
