package io.wardwatt.carbon;

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
}
