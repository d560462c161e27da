package io.wardwatt.carbon.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.wardwatt.carbon.QuantityUnit;
import io.wardwatt.carbon.activity.ActivityEntry;
import io.wardwatt.carbon.activity.Carrier;
import io.wardwatt.carbon.activity.DataSource;
import io.wardwatt.carbon.activity.Evidence;
import io.wardwatt.carbon.activity.EvidenceFile;
import io.wardwatt.carbon.activity.ManualActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Activity entries and their evidence, as records. Rows are only ever inserted. */
@ApplicationScoped
public class ActivityEntryRepository implements PanacheRepository<ActivityEntryRow> {

    /** The file cited, with its content. */
    public record StoredEvidence(String sha256, String fileName, String mediaType, byte[] content) {
    }

    /**
     * Waits for the site's carbon lock, held until the transaction ends: closing, restating and entering of one site
     * happen one at a time (the table's trigger takes the same lock).
     */
    public void lockSite(String site) {
        getEntityManager().createNativeQuery("select 1 from (select carbon_lock_site(?1)) locked").setParameter(1, site).getSingleResult();
    }

    public Optional<ActivityEntry> byId(long id) {
        return findByIdOptional(id).map(ActivityEntryRepository::record);
    }

    public Optional<ActivityEntry> byFingerprint(String site, YearMonth month, String fingerprint) {
        return find("site = ?1 and month = ?2 and fingerprint = ?3", site, month.toString(), fingerprint).firstResultOptional()
                .map(ActivityEntryRepository::record);
    }

    /** The entries booked in the month, oldest first: the order a ledger takes them in. */
    public List<ActivityEntry> ofMonth(String site, YearMonth month) {
        return find("site = ?1 and month = ?2", Sort.ascending("id"), site, month.toString()).list().stream().map(ActivityEntryRepository::record)
                .toList();
    }

    /** A site's entries, optionally of one month, newest month first. */
    public List<ActivityEntry> ofSite(String site, YearMonth month) {
        if (month != null) {
            return ofMonth(site, month);
        }
        return find("site", Sort.descending("month").and("id", Sort.Direction.Ascending), site).list().stream()
                .map(ActivityEntryRepository::record).toList();
    }

    /** The months of the site that have entries, newest first. */
    public List<YearMonth> monthsWithEntries(String site) {
        return getEntityManager().createQuery("select distinct e.month from ActivityEntryRow e where e.site = ?1 order by e.month desc",
                String.class).setParameter(1, site).getResultList().stream().map(YearMonth::parse).toList();
    }

    /** What corrections of the entry booked so far, in its unit. */
    public BigDecimal bookedCorrectionsOf(long entryId) {
        return sum("select coalesce(sum(e.bookedQuantity), 0) from ActivityEntryRow e where e.adjustsEntryId = ?1", entryId);
    }

    /** What corrections of the closed month's metered quantity of the carrier booked so far. */
    public BigDecimal bookedCorrectionsOfMetered(String site, YearMonth month, String carrier) {
        return sum("select coalesce(sum(e.bookedQuantity), 0) from ActivityEntryRow e where e.site = ?1 and e.adjustsMonth = ?2 and e.carrier = ?3",
                site, month.toString(), carrier);
    }

    public ActivityEntry insert(ManualActivity entry, BigDecimal booked, String fingerprint, String enteredBy) {
        ActivityEntryRow row = new ActivityEntryRow();
        row.site = entry.site();
        row.month = entry.month().toString();
        row.carrier = entry.carrier().code();
        row.quantity = entry.quantity();
        row.unit = entry.unit().symbol();
        row.source = entry.source().code();
        row.bookedQuantity = booked;
        row.adjustsEntryId = entry.adjustsEntryId();
        row.adjustsMonth = entry.adjustsMonth() == null ? null : entry.adjustsMonth().toString();
        row.reference = entry.reference();
        row.note = entry.note();
        if (entry.evidence() != null) {
            EvidenceFile file = entry.evidence().file();
            storeEvidence(entry.evidence());
            row.evidenceSha256 = file.sha256();
            row.evidenceFileName = file.fileName();
            row.evidenceMediaType = file.mediaType();
            row.evidenceSizeBytes = file.sizeBytes();
        }
        row.fingerprint = fingerprint;
        row.enteredBy = enteredBy;
        row.enteredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            persist(row);
            flush();
        } catch (PersistenceException e) {
            throw GuardedWrites.translate(e);
        }
        return record(row);
    }

    public Optional<StoredEvidence> evidenceOf(ActivityEntry entry) {
        if (entry.evidence() == null) {
            return Optional.empty();
        }
        EvidenceRow row = getEntityManager().find(EvidenceRow.class, entry.evidence().sha256());
        return Optional.ofNullable(row).map(found -> new StoredEvidence(found.sha256, entry.evidence().fileName(), entry.evidence().mediaType(),
                found.content));
    }

    /** Stores the file once per content: the same file cited again is not stored twice. */
    private void storeEvidence(Evidence evidence) {
        getEntityManager().createNativeQuery("insert into carbon_evidence (sha256, size_bytes, content) values (?1, ?2, ?3) "
                        + "on conflict (sha256) do nothing")
                .setParameter(1, evidence.sha256())
                .setParameter(2, (long) evidence.content().length)
                .setParameter(3, evidence.content())
                .executeUpdate();
    }

    private BigDecimal sum(String query, Object... args) {
        var q = getEntityManager().createQuery(query, BigDecimal.class);
        for (int i = 0; i < args.length; i++) {
            q.setParameter(i + 1, args[i]);
        }
        return q.getSingleResult();
    }

    private static ActivityEntry record(ActivityEntryRow row) {
        EvidenceFile evidence = row.evidenceSha256 == null ? null : new EvidenceFile(row.evidenceFileName, row.evidenceMediaType,
                row.evidenceSha256, row.evidenceSizeBytes);
        return new ActivityEntry(row.id, row.site, YearMonth.parse(row.month), Carrier.parse(row.carrier, "entry " + row.id),
                row.quantity, QuantityUnit.of(row.unit).orElseThrow(), DataSource.of(row.source).orElseThrow(), row.bookedQuantity,
                row.adjustsEntryId, row.adjustsMonth == null ? null : YearMonth.parse(row.adjustsMonth), row.reference, row.note, evidence,
                row.enteredBy, row.enteredAt);
    }
}
