package io.wardwatt.carbon.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A row of carbon_evidence: a file's content under its SHA-256. Read only to hand the file back. */
@Entity
@Immutable // the table's trigger refuses updates; Hibernate never tries one
@Table(name = "carbon_evidence")
public class EvidenceRow {

    @Id
    public String sha256;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public byte[] content;

    @Column(name = "stored_at")
    public Instant storedAt;
}
