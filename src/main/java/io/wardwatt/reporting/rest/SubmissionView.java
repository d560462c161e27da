package io.wardwatt.reporting.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.reporting.ReportJson;
import io.wardwatt.reporting.Submission;
import java.time.Instant;

/**
 * A submission as the API shows it: status first, then how far it got (attempts, next attempt, last error, the platform's
 * receipt), then the report it carries. {@code payload} only on the single submission.
 */
@JsonPropertyOrder({"status", "id", "attempts", "nextAttemptAt", "lastError", "lastHttpStatus", "receiptId", "receipt"})
public record SubmissionView(String status, long id, int attempts, Instant nextAttemptAt, Instant leaseUntil, String lastError,
                             Integer lastHttpStatus, String receiptId, JsonNode receipt, int manualRetries, String site, String period,
                             int reportVersion, String reportId, String idempotencyKey, String contentHash, String enqueuedBy,
                             Instant createdAt, Instant updatedAt, Instant acceptedAt,
                             @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode payload) {

    static SubmissionView of(Submission s) {
        return of(s, null);
    }

    static SubmissionView of(Submission s, String payload) {
        return new SubmissionView(s.status().code(), s.id(), s.attempts(), s.nextAttemptAt(), s.leaseUntil(), s.lastError(), s.lastHttpStatus(),
                s.receiptId(), tree(s.receipt()), s.manualRetries(), s.site(), s.period().toString(), s.reportVersion(), s.reportId(),
                s.idempotencyKey(), s.contentHash(), s.enqueuedBy(), s.createdAt(), s.updatedAt(), s.acceptedAt(), tree(payload));
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return ReportJson.read(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored submission document is not JSON", e);
        }
    }
}
