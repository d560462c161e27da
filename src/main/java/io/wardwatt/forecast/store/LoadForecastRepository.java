package io.wardwatt.forecast.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Issued hourly load forecasts: one per site, target and issue hour. */
@ApplicationScoped
public class LoadForecastRepository implements PanacheRepository<LoadForecastRow> {

    public Optional<LoadForecastRow> issued(String site, String target, Instant issuedAt) {
        return find("site = ?1 and target = ?2 and issuedAt = ?3", site, target, issuedAt).firstResultOptional();
    }

    public Optional<LoadForecastRow> latest(String site, String target) {
        return find("site = ?1 and target = ?2", Sort.descending("issuedAt"), site, target).firstResultOptional();
    }

    /** Issues made in [from, to), oldest first. */
    public List<LoadForecastRow> issuedBetween(String site, String target, Instant from, Instant to) {
        return find("site = ?1 and target = ?2 and issuedAt >= ?3 and issuedAt < ?4", Sort.ascending("issuedAt"), site, target, from, to).list();
    }

    /** Holds, until the transaction ends, the right to issue the site's target for that hour. */
    public void lock(String site, String target, Instant issuedAt) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('load_forecast'), hashtext(?1))")
                .setParameter(1, site + "/" + target + "/" + issuedAt).getSingleResult();
    }

    public LoadForecastRow insert(LoadForecastRow row) {
        persist(row);
        return row;
    }
}
