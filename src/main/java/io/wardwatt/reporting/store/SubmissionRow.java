package io.wardwatt.reporting.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code report_submission}. Inserted whole; afterwards only its progress columns change, through the
 * conditional updates of {@link SubmissionRepository} (the table's trigger refuses anything else).
 */
@Entity
@DynamicUpdate
@Table(name = "report_submission")
public class SubmissionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String site;

    public String period;

    @Column(name = "report_version")
    public int reportVersion;

    @Column(name = "report_id")
    public String reportId;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "content_hash")
    public String contentHash;

    public String payload;

    public String status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_http_status")
    public Integer lastHttpStatus;

    @Column(name = "receipt_id")
    public String receiptId;

    @JdbcTypeCode(SqlTypes.JSON)
    public String receipt;

    @Column(name = "manual_retries")
    public int manualRetries;

    @Column(name = "enqueued_by")
    public String enqueuedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;
}
