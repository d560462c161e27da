package io.wardwatt.reporting;

/**
 * A submission a sender has claimed: it holds the lease, and {@code attempt} (the row's attempt count after the claim)
 * fences its result: a sender whose lease ran out and whose row was claimed again cannot write over the newer attempt.
 */
public record ClaimedSubmission(long id, int attempt, String idempotencyKey, String reportId, String payload) {
}
