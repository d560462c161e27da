package io.wardwatt.carbon.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A row of carbon_activity_entry. Never leaves the store: {@link ActivityEntryRepository} maps it to a record. */
@Entity
@Immutable // the table's trigger refuses updates; Hibernate never tries one
@Table(name = "carbon_activity_entry")
public class ActivityEntryRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String site;

    public String month;

    public String carrier;

    public BigDecimal quantity;

    public String unit;

    public String source;

    @Column(name = "booked_quantity")
    public BigDecimal bookedQuantity;

    @Column(name = "adjusts_entry_id")
    public Long adjustsEntryId;

    @Column(name = "adjusts_month")
    public String adjustsMonth;

    public String reference;

    public String note;

    @Column(name = "evidence_sha256")
    public String evidenceSha256;

    @Column(name = "evidence_file_name")
    public String evidenceFileName;

    @Column(name = "evidence_media_type")
    public String evidenceMediaType;

    @Column(name = "evidence_size_bytes")
    public Long evidenceSizeBytes;

    public String fingerprint;

    @Column(name = "entered_by")
    public String enteredBy;

    @Column(name = "entered_at")
    public Instant enteredAt;
}
