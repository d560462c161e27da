package io.wardwatt.site.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PointRepository implements PanacheRepositoryBase<PointRow, Integer> {

    /** Filters of a point search; null means "any". {@code text} is found in the code or the name, in any case. */
    public record Filter(String kind, String carrier, Long deviceId, Long spaceId, String tag, String text) {

        public Filter(String kind, String carrier, Long deviceId, Long spaceId, String tag) {
            this(kind, carrier, deviceId, spaceId, tag, null);
        }
    }

    public Optional<PointRow> findByCode(long siteId, String code) {
        return find("siteId = ?1 and code = ?2", siteId, code).firstResultOptional();
    }

    public List<PointRow> listBySite(long siteId) {
        return list("siteId", Sort.by("code"), siteId);
    }

    public List<PointRow> search(long siteId, Filter filter) {
        StringBuilder query = new StringBuilder("siteId = :site");
        Parameters parameters = Parameters.with("site", siteId);
        if (filter.kind() != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.carrier() != null) {
            query.append(" and carrier = :carrier");
            parameters.and("carrier", filter.carrier());
        }
        if (filter.deviceId() != null) {
            query.append(" and deviceId = :device");
            parameters.and("device", filter.deviceId());
        }
        if (filter.spaceId() != null) {
            query.append(" and spaceId = :space");
            parameters.and("space", filter.spaceId());
        }
        if (filter.tag() != null) {
            query.append(" and array_contains(tags, :tag)");
            parameters.and("tag", filter.tag());
        }
        if (filter.text() != null) {
            query.append(" and (lower(code) like :text escape '!' or lower(name) like :text escape '!')");
            String escaped = filter.text().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            parameters.and("text", "%" + escaped + "%");
        }
        return list(query.toString(), Sort.by("code"), parameters);
    }

    /** The codes of the site's points whose parent meter is {@code code}. */
    public List<String> subMetersOf(long siteId, String code) {
        return find("siteId = ?1 and parentMeter = ?2 order by code", siteId, code).stream().map(r -> r.code).toList();
    }

    public long countBySite(long siteId) {
        return count("siteId", siteId);
    }

    public List<String> codesOfDevice(long deviceId) {
        return find("deviceId = ?1", Sort.by("code"), deviceId).project(SpaceRepository.CodeOnly.class).list().stream()
                .map(SpaceRepository.CodeOnly::code).toList();
    }

    public List<String> codesInSpace(long spaceId) {
        return find("spaceId = ?1", Sort.by("code"), spaceId).project(SpaceRepository.CodeOnly.class).list().stream()
                .map(SpaceRepository.CodeOnly::code).toList();
    }

    /** Whether any raw reading is stored for the point (its history depends on its kind and unit). */
    public boolean hasReadings(int pointId) {
        return exists("select exists (select 1 from reading where point_id = ?1)", pointId);
    }

    /** Whether a meter replacement is recorded for the point. */
    public boolean hasMeterReplacements(int pointId) {
        return exists("select exists (select 1 from meter_replacement where point_id = ?1)", pointId);
    }

    private boolean exists(String sql, int pointId) {
        return (Boolean) getEntityManager().createNativeQuery(sql, Boolean.class).setParameter(1, pointId).getSingleResult();
    }
}
