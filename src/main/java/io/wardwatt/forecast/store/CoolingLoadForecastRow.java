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

/** A row of {@code cooling_load_forecast}; rows are only ever inserted. */
@Entity
@Immutable
@Table(name = "cooling_load_forecast")
public class CoolingLoadForecastRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String site;

    @Column(name = "forecast_date")
    public LocalDate forecastDate;

    @Column(name = "slot_minutes")
    public int slotMinutes;

    @Column(name = "loads_kw")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public double[] loadsKw;

    public String source;

    @Column(name = "issued_at", updatable = false)
    public Instant issuedAt;
}
