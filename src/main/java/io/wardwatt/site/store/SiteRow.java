package io.wardwatt.site.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code site}. */
@Entity
@Table(name = "site")
public class SiteRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "floor_area_m2")
    public BigDecimal floorAreaM2;

    @Column(name = "grid_region")
    public String gridRegion;

    public String province;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
