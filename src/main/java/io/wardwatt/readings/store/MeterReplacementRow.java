package io.wardwatt.readings.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of meter_replacement. Never leaves the store: {@link MeterReplacementRepository} maps it to a record. */
@Entity
@Table(name = "meter_replacement")
public class MeterReplacementRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "point_id")
    public int pointId;

    @Column(name = "replaced_at")
    public Instant replacedAt;

    @Column(name = "old_final_value")
    public double oldFinalValue;

    @Column(name = "new_initial_value")
    public double newInitialValue;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
