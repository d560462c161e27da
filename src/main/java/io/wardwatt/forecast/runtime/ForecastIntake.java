package io.wardwatt.forecast.runtime;

import io.wardwatt.audit.AuditTrail;
import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.ForecastIssue;
import io.wardwatt.forecast.store.CoolingLoadForecastRepository;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Issues cooling-load forecasts: a new issue is a new row, an identical re-post returns the latest issue unchanged. */
@ApplicationScoped
public class ForecastIntake {

    static final String ENTITY = "cooling-load-forecast";

    @Inject
    CoolingLoadForecastRepository forecasts;

    @Inject
    SiteService sites;

    @Inject
    AuditTrail audit;

    /** What an issue did: {@code created} is false when the same forecast was already the latest issue. */
    public record Issued(DayLoadForecast forecast, boolean created) {
    }

    @Transactional
    public Issued issue(ForecastIssue issue) {
        if (sites.find(issue.site()).isEmpty()) {
            throw new InvalidInputException("site", "no site '" + issue.site() + "' in the site model");
        }
        forecasts.lockDay(issue.site(), issue.date());
        var latest = forecasts.latest(issue.site(), issue.date());
        // Only the latest issue counts as "the same": re-issuing an older forecast after a newer one makes it latest again.
        if (latest.isPresent() && issue.sameAs(latest.get())) {
            return new Issued(latest.get(), false);
        }
        DayLoadForecast stored = forecasts.insert(issue);
        audit.record("create", ENTITY, String.valueOf(stored.id()), null, stored);
        return new Issued(stored, true);
    }
}
