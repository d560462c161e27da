package io.wardwatt.carbon.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A row of carbon_ledger, inserted whole and never changed (the table's trigger refuses it). The jsonb columns the
 * table generates from the texts are for queries and are not mapped. Never leaves the store.
 */
@Entity
@Immutable // the table's trigger refuses updates; Hibernate never tries one
@Table(name = "carbon_ledger")
public class LedgerRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String site;

    public String month;

    public int version;

    @Column(name = "factor_set_id")
    public String factorSetId;

    @Column(name = "factor_set_sha256")
    public String factorSetSha256;

    public String policy;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "ledger_text")
    public String ledgerText;

    @Column(name = "activities_text")
    public String activitiesText;

    @Column(name = "previous_id")
    public Long previousId;

    @Column(name = "previous_hash")
    public String previousHash;

    @Column(name = "restates_id")
    public Long restatesId;

    @Column(name = "difference_text")
    public String differenceText;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "content_hash")
    public String contentHash;
}
