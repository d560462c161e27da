package io.wardwatt.carbon;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A month's ledger was closed, or a closed month restated: fired as a CDI event after the transaction that stored it
 * committed, so an observer (the report and submission outbox) never sees a ledger that was rolled back, and closing
 * never depends on the observer: an observer's failure is logged, the ledger stays closed. Read the ledger itself
 * through {@link ClosedLedgers}.
 *
 * @param restatement true for a version after the first
 */
public record LedgerClosed(long ledgerId, String site, YearMonth month, int version, String contentHash, boolean restatement,
        Instant closedAt, String closedBy) {
}
