package io.wardwatt.site.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

@ApplicationScoped
public class DeviceRepository implements PanacheRepository<DeviceRow> {

    public Optional<DeviceRow> findByCode(long siteId, String code) {
        return find("siteId = ?1 and code = ?2", siteId, code).firstResultOptional();
    }

    public List<DeviceRow> listBySite(long siteId) {
        return list("siteId", Sort.by("code"), siteId);
    }

    public long countBySite(long siteId) {
        return count("siteId", siteId);
    }

    /** Codes of a site's devices by id, to resolve references. */
    public Map<Long, String> codesBySite(long siteId) {
        return find("siteId", siteId).project(SpaceRepository.IdAndCode.class).stream()
                .collect(Collectors.toMap(SpaceRepository.IdAndCode::id, SpaceRepository.IdAndCode::code));
    }

    /** Codes of the devices that stand in a space. */
    public List<String> codesInSpace(long spaceId) {
        return find("spaceId = ?1", Sort.by("code"), spaceId).project(SpaceRepository.CodeOnly.class).list().stream()
                .map(SpaceRepository.CodeOnly::code).toList();
    }
}
