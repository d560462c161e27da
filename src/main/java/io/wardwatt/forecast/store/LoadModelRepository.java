package io.wardwatt.forecast.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Trained load-model versions; a version is stored once whatever number of times the same training runs. */
@ApplicationScoped
public class LoadModelRepository implements PanacheRepository<LoadModelRow> {

    private static final Sort NEWEST_FIRST = Sort.descending("trainedAt").and("id", Sort.Direction.Descending);

    public Optional<LoadModelRow> latest(String site, String target) {
        return find("site = ?1 and target = ?2", NEWEST_FIRST, site, target).firstResultOptional();
    }

    public Optional<LoadModelRow> byVersion(String site, String version) {
        return find("site = ?1 and version = ?2", site, version).firstResultOptional();
    }

    public List<LoadModelRow> history(String site, String target, int limit) {
        return find("site = ?1 and target = ?2", NEWEST_FIRST, site, target).page(0, limit).list();
    }

    /** Holds, until the transaction ends, the right to store a version of the site's target. */
    public void lock(String site, String target) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('load_model'), hashtext(?1))")
                .setParameter(1, site + "/" + target).getSingleResult();
    }

    public LoadModelRow insert(LoadModelRow row) {
        persist(row);
        return row;
    }
}
