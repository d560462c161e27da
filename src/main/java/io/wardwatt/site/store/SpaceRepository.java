package io.wardwatt.site.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

@ApplicationScoped
public class SpaceRepository implements PanacheRepository<SpaceRow> {

    public Optional<SpaceRow> findByCode(long siteId, String code) {
        return find("siteId = ?1 and code = ?2", siteId, code).firstResultOptional();
    }

    /** All spaces of a site in the order they were created, which puts every parent before its children. */
    public List<SpaceRow> listBySite(long siteId) {
        return list("siteId", Sort.by("id"), siteId);
    }

    public long countBySite(long siteId) {
        return count("siteId", siteId);
    }

    /** Codes of a site's spaces by id, to resolve references. */
    public Map<Long, String> codesBySite(long siteId) {
        return find("siteId", siteId).project(IdAndCode.class).stream().collect(Collectors.toMap(IdAndCode::id, IdAndCode::code));
    }

    /** Codes of the spaces directly inside a space. */
    public List<String> childCodes(long spaceId) {
        return find("parentId = ?1", Sort.by("code"), spaceId).project(CodeOnly.class).list().stream().map(CodeOnly::code).toList();
    }

    /** Projection of a row to its code. */
    public record CodeOnly(String code) {
    }

    /** Projection of a row to its id and code. */
    public record IdAndCode(Long id, String code) {
    }
}
