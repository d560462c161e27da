package io.wardwatt.site.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code space}. References are plain ids, not associations: the site model is read a site at a
 * time and codes are resolved from maps, which keeps the queries few and predictable.
 */
@Entity
@Table(name = "space")
public class SpaceRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "parent_id")
    public Long parentId;

    public String code;

    public String name;

    /** A {@link io.wardwatt.site.SpaceLevel} name. */
    public String level;

    @Column(name = "area_m2")
    public BigDecimal areaM2;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
