package io.wardwatt.forecast.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code load_model}: one training run of a target's models; rows are only ever inserted. */
@Entity
@Immutable
@Table(name = "load_model")
public class LoadModelRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String version;

    public String site;

    public String target;

    @Column(name = "trained_at", updatable = false)
    public Instant trainedAt;

    @Column(name = "train_from")
    public LocalDate trainFrom;

    @Column(name = "train_to")
    public LocalDate trainTo;

    @JdbcTypeCode(SqlTypes.JSON)
    public String leads;

    @JdbcTypeCode(SqlTypes.JSON)
    public String backtest;

    @JdbcTypeCode(SqlTypes.JSON)
    public String inputs;
}
