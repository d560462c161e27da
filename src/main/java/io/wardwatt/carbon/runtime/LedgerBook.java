package io.wardwatt.carbon.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.carbon.ClosedLedger;
import io.wardwatt.carbon.closing.ActivitiesDocument;
import io.wardwatt.carbon.closing.BookedActivity;
import io.wardwatt.carbon.closing.LedgerDifference;
import io.wardwatt.carbon.closing.LedgerSeal;
import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.ledger.LedgerCalculation;
import io.wardwatt.carbon.ledger.LedgerJson;
import io.wardwatt.carbon.ledger.MonthlyLedger;
import io.wardwatt.carbon.store.ActivityEntryRepository;
import io.wardwatt.carbon.store.LedgerRepository;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The writes of the ledger, each in one transaction under the site's carbon lock: closing a month (version 1) and
 * restating it (version n + 1). What a month holds is decided here: its metered activities (read by the caller, from
 * the raw readings), its entries, the factor set and calculation day of now.
 */
@ApplicationScoped
class LedgerBook {

    /** What a write did: stored a new version ({@code stored}), or found nothing to do. */
    record Written(ClosedLedger ledger, boolean stored) {
    }

    /** A month's inputs and the ledger computed from them, not stored. */
    record Computed(ActivitiesDocument activities, FactorSet set, LocalDate asOf, MonthlyLedger ledger) {

        String ledgerJson() {
            return LedgerJson.write(ledger);
        }
    }

    @Inject
    LedgerRepository ledgers;

    @Inject
    ActivityEntryRepository entries;

    @Inject
    FactorSets sets;

    @Inject
    LedgerSites sites;

    @Inject
    AuditTrail audit;

    /** The month computed now from the metered activities given and the month's entries, with the current factor set. */
    Computed compute(Site site, YearMonth month, MeteredActivities.Metered metered) {
        List<BookedActivity> activities = new ArrayList<>(metered.activities());
        entries.ofMonth(site.code(), month).forEach(entry -> activities.add(BookedActivity.of(entry)));
        ActivitiesDocument document = new ActivitiesDocument(activities, metered.notes());
        FactorSet set = sets.current();
        LocalDate asOf = sites.today(site);
        return new Computed(document, set, asOf, LedgerCalculation.compute(month, sites.region(site, set), asOf, set, document.forCalculation()));
    }

    @Transactional
    Written close(Site site, YearMonth month, MeteredActivities.Metered metered, String user) {
        entries.lockSite(site.code());
        Optional<ClosedLedger> closed = ledgers.latest(site.code(), month);
        if (closed.isPresent()) {
            return new Written(closed.get(), false);
        }
        Optional<ClosedLedger> previous = chainedTo(site.code(), month);
        Computed computed = compute(site, month, metered);
        ClosedLedger stored = store(new ClosedLedger(0, site.code(), month, 1, computed.set().id(), computed.set().sha256(),
                computed.ledger().policy(), computed.asOf(), computed.ledgerJson(), computed.activities().write(),
                previous.map(ClosedLedger::contentHash).orElse(null), previous.map(ClosedLedger::month).orElse(null),
                previous.map(ClosedLedger::version).orElse(null), null, null, now(), user, null));
        audit.record("close", "carbon_ledger", key(stored), null, Summary.of(stored));
        return new Written(stored, true);
    }

    /**
     * A new version of a closed month with the current factor set and calculation day, from the activities it was
     * closed with (a closed month's inputs do not change: corrections are booked in open months); nothing when no
     * reported figure and no factor would change.
     */
    @Transactional
    Written restate(Site site, YearMonth month, String user) {
        entries.lockSite(site.code());
        ClosedLedger latest = ledgers.latest(site.code(), month).orElseThrow(() -> notClosed(site, month));
        ActivitiesDocument activities = ActivitiesDocument.read(latest.activitiesJson());
        FactorSet set = sets.current();
        LocalDate asOf = sites.today(site);
        MonthlyLedger ledger = LedgerCalculation.compute(month, sites.region(site, set), asOf, set, activities.forCalculation());
        String text = LedgerJson.write(ledger);
        Optional<String> difference = LedgerDifference.between(latest.version(), latest.ledgerJson(), text);
        if (difference.isEmpty()) {
            return new Written(latest, false);
        }
        // Chained as the version it restates was, to the latest version of that month now.
        Optional<ClosedLedger> previous = latest.previousMonth() == null ? Optional.empty() : ledgers.latest(site.code(), latest.previousMonth());
        ClosedLedger stored = store(new ClosedLedger(0, site.code(), month, latest.version() + 1, set.id(), set.sha256(), ledger.policy(), asOf,
                text, latest.activitiesJson(), previous.map(ClosedLedger::contentHash).orElse(null), previous.map(ClosedLedger::month).orElse(null),
                previous.map(ClosedLedger::version).orElse(null), latest.version(), difference.get(), now(), user, null));
        audit.record("restate", "carbon_ledger", key(stored), Summary.of(latest), Summary.of(stored));
        return new Written(stored, true);
    }

    /**
     * The ledger a month chains to: the latest version of the month before. A site's months are closed in order, so
     * each binds all before it; the first month closed starts the chain.
     *
     * @throws StateConflictException for a month before the chain's start, or after a month still open
     */
    Optional<ClosedLedger> chainedTo(String site, YearMonth month) {
        Optional<YearMonth> last = ledgers.lastClosedMonth(site);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        if (month.isBefore(last.get())) {
            YearMonth first = ledgers.firstClosedMonth(site).orElseThrow();
            throw new StateConflictException(site + " " + month + " cannot be closed: the ledger chain of " + site + " starts at " + first
                    + ", and months are closed in order, each chained to the one before");
        }
        if (month.isAfter(last.get().plusMonths(1))) {
            throw new StateConflictException(site + " " + month + " cannot be closed yet: close " + last.get().plusMonths(1)
                    + " first (the last closed month is " + last.get() + "; months are closed in order, each chained to the one before)");
        }
        return ledgers.latest(site, last.get());
    }

    static StateConflictException notClosed(Site site, YearMonth month) {
        return new StateConflictException(site.code() + " " + month + " is not closed: only a closed month is restated (GET …/preview shows"
                + " the open month)");
    }

    private ClosedLedger store(ClosedLedger draft) {
        String hash = LedgerSeal.contentHash(draft);
        return ledgers.insert(new ClosedLedger(draft.id(), draft.site(), draft.month(), draft.version(), draft.factorSetId(), draft.factorSetSha256(),
                draft.policy(), draft.asOf(), draft.ledgerJson(), draft.activitiesJson(), draft.previousHash(), draft.previousMonth(),
                draft.previousVersion(), draft.restatesVersion(), draft.differenceJson(), draft.closedAt(), draft.closedBy(), hash));
    }

    /** Stored to the microsecond, as PostgreSQL keeps it: the hash covers the stored value. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static String key(ClosedLedger ledger) {
        return ledger.site() + "/" + ledger.month() + "/v" + ledger.version();
    }

    /** What the audit log keeps of a version: its identity and hashes (the texts are in the table). */
    record Summary(String site, String month, int version, String factorSetId, String asOf, String contentHash, String previousHash,
            Integer restatesVersion) {

        static Summary of(ClosedLedger l) {
            return new Summary(l.site(), l.month().toString(), l.version(), l.factorSetId(), l.asOf().toString(), l.contentHash(),
                    l.previousHash(), l.restatesVersion());
        }
    }
}
