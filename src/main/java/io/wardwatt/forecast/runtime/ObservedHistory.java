package io.wardwatt.forecast.runtime;

import io.wardwatt.forecast.store.OutpatientVisitRepository;
import io.wardwatt.forecast.store.WeatherStore;
import io.wardwatt.forecast.visits.VisitDay;
import io.wardwatt.forecast.weather.WeatherSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** What happened at a site, for other packages: observed daily temperatures and outpatient visits (the saving goals' drivers). */
@ApplicationScoped
public class ObservedHistory {

    @Inject
    WeatherStore weather;

    @Inject
    OutpatientVisitRepository visits;

    /** The mean of each local day's observed hours (EPW history), from {@code from} to {@code to} inclusive; days without rows left out. */
    public Map<LocalDate, Double> dailyMeanTemperatures(String site, ZoneId zone, LocalDate from, LocalDate to) {
        return weather.dailyMeanTemperatures(site, WeatherSource.EPW_HISTORY.label(), zone, from, to);
    }

    /** Daily outpatient totals, as {@code GET /api/visits} gives them. */
    public List<VisitDay> visitDays(String site, LocalDate from, LocalDate to) {
        return visits.days(site, from, to);
    }
}
