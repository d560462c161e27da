package io.wardwatt.forecast.runtime;

import io.wardwatt.forecast.model.DailyVisitsModel;
import io.wardwatt.forecast.model.VisitsForecast;
import io.wardwatt.forecast.store.OutpatientVisitRepository;
import io.wardwatt.forecast.visits.VisitDay;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Forecasts a site's daily outpatient visits from its stored daily totals. The model is fitted on every request: two
 * years of days is a few hundred rows and a QR decomposition of eleven columns, far less than reading them.
 */
@ApplicationScoped
public class VisitForecasts {

    /** The longest range forecast at once: two months, enough to look across any holiday and its make-up days. */
    public static final int MAX_DAYS = 62;
    /** The model is fitted on the stored days of the two years up to the latest one: two of each holiday, older habits left out. */
    static final int HISTORY_YEARS = 2;

    @Inject
    ForecastCalendar calendar;

    @Inject
    OutpatientVisitRepository visits;

    @Inject
    SiteService sites;

    /**
     * The forecast of {@code from..to} (both included, already checked: to not before from, at most {@link #MAX_DAYS}).
     *
     * @throws InvalidInputException when the site is not in the site model
     * @throws StateConflictException when fewer than {@link DailyVisitsModel#MIN_DAYS} days are stored to fit on
     */
    public VisitsForecast forecast(String site, LocalDate from, LocalDate to) {
        if (sites.find(site).isEmpty()) {
            throw new InvalidInputException("site", "no site '" + site + "' in the site model");
        }
        TreeMap<LocalDate, Double> history = new TreeMap<>();
        LocalDate latest = visits.latestDay(site).orElse(null);
        if (latest != null) {
            visits.days(site, latest.minusYears(HISTORY_YEARS).plusDays(1), latest)
                    .forEach(day -> history.put(day.date(), (double) day.visits()));
        }
        if (history.size() < DailyVisitsModel.MIN_DAYS) {
            throw new StateConflictException("Site " + site + " has " + history.size() + " days of outpatient visits stored"
                    + (latest == null ? "" : " in the " + HISTORY_YEARS + " years to " + latest) + "; the forecast needs at least "
                    + DailyVisitsModel.MIN_DAYS + " (import them with POST /api/sites/" + site + "/visits or /api/sites/" + site + "/visits/csv)");
        }
        Map<LocalDate, Long> stored = new HashMap<>();
        List<VisitDay> range = visits.days(site, from, to);
        range.forEach(day -> stored.put(day.date(), day.visits()));
        return VisitsForecast.of(site, history, stored, calendar.calendar(), from, to);
    }
}
