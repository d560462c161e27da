package io.wardwatt.forecast.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.wardwatt.forecast.CoolingLoadForecasts;
import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.ForecastIssue;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The issued forecasts; the planner reads them through {@link CoolingLoadForecasts}. */
@ApplicationScoped
public class CoolingLoadForecastRepository implements PanacheRepository<CoolingLoadForecastRow>, CoolingLoadForecasts {

    private static final Sort NEWEST_FIRST = Sort.descending("issuedAt").and("id", Sort.Direction.Descending);

    @Override
    public Optional<DayLoadForecast> latest(String site, LocalDate date) {
        return find("site = ?1 and forecastDate = ?2", NEWEST_FIRST, site, date).firstResultOptional().map(CoolingLoadForecastRepository::toForecast);
    }

    /** Every issue for the day, newest first. */
    public List<DayLoadForecast> history(String site, LocalDate date) {
        return find("site = ?1 and forecastDate = ?2", NEWEST_FIRST, site, date).stream().map(CoolingLoadForecastRepository::toForecast).toList();
    }

    /**
     * Holds, until the caller's transaction ends, the right to issue the site's day: two identical posts at once
     * then make one issue, not two.
     */
    public void lockDay(String site, LocalDate date) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('cooling_load_forecast'), hashtext(?1))")
                .setParameter(1, site + "/" + date).getSingleResult();
    }

    public DayLoadForecast insert(ForecastIssue issue) {
        CoolingLoadForecastRow row = new CoolingLoadForecastRow();
        row.site = issue.site();
        row.forecastDate = issue.date();
        row.slotMinutes = issue.slotMinutes();
        row.loadsKw = issue.loadsKw().stream().mapToDouble(Double::doubleValue).toArray();
        row.source = issue.source();
        row.issuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it, so the answer equals a later read
        persist(row);
        return toForecast(row);
    }

    static DayLoadForecast toForecast(CoolingLoadForecastRow row) {
        return new DayLoadForecast(row.id, row.site, row.forecastDate, row.slotMinutes, Arrays.stream(row.loadsKw).boxed().toList(), row.source,
                row.issuedAt);
    }
}
