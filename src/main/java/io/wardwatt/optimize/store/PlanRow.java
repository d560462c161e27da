package io.wardwatt.optimize.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code plant_plan}. Inserted whole; afterwards only its status and results change, through the
 * conditional updates of {@link PlanRepository} (the table's trigger refuses anything else).
 */
@Entity
@DynamicUpdate
@Table(name = "plant_plan")
public class PlanRow {

    @Id
    public UUID id;

    public String site;

    @Column(name = "plan_date")
    public LocalDate planDate;

    public String kind;

    public String status;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public String scenario;

    @Column(name = "model_files")
    @JdbcTypeCode(SqlTypes.JSON)
    public String modelFiles;

    @JdbcTypeCode(SqlTypes.JSON)
    public String plan;

    public Double objective;

    @Column(name = "bound_objective")
    public Double boundObjective;

    @Column(name = "gap_percent")
    public Double gapPercent;

    @Column(name = "saving_percent")
    public Double savingPercent;

    public Boolean feasible;

    public String error;

    @Column(name = "replay_of")
    public UUID replayOf;

    @Column(name = "forecast_id")
    public Long forecastId;

    @Column(name = "idempotency_key")
    public String idempotencyKey;
}
