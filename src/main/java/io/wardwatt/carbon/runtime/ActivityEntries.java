package io.wardwatt.carbon.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.carbon.ClosedLedger;
import io.wardwatt.carbon.activity.ActivityEntry;
import io.wardwatt.carbon.activity.CarrierKind;
import io.wardwatt.carbon.activity.ManualActivity;
import io.wardwatt.carbon.closing.ActivitiesDocument;
import io.wardwatt.carbon.closing.BookedActivity;
import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.store.ActivityEntryRepository;
import io.wardwatt.carbon.store.LedgerRepository;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Activity entries: checked against the site, the factor set and the closed months, stored once (the same entry sent
 * again is found, not stored twice), audited. An entry for a closed month is refused; a correction is booked in an open
 * month as the difference between the corrected quantity and what was booked for the original so far.
 */
@ApplicationScoped
public class ActivityEntries {

    /** The entry as stored, and whether this call stored it (false: the same entry was stored before). */
    public record Outcome(ActivityEntry entry, boolean created) {
    }

    /** What the audit log keeps of an entry (the evidence by its hash, not its content). */
    record Audited(long id, String site, String month, String carrier, String quantity, String unit, String source, String bookedQuantity,
            Long adjustsEntryId, String adjustsMonth, String reference, String note, String evidenceSha256, String evidenceFileName) {

        static Audited of(ActivityEntry e) {
            return new Audited(e.id(), e.site(), e.month().toString(), e.carrier().code(), e.quantity().toPlainString(), e.unit().symbol(),
                    e.source().code(), e.bookedQuantity().toPlainString(), e.adjustsEntryId(),
                    e.adjustsMonth() == null ? null : e.adjustsMonth().toString(), e.reference(), e.note(),
                    e.evidence() == null ? null : e.evidence().sha256(), e.evidence() == null ? null : e.evidence().fileName());
        }
    }

    @Inject
    ActivityEntryRepository entries;

    @Inject
    LedgerRepository ledgers;

    @Inject
    LedgerSites sites;

    @Inject
    FactorSets sets;

    @Inject
    CarbonConfig config;

    @Inject
    LedgerMetrics metrics;

    @Inject
    AuditTrail audit;

    @Transactional
    public Outcome enter(ManualActivity entry, String enteredBy) {
        Site site = sites.requireNamed(entry.site(), "site");
        check(entry, site);
        entries.lockSite(site.code());
        String fingerprint = fingerprint(entry);
        Optional<ActivityEntry> same = entries.byFingerprint(site.code(), entry.month(), fingerprint);
        if (same.isPresent()) {
            return new Outcome(same.get(), false);
        }
        ledgers.latest(site.code(), entry.month()).ifPresent(closed -> {
            throw new StateConflictException("month: " + site.code() + " " + entry.month() + " is closed (ledger version " + closed.version()
                    + ", closed " + closed.closedAt() + " by " + closed.closedBy() + "): nothing is added to a closed month; enter a correction in"
                    + " an open month that refers to the original (adjustsEntryId for an entry, adjustsMonth for a metered quantity)");
        });
        ActivityEntry stored = entries.insert(entry, booked(entry), fingerprint, enteredBy);
        audit.record("create", "carbon_activity_entry", site.code() + "/" + stored.month() + "/" + stored.id(), null, Audited.of(stored));
        metrics.entered(stored);
        return new Outcome(stored, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActivityEntry> list(String site, YearMonth month) {
        sites.require(site);
        return entries.ofSite(site, month);
    }

    /** The months of the site that have entries, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<YearMonth> monthsWithEntries(String site) {
        sites.require(site);
        return entries.monthsWithEntries(site);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityEntry get(long id) {
        return entries.byId(id).orElseThrow(() -> new UnknownEntityException("activity entry", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityEntryRepository.StoredEvidence evidence(long id) {
        return entries.evidenceOf(get(id)).orElseThrow(() -> new UnknownEntityException("evidence of activity entry", id));
    }

    /** What needs the service's state: the site's calendar, the evidence's size, the refrigerant's GWP. */
    private void check(ManualActivity entry, Site site) {
        sites.requireBegun(site, entry.month(), "month");
        if (entry.evidence() != null && entry.evidence().content().length > config.evidence().maxBytes()) {
            throw new InvalidInputException("evidence.contentBase64", "the file has " + entry.evidence().content().length
                    + " bytes, more than the " + config.evidence().maxBytes() + " accepted (wardwatt.carbon.evidence.max-bytes)");
        }
        if (entry.carrier().kind() == CarrierKind.REFRIGERANT) {
            FactorSet set = sets.current();
            if (set.gas(entry.carrier().gas()).isEmpty()) {
                throw new InvalidInputException("carrier", "no GWP for gas '" + entry.carrier().gas() + "' in factor set " + set.id()
                        + "; its gases: " + String.join(", ", set.gasNames()));
            }
        }
    }

    /** What the entry's month counts: the quantity, or a correction's difference to what was booked for the original. */
    private BigDecimal booked(ManualActivity entry) {
        if (entry.adjustsEntryId() != null) {
            ActivityEntry original = entries.byId(entry.adjustsEntryId()).orElseThrow(() -> new InvalidInputException("adjustsEntryId",
                    "no activity entry " + entry.adjustsEntryId()));
            String problem = null;
            if (!original.site().equals(entry.site())) {
                problem = "entry " + original.id() + " is of site " + original.site() + ", not " + entry.site();
            } else if (original.correction()) {
                problem = "entry " + original.id() + " is itself a correction (of " + (original.adjustsEntryId() != null ? "entry "
                        + original.adjustsEntryId() : "metered " + original.carrier() + " of " + original.adjustsMonth()) + "): refer to the original";
            } else if (!original.carrier().equals(entry.carrier())) {
                problem = "entry " + original.id() + " is of " + original.carrier() + ", not " + entry.carrier();
            } else if (original.unit() != entry.unit()) {
                problem = "give the corrected quantity in " + original.unit() + ", the unit of entry " + original.id();
            } else if (original.month().isAfter(entry.month())) {
                problem = "entry " + original.id() + " is of " + original.month() + ", after " + entry.month() + ": a correction is booked in the"
                        + " original's month or later";
            }
            if (problem != null) {
                throw new InvalidInputException("adjustsEntryId", problem);
            }
            BigDecimal bookedBefore = original.quantity().add(entries.bookedCorrectionsOf(original.id()));
            return entry.quantity().subtract(bookedBefore);
        }
        if (entry.adjustsMonth() != null) {
            ClosedLedger closed = ledgers.latest(entry.site(), entry.adjustsMonth()).orElseThrow(() -> new StateConflictException(
                    "adjustsMonth: " + entry.site() + " " + entry.adjustsMonth() + " is not closed: its metered quantities are still read from the"
                    + " meters (correct the readings, or enter an estimated quantity in that month)"));
            BookedActivity metered = ActivitiesDocument.read(closed.activitiesJson()).activities().stream()
                    .filter(a -> a.entryId() == null && a.carrier().equals(entry.carrier().code())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("adjustsMonth", "the closed ledger of " + entry.site() + " " + entry.adjustsMonth()
                            + " has no metered " + entry.carrier() + " to correct"));
            if (!metered.unit().equals(entry.unit().symbol())) {
                throw new InvalidInputException("unit", "give the corrected quantity in " + metered.unit() + ", the unit of the metered "
                        + entry.carrier() + " of " + entry.adjustsMonth());
            }
            BigDecimal bookedBefore = metered.quantity().add(entries.bookedCorrectionsOfMetered(entry.site(), entry.adjustsMonth(),
                    entry.carrier().code()));
            return entry.quantity().subtract(bookedBefore);
        }
        return entry.quantity();
    }

    /** The same entry sent again has the same fingerprint: every field, and the evidence by content and name. */
    static String fingerprint(ManualActivity e) {
        String text = String.join("\u001f", e.site(), e.month().toString(), e.carrier().code(), e.quantity().stripTrailingZeros().toPlainString(),
                e.unit().symbol(), e.source().code(), String.valueOf(e.reference()), String.valueOf(e.note()),
                e.evidence() == null ? "" : e.evidence().sha256() + "/" + e.evidence().fileName() + "/" + e.evidence().mediaType(),
                String.valueOf(e.adjustsEntryId()), String.valueOf(e.adjustsMonth()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }
}
