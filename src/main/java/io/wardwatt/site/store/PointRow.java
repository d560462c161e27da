package io.wardwatt.site.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code point}; its id is an integer because readings carry it in every row. */
@Entity
@Table(name = "point")
public class PointRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "device_id")
    public Long deviceId;

    @Column(name = "space_id")
    public Long spaceId;

    public String code;

    public String name;

    public String unit;

    /** A {@link io.wardwatt.site.PointKind} name. */
    public String kind;

    @Column(name = "rollover_value")
    public Double rolloverValue;

    /** An {@link io.wardwatt.site.EnergyCarrier#code()}, or null. */
    public String carrier;

    /** An {@link io.wardwatt.site.EnergyFlow} name, or null (consumption, for an energy counter). */
    public String flow;

    /** The code of the parent meter in the same site, or null. */
    @Column(name = "parent_meter")
    public String parentMeter;

    /** {@code text[]}, never null (the column is not null with default '{}'). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", columnDefinition = "text[]")
    public List<String> tags = new ArrayList<>();

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
