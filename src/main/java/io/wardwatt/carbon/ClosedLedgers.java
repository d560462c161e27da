package io.wardwatt.carbon;

import io.wardwatt.carbon.ledger.MonthlyLedger;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The closed ledgers, for other packages (the report and the submission outbox read what they render and send from
 * here). Read-only: months are closed and restated by the carbon service alone.
 */
public interface ClosedLedgers {

    /** The latest version of the site's month; empty while the month is open. */
    Optional<ClosedLedger> latest(String site, YearMonth month);

    /** One version of the site's month. */
    Optional<ClosedLedger> version(String site, YearMonth month, int version);

    /** Every version of the site's month, oldest first. */
    List<ClosedLedger> versions(String site, YearMonth month);

    /**
     * One version's ledger computed again as verification computes it, but from the activities the version STORED (not
     * today's readings), with its recorded factor set and calculation day: what a renderer needs besides the stored
     * text (the report's tables come from the computed ledger). Whoever renders it should check that its
     * {@code LedgerJson} is the stored {@link ClosedLedger#ledgerJson()}, so a report never shows other figures than
     * the ledger its hash covers. Empty when the version is not stored.
     *
     * @throws io.wardwatt.input.StateConflictException when it cannot be computed as it was: the recorded factor set is
     *                                                  gone or its file was edited, or the calculation now fails
     */
    Optional<MonthlyLedger> recompute(String site, YearMonth month, int version);
}
