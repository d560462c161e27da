package io.wardwatt.forecast.runtime;

import io.wardwatt.forecast.runtime.load.LoadForecastConfig;
import io.wardwatt.forecast.store.OutpatientVisitRepository;
import io.wardwatt.forecast.store.WeatherStore;
import io.wardwatt.forecast.visits.VisitDay;
import io.wardwatt.forecast.weather.WeatherSource;
import jakarta.enterprise.context.ApplicationScoped;
import io.wardwatt.readings.query.PointSeries;
import io.wardwatt.readings.query.ValueBucket;
import io.wardwatt.readings.runtime.RollupSeriesReader;
import io.wardwatt.site.PointDirectory;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What happened at a site, for other packages: observed daily temperatures and outpatient visits (the saving goals' drivers). */
@ApplicationScoped
public class ObservedHistory {

    @Inject
    WeatherStore weather;

    @Inject
    OutpatientVisitRepository visits;

    @Inject
    LoadForecastConfig load;

    @Inject
    PointDirectory points;

    @Inject
    RollupSeriesReader series;

    /**
     * Hourly means of the site's own outdoor temperature point — the one the load forecast takes as its weather station
     * ({@code wardwatt.forecast.load.weather-points.temperature}) — from the rollups, by hour start, over [from, to);
     * hours without readings left out. Empty when no such point is configured or the site has none.
     */
    public Map<Instant, Double> stationHourlyTemperatures(String site, Instant from, Instant to) {
        Map<Instant, Double> hours = new TreeMap<>();
        load.weatherPoints().temperature().flatMap(code -> points.byKey(site, code)).filter(p -> !p.isCounter()).ifPresent(point -> {
            PointSeries hourly = series.series(point, from.toString(), to.toString(), "1h");
            for (ValueBucket bucket : hourly.values()) {
                if (bucket.count() > 0) {
                    hours.put(bucket.start(), bucket.avg());
                }
            }
        });
        return hours;
    }

    /** The mean of each local day's observed hours (EPW history), from {@code from} to {@code to} inclusive; days without rows left out. */
    public Map<LocalDate, Double> dailyMeanTemperatures(String site, ZoneId zone, LocalDate from, LocalDate to) {
        return weather.dailyMeanTemperatures(site, WeatherSource.EPW_HISTORY.label(), zone, from, to);
    }

    /** Daily outpatient totals, as {@code GET /api/sites/{site}/visits} gives them. */
    public List<VisitDay> visitDays(String site, LocalDate from, LocalDate to) {
        return visits.days(site, from, to);
    }
}
