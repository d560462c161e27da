package io.wardwatt.carbon.runtime;

import io.wardwatt.carbon.ClosedLedger;
import io.wardwatt.carbon.LedgerClosed;
import io.wardwatt.carbon.closing.BookedActivity;
import io.wardwatt.carbon.closing.Verification;
import io.wardwatt.carbon.store.LedgerRepository;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The monthly carbon ledger of a site: preview an open month, close it (lock it, chained to the month before), restate
 * a closed month with newer factors, verify a closed month against the raw readings. Closing and restating fire
 * {@link LedgerClosed} after their commit.
 */
@ApplicationScoped
public class LedgerService {

    private static final Logger LOG = Logger.getLogger(LedgerService.class);

    /** A month computed now, not stored. */
    public record Preview(String site, YearMonth month, Integer closedVersion, String factorSetId, LocalDate asOf, String ledgerJson,
            String activitiesJson) {
    }

    /**
     * What a close or restatement did.
     *
     * @param outcome {@code closed} (version 1 stored), {@code already-closed}, {@code restated} (a new version stored),
     *                {@code unchanged} (a restatement would change no figure and no factor: nothing stored)
     */
    public record Outcome(ClosedLedger ledger, String outcome) {

        public static final String CLOSED = "closed";
        public static final String ALREADY_CLOSED = "already-closed";
        public static final String RESTATED = "restated";
        public static final String UNCHANGED = "unchanged";

        public boolean stored() {
            return outcome.equals(CLOSED) || outcome.equals(RESTATED);
        }
    }

    @Inject
    LedgerBook book;

    @Inject
    LedgerVerifier verifier;

    @Inject
    MeteredActivities metered;

    @Inject
    LedgerSites sites;

    @Inject
    LedgerRepository ledgers;

    @Inject
    LedgerMetrics metrics;

    @Inject
    Event<LedgerClosed> closedEvents;

    /** The month as it would close now, from the rollups as they are; works for closed months too (what they would be now). */
    @Transactional
    public Preview preview(String siteCode, YearMonth month) {
        Site site = sites.require(siteCode);
        LedgerBook.Computed computed = book.compute(site, month, metered.read(site.code(), site.zone(), month, false));
        return new Preview(site.code(), month, ledgers.latest(site.code(), month).map(ClosedLedger::version).orElse(null), computed.set().id(),
                computed.asOf(), computed.ledgerJson(), computed.activities().write());
    }

    /**
     * Closes the month: the metered activities read again from the raw readings, the month's entries, the current factor
     * set and today's calculation day. Idempotent: a closed month answers its latest version.
     */
    public Outcome close(String siteCode, YearMonth month, String user) {
        long started = System.nanoTime();
        try {
            Site site = sites.require(siteCode);
            Optional<ClosedLedger> closed = latest(site.code(), month);
            if (closed.isPresent()) {
                return new Outcome(closed.get(), Outcome.ALREADY_CLOSED);
            }
            sites.requireEnded(site, month);
            chainCheck(site.code(), month); // before reading the meters; checked again under the lock
            LedgerBook.Written written = book.close(site, month, metered.read(site.code(), site.zone(), month, true), user);
            return announce(new Outcome(written.ledger(), written.stored() ? Outcome.CLOSED : Outcome.ALREADY_CLOSED), started);
        } catch (RuntimeException e) {
            metrics.failed("close");
            throw e;
        }
    }

    /** A new version of a closed month with the current factor set and calculation day, when a figure or a factor changes. */
    public Outcome restate(String siteCode, YearMonth month, String user) {
        long started = System.nanoTime();
        try {
            Site site = sites.require(siteCode);
            LedgerBook.Written written = book.restate(site, month, user);
            return announce(new Outcome(written.ledger(), written.stored() ? Outcome.RESTATED : Outcome.UNCHANGED), started);
        } catch (RuntimeException e) {
            metrics.failed("restate");
            throw e;
        }
    }

    /** @param version null for the latest */
    public Verification verify(String siteCode, YearMonth month, Integer version) {
        Site site = sites.require(siteCode);
        ClosedLedger ledger = find(site.code(), month, version);
        List<BookedActivity> meteredAgain = verifier.meteredAgain(site, ledger);
        Verification verification = verifier.verify(site, ledger, meteredAgain);
        metrics.verified(verification.ok());
        if (!verification.ok()) {
            LOG.warnf("Carbon ledger %s %s v%d does not verify: %s", site.code(), month, ledger.version(), verification.checks().stream()
                    .filter(check -> !check.ok()).map(check -> check.check() + " (" + check.detail() + ")").toList());
        }
        return verification;
    }

    /** @param version null for the latest */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClosedLedger find(String siteCode, YearMonth month, Integer version) {
        sites.require(siteCode);
        Optional<ClosedLedger> found = version == null ? ledgers.latest(siteCode, month) : ledgers.version(siteCode, month, version);
        return found.orElseThrow(() -> new UnknownEntityException("closed ledger", siteCode + " " + month
                + (version == null ? " (the month is open)" : " version " + version)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClosedLedger> versions(String siteCode, YearMonth month) {
        return ledgers.versions(siteCode, month);
    }

    /** Every version of every closed month, of one site or all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClosedLedger> all(String siteCode) {
        if (siteCode != null) {
            sites.require(siteCode);
        }
        return ledgers.all(siteCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<YearMonth> lastClosedMonth(String siteCode) {
        return ledgers.lastClosedMonth(siteCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<ClosedLedger> latest(String site, YearMonth month) {
        return ledgers.latest(site, month);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    void chainCheck(String site, YearMonth month) {
        book.chainedTo(site, month);
    }

    /** After the commit: metrics, the log, and the event for the report and submission side. */
    private Outcome announce(Outcome outcome, long started) {
        if (!outcome.stored()) {
            return outcome;
        }
        ClosedLedger ledger = outcome.ledger();
        metrics.stored(ledger, Duration.ofNanos(System.nanoTime() - started));
        LOG.infof("Carbon ledger %s %s v%d %s by %s, hash %s", ledger.site(), ledger.month(), ledger.version(), outcome.outcome(), ledger.closedBy(),
                ledger.contentHash());
        try {
            closedEvents.fire(new LedgerClosed(ledger.id(), ledger.site(), ledger.month(), ledger.version(), ledger.contentHash(),
                    ledger.version() > 1, ledger.closedAt(), ledger.closedBy()));
        } catch (RuntimeException e) {
            // The ledger is closed and stays closed; whoever observes it can catch up from ClosedLedgers.
            LOG.errorf(e, "An observer of LedgerClosed failed for %s %s v%d", ledger.site(), ledger.month(), ledger.version());
        }
        return outcome;
    }
}
