package io.wardwatt.carbon.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.wardwatt.carbon.ClosedLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The closed ledgers, as records. Rows are only ever inserted, whole. */
@ApplicationScoped
public class LedgerRepository implements PanacheRepository<LedgerRow> {

    public Optional<ClosedLedger> latest(String site, YearMonth month) {
        return find("site = ?1 and month = ?2", Sort.descending("version"), site, month.toString()).firstResultOptional().map(this::record);
    }

    public Optional<ClosedLedger> version(String site, YearMonth month, int version) {
        return find("site = ?1 and month = ?2 and version = ?3", site, month.toString(), version).firstResultOptional().map(this::record);
    }

    public List<ClosedLedger> versions(String site, YearMonth month) {
        return find("site = ?1 and month = ?2", Sort.ascending("version"), site, month.toString()).list().stream().map(this::record).toList();
    }

    public Optional<ClosedLedger> byId(long id) {
        return findByIdOptional(id).map(this::record);
    }

    /** Every version of every closed month of the site (or of every site), newest month first, versions in order. */
    public List<ClosedLedger> all(String site) {
        Sort order = Sort.ascending("site").and("month", Sort.Direction.Descending).and("version", Sort.Direction.Ascending);
        return (site == null ? findAll(order) : find("site", order, site)).list().stream().map(this::record).toList();
    }

    /** The first and the last closed month of the site's chain. */
    public Optional<YearMonth> firstClosedMonth(String site) {
        return month("select min(l.month) from LedgerRow l where l.site = ?1", site);
    }

    public Optional<YearMonth> lastClosedMonth(String site) {
        return month("select max(l.month) from LedgerRow l where l.site = ?1", site);
    }

    /**
     * Stores a version. The draft's previous month and version name the ledger it chains to (looked up here) and its
     * restated version the one it restates.
     */
    public ClosedLedger insert(ClosedLedger draft) {
        LedgerRow row = new LedgerRow();
        row.site = draft.site();
        row.month = draft.month().toString();
        row.version = draft.version();
        row.factorSetId = draft.factorSetId();
        row.factorSetSha256 = draft.factorSetSha256();
        row.policy = draft.policy();
        row.asOf = draft.asOf();
        row.ledgerText = draft.ledgerJson();
        row.activitiesText = draft.activitiesJson();
        row.previousHash = draft.previousHash();
        row.previousId = draft.previousMonth() == null ? null : rowId(draft.site(), draft.previousMonth(), draft.previousVersion());
        row.restatesId = draft.restatesVersion() == null ? null : rowId(draft.site(), draft.month(), draft.restatesVersion());
        row.differenceText = draft.differenceJson();
        row.closedAt = draft.closedAt();
        row.closedBy = draft.closedBy();
        row.contentHash = draft.contentHash();
        try {
            persist(row);
            flush();
        } catch (PersistenceException e) {
            throw GuardedWrites.translate(e);
        }
        return record(row);
    }

    private Long rowId(String site, YearMonth month, int version) {
        return find("site = ?1 and month = ?2 and version = ?3", site, month.toString(), version).firstResultOptional()
                .map(row -> row.id).orElseThrow(() -> new IllegalStateException("no ledger " + site + " " + month + " v" + version));
    }

    private Optional<YearMonth> month(String query, String site) {
        String month = getEntityManager().createQuery(query, String.class).setParameter(1, site).getSingleResult();
        return Optional.ofNullable(month).map(YearMonth::parse);
    }

    private ClosedLedger record(LedgerRow row) {
        LedgerRow previous = row.previousId == null ? null : findById(row.previousId);
        return new ClosedLedger(row.id, row.site, YearMonth.parse(row.month), row.version, row.factorSetId, row.factorSetSha256, row.policy,
                row.asOf, row.ledgerText, row.activitiesText, row.previousHash, previous == null ? null : YearMonth.parse(previous.month),
                previous == null ? null : previous.version, row.version > 1 ? row.version - 1 : null, row.differenceText, row.closedAt,
                row.closedBy, row.contentHash);
    }
}
