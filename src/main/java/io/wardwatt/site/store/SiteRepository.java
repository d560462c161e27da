package io.wardwatt.site.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SiteRepository implements PanacheRepository<SiteRow> {

    public Optional<SiteRow> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<SiteRow> listByCode() {
        return listAll(Sort.by("code"));
    }
}
