package io.wardwatt.carbon.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.carbon.ClosedLedger;
import io.wardwatt.carbon.closing.ActivitiesDocument;
import io.wardwatt.carbon.closing.BookedActivity;
import io.wardwatt.carbon.closing.LedgerDifference;
import io.wardwatt.carbon.closing.LedgerSeal;
import io.wardwatt.carbon.closing.Verification;
import io.wardwatt.carbon.factors.FactorPolicy;
import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.ledger.LedgerCalculation;
import io.wardwatt.carbon.ledger.LedgerJson;
import io.wardwatt.carbon.ledger.MonthlyLedger;
import io.wardwatt.carbon.store.ActivityEntryRepository;
import io.wardwatt.carbon.store.LedgerRepository;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a closed ledger: its stored content against its hash, the chain back to the site's first closed month, the
 * factor set it recorded against the file, and its activities and ledger against the same month computed again from
 * the raw readings (the month's rollups of the recorded counters recomputed first) and the stored entries, with the
 * recorded factor set and calculation day. Each finding says what differs and where.
 */
@ApplicationScoped
class LedgerVerifier {

    @Inject
    LedgerRepository ledgers;

    @Inject
    ActivityEntryRepository entries;

    @Inject
    MeteredActivities metered;

    @Inject
    FactorSets sets;

    @Inject
    LedgerSites sites;

    @Inject
    AuditTrail audit;

    /** The recorded metered activities read again from the raw readings (outside any transaction: each counter in its own). */
    List<BookedActivity> meteredAgain(Site site, ClosedLedger ledger) {
        List<BookedActivity> again = new ArrayList<>();
        for (BookedActivity recorded : ActivitiesDocument.read(ledger.activitiesJson()).activities()) {
            if (recorded.entryId() == null) {
                again.add(metered.again(recorded, site.zone(), ledger.month()));
            }
        }
        return again;
    }

    @Transactional
    Verification verify(Site site, ClosedLedger ledger, List<BookedActivity> meteredAgain) {
        List<Verification.Check> checks = new ArrayList<>();
        List<Verification.Difference> differences = new ArrayList<>();
        String hash = LedgerSeal.contentHash(ledger);
        checks.add(new Verification.Check("content hash", hash.equals(ledger.contentHash()), hash.equals(ledger.contentHash())
                ? "the stored content hashes to " + hash : "the stored content hashes to " + hash + ", not to the stored " + ledger.contentHash()
                + ": the row was changed after it was closed"));
        checks.add(chain(ledger));
        if (ledger.restatesVersion() != null) {
            checks.add(restatement(ledger));
        }
        Optional<FactorSet> set = sets.byId(ledger.factorSetId());
        boolean setOk = set.isPresent() && set.get().sha256().equals(ledger.factorSetSha256());
        checks.add(new Verification.Check("factor set", setOk, set.isEmpty() ? "no factor set " + ledger.factorSetId() + " in " + sets.directory()
                : setOk ? set.get().file() + " has the recorded SHA-256" : set.get().file() + " has SHA-256 " + set.get().sha256() + ", not the recorded "
                + ledger.factorSetSha256() + ": a released set was edited"));
        checks.add(new Verification.Check("policy", FactorPolicy.ID.equals(ledger.policy()), "recorded " + ledger.policy() + ", this service applies "
                + FactorPolicy.ID));

        List<BookedActivity> activities = new ArrayList<>(meteredAgain);
        entries.ofMonth(ledger.site(), ledger.month()).forEach(entry -> activities.add(BookedActivity.of(entry)));
        ActivitiesDocument stored = ActivitiesDocument.read(ledger.activitiesJson());
        String again = new ActivitiesDocument(activities, stored.notes()).write();
        List<Verification.Difference> inActivities = Verification.differences("activities", ledger.activitiesJson(), again);
        differences.addAll(inActivities);
        checks.add(new Verification.Check("activities", inActivities.isEmpty(), inActivities.isEmpty()
                ? "the raw readings and the stored entries give the recorded activities"
                : inActivities.size() + " difference(s) between the recorded activities and those read again from the raw readings and entries"));
        if (setOk) {
            try {
                String ledgerAgain = LedgerJson.write(computeAgain(site, ledger, set.get(), new ActivitiesDocument(activities, stored.notes())));
                List<Verification.Difference> inLedger = Verification.differences("ledger", ledger.ledgerJson(), ledgerAgain);
                differences.addAll(inLedger);
                checks.add(new Verification.Check("ledger", inLedger.isEmpty(), inLedger.isEmpty()
                        ? "computed again with " + ledger.factorSetId() + " as of " + ledger.asOf() + ", the ledger is the stored text"
                        : inLedger.size() + " difference(s) between the stored ledger and the one computed again"));
            } catch (InvalidInputException e) {
                checks.add(new Verification.Check("ledger", false, "cannot be computed again: " + e.getMessage()));
            }
        } else {
            checks.add(new Verification.Check("ledger", false, "not computed again: the recorded factor set is not available as it was"));
        }
        boolean ok = checks.stream().allMatch(Verification.Check::ok) && differences.isEmpty();
        Verification verification = new Verification(ledger.site(), ledger.month().toString(), ledger.version(), ok, ledger.contentHash(), checks,
                differences);
        audit.record("verify", "carbon_ledger", LedgerBook.key(ledger), null, new Audited(ok, checks.stream().filter(c -> !c.ok())
                .map(Verification.Check::check).toList(), differences.size()));
        return verification;
    }

    /**
     * The version's ledger computed again from the activities it stored, with its recorded factor set and calculation
     * day: the ledger check of {@link #verify} without reading the meters again, for whoever renders the stored month.
     *
     * @throws StateConflictException when the recorded set is gone or was edited, or the calculation fails now (the site's
     *                                province is no longer a region of the set, say): verification says more
     */
    MonthlyLedger recompute(Site site, ClosedLedger ledger) {
        FactorSet set = sets.byId(ledger.factorSetId()).filter(found -> found.sha256().equals(ledger.factorSetSha256()))
                .orElseThrow(() -> new StateConflictException(LedgerBook.key(ledger) + " cannot be computed again: factor set "
                        + ledger.factorSetId() + " is not in " + sets.directory() + " with the recorded SHA-256 " + ledger.factorSetSha256()
                        + " (run verify)"));
        try {
            return computeAgain(site, ledger, set, ActivitiesDocument.read(ledger.activitiesJson()));
        } catch (InvalidInputException e) {
            throw new StateConflictException(LedgerBook.key(ledger) + " cannot be computed again: " + e.getMessage() + " (run verify)");
        }
    }

    /** The month computed as the version was: its recorded factor set and calculation day, the site's region in that set. */
    private MonthlyLedger computeAgain(Site site, ClosedLedger ledger, FactorSet set, ActivitiesDocument activities) {
        return LedgerCalculation.compute(ledger.month(), sites.region(site, set), ledger.asOf(), set, activities.forCalculation());
    }

    /** What the audit log keeps of a verification. */
    record Audited(boolean ok, List<String> failedChecks, int differences) {
    }

    /** Every link back to the site's first closed month: each stored version hashes to its hash, and the next recorded that hash. */
    private Verification.Check chain(ClosedLedger ledger) {
        int links = 0;
        ClosedLedger current = ledger;
        while (current.previousMonth() != null) {
            Optional<ClosedLedger> previous = ledgers.version(current.site(), current.previousMonth(), current.previousVersion());
            String at = LedgerBook.key(current) + " -> " + current.site() + "/" + current.previousMonth() + "/v" + current.previousVersion();
            if (previous.isEmpty()) {
                return new Verification.Check("chain", false, at + ": the previous ledger is missing");
            }
            if (!previous.get().contentHash().equals(current.previousHash())) {
                return new Verification.Check("chain", false, at + ": recorded previous hash " + current.previousHash() + ", but that ledger's hash is "
                        + previous.get().contentHash());
            }
            String rehashed = LedgerSeal.contentHash(previous.get());
            if (!rehashed.equals(previous.get().contentHash())) {
                return new Verification.Check("chain", false, at + ": the previous ledger's stored content hashes to " + rehashed + ", not to its"
                        + " stored " + previous.get().contentHash());
            }
            if (!previous.get().month().equals(current.month().minusMonths(1))) {
                return new Verification.Check("chain", false, at + ": a month is missing from the chain");
            }
            current = previous.get();
            links++;
        }
        return new Verification.Check("chain", true, links == 0 ? ledger.month() + " starts the chain of " + ledger.site()
                : links + " link(s) back to " + current.month() + ", where the chain of " + ledger.site() + " starts, each previous hash matching");
    }

    /** A restatement's recorded difference is the difference between the version it restates and itself. */
    private Verification.Check restatement(ClosedLedger ledger) {
        Optional<ClosedLedger> restated = ledgers.version(ledger.site(), ledger.month(), ledger.restatesVersion());
        if (restated.isEmpty()) {
            return new Verification.Check("restatement", false, "the restated version " + ledger.restatesVersion() + " is missing");
        }
        String difference = LedgerDifference.between(restated.get().version(), restated.get().ledgerJson(), ledger.ledgerJson()).orElse(null);
        boolean same = ledger.differenceJson().equals(difference);
        return new Verification.Check("restatement", same, same ? "the recorded difference to version " + ledger.restatesVersion() + " is the"
                + " difference between the two ledgers" : "the recorded difference is not the difference between version "
                + ledger.restatesVersion() + " and this one");
    }
}
