package io.wardwatt.forecast.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code load_forecast}: one issue of a target's hourly forecast; rows are only ever inserted. */
@Entity
@Immutable
@Table(name = "load_forecast")
public class LoadForecastRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String site;

    public String target;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "loads_kw")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public double[] loadsKw;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] weather;

    public String visits;

    public int substituted;

    @Column(name = "model_id")
    public long modelId;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
