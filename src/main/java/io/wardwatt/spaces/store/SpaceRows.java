package io.wardwatt.spaces.store;

import io.wardwatt.site.SpaceLevel;
import io.wardwatt.spaces.SpaceRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the site model's site and space tables (the schema is the contract) with the ids the points refer to. */
@ApplicationScoped
public class SpaceRows {

    /** A site: its id (the points' site_id), code and zone. */
    public record SiteRef(long id, String code, ZoneId zone) {
    }

    @Inject
    EntityManager em;

    public Optional<SiteRef> site(String code) {
        List<?> rows = em.createNativeQuery("select id, code, time_zone from site where code = ?1").setParameter(1, code).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new SiteRef(((Number) row[0]).longValue(), (String) row[1], ZoneId.of((String) row[2]));
        });
    }

    public List<SpaceRef> spaces(long siteId) {
        List<SpaceRef> spaces = new ArrayList<>();
        for (Object r : em.createNativeQuery("select id, parent_id, code, name, level from space where site_id = ?1")
                .setParameter(1, siteId).getResultList()) {
            Object[] row = (Object[]) r;
            spaces.add(new SpaceRef(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue(), (String) row[2],
                    (String) row[3], SpaceLevel.valueOf((String) row[4])));
        }
        return spaces;
    }
}
