package io.wardwatt.forecast.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code outpatient_visits}. */
@Entity
@Table(name = "outpatient_visits")
public class OutpatientVisitRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String site;

    @Column(name = "visit_date")
    public LocalDate visitDate;

    @Column(name = "visit_hour")
    public Short visitHour;

    public int visits;

    public String source;

    @Column(name = "imported_at")
    public Instant importedAt;
}
