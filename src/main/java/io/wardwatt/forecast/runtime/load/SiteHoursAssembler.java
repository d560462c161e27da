package io.wardwatt.forecast.runtime.load;

import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.history.HourlyHistory;
import io.wardwatt.forecast.model.DailyVisitsModel;
import io.wardwatt.forecast.runtime.WeatherForecasts;
import io.wardwatt.forecast.store.OutpatientVisitRepository;
import io.wardwatt.forecast.store.WeatherStore;
import io.wardwatt.forecast.visits.VisitDay;
import io.wardwatt.forecast.weather.ServedHour;
import io.wardwatt.forecast.weather.WeatherHour;
import io.wardwatt.forecast.weather.WeatherSource;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a site's stored loads, weather and visits on one hourly grid. Weather of each hour, in this order: the
 * site's own weather station (points), an observed EPW file, then the weather forecasts (the provider's last
 * forecast for the hour, the typical year). Visits: the stored daily totals, the days without one forecast by the
 * visits model, when at least {@link DailyVisitsModel#MIN_DAYS} days are stored; else the models go without visits.
 */
@ApplicationScoped
class SiteHoursAssembler {

    @Inject
    LoadForecastConfig config;

    @Inject
    HourlySeries series;

    @Inject
    WeatherStore weatherStore;

    @Inject
    WeatherForecasts weatherForecasts;

    @Inject
    OutpatientVisitRepository visits;

    /**
     * @param from the first hour's start (a whole hour)
     * @param hours the grid's length
     * @param loadsKnownTo loads from here on are left unknown (NaN): what an issue at that instant could not know
     */
    SiteHours assemble(Site site, String target, DayCalendar calendar, Instant from, int hours, Instant loadsKnownTo) {
        LoadForecastConfig.Target points = config.targets().get(target);
        if (points == null) {
            throw new InvalidInputException("target", "no target '" + target + "'; configured: " + config.targets().keySet());
        }
        Instant to = from.plusSeconds(3600L * hours);
        double[] load = series.sumKw(site.code(), points.points(), from, hours, "wardwatt.forecast.load.targets." + target + ".points");
        int loadHours = 0;
        for (int i = 0; i < hours; i++) {
            if (!from.plusSeconds(3600L * i).isBefore(loadsKnownTo)) {
                load[i] = Double.NaN;
            }
            loadHours += Double.isNaN(load[i]) ? 0 : 1;
        }
        double[] temp = new double[hours];
        double[] rh = new double[hours];
        double[] solar = new double[hours];
        String[] sources = new String[hours];
        station(site, from, hours, temp, rh, solar, sources);
        observedEpw(site, from, hours, temp, rh, solar, sources);
        forecasts(site, from, hours, temp, rh, solar, sources);
        double[] visitsPerHour = new double[hours];
        String visitsSource = visits(site, calendar, from, to, visitsPerHour);
        boolean anyWeather = Arrays.stream(sources).anyMatch(s -> !s.equals(WeatherSource.NONE.label()));
        HourlyHistory.Report report = new HourlyHistory.Report(site.code() + " " + target, hours, List.of(), 0, List.of(), 0, hours - loadHours,
                missing(temp), missing(rh));
        HourlyHistory history = new HourlyHistory(from, load, anyWeather ? temp : null, anyWeather ? rh : null,
                visitsSource.equals("none") ? null : visitsPerHour, anyWeather ? solar : null, report);
        return new SiteHours(history, List.of(sources), visitsSource, loadHours);
    }

    private void station(Site site, Instant from, int hours, double[] temp, double[] rh, double[] solar, String[] sources) {
        LoadForecastConfig.WeatherPoints points = config.weatherPoints();
        double[] t = stationSeries(site, points.temperature(), from, hours);
        double[] h = stationSeries(site, points.humidity(), from, hours);
        double[] s = stationSeries(site, points.solar(), from, hours);
        for (int i = 0; i < hours; i++) {
            // The station counts for an hour when it measured the temperature; a missing humidity or radiation is
            // taken from the next source rather than leaving the hour without weather.
            if (t != null && !Double.isNaN(t[i])) {
                temp[i] = t[i];
                rh[i] = h == null || Double.isNaN(h[i]) ? Double.NaN : h[i];
                solar[i] = s == null || Double.isNaN(s[i]) ? Double.NaN : Math.max(0, s[i]);
                sources[i] = "station";
            }
        }
    }

    private double[] stationSeries(Site site, Optional<String> point, Instant from, int hours) {
        if (point.isEmpty()) {
            return null;
        }
        return series.meanIfPresent(site.code(), point.get(), from, hours).orElse(null);
    }

    private void observedEpw(Site site, Instant from, int hours, double[] temp, double[] rh, double[] solar, String[] sources) {
        List<Instant> ends = new ArrayList<>();
        for (int i = 0; i < hours; i++) {
            if (sources[i] == null || Double.isNaN(rh[i]) || Double.isNaN(solar[i])) {
                ends.add(from.plusSeconds(3600L * (i + 1)));
            }
        }
        if (ends.isEmpty()) {
            return;
        }
        Map<Instant, WeatherHour> observed = weatherStore.observations(site.code(), WeatherSource.EPW_HISTORY.label(), ends);
        for (int i = 0; i < hours; i++) {
            WeatherHour hour = observed.get(from.plusSeconds(3600L * (i + 1)));
            if (hour != null) {
                fill(i, hour.temperatureC(), hour.relativeHumidityPct(), hour.ghiWm2(), WeatherSource.EPW_HISTORY.label(), temp, rh, solar, sources);
            }
        }
    }

    private void forecasts(Site site, Instant from, int hours, double[] temp, double[] rh, double[] solar, String[] sources) {
        List<ServedHour> served = weatherForecasts.served(site.code(), from.plusSeconds(3600), hours);
        for (int i = 0; i < hours; i++) {
            ServedHour hour = served.get(i);
            if (hour.temperatureC() != null) {
                fill(i, hour.temperatureC(), hour.relativeHumidityPct(), hour.ghiWm2(), hour.source(), temp, rh, solar, sources);
            } else if (sources[i] == null) {
                temp[i] = Double.NaN;
                rh[i] = Double.NaN;
                solar[i] = Double.NaN;
                sources[i] = WeatherSource.NONE.label();
            }
        }
    }

    /** Takes a source's hour where the hour has nothing yet, or only the missing parts of a station hour. */
    private static void fill(int i, double t, double h, double s, String source, double[] temp, double[] rh, double[] solar, String[] sources) {
        if (sources[i] == null) {
            temp[i] = t;
            rh[i] = h;
            solar[i] = s;
            sources[i] = source;
            return;
        }
        if (Double.isNaN(rh[i])) {
            rh[i] = h;
        }
        if (Double.isNaN(solar[i])) {
            solar[i] = s;
        }
    }

    private String visits(Site site, DayCalendar calendar, Instant from, Instant to, double[] perHour) {
        LocalDate first = from.atZone(site.zone()).toLocalDate();
        LocalDate last = to.atZone(site.zone()).toLocalDate();
        Map<LocalDate, Double> stored = new HashMap<>();
        for (VisitDay day : visits.days(site.code(), first.minusYears(1), last)) {
            stored.put(day.date(), (double) day.visits());
        }
        if (stored.size() < DailyVisitsModel.MIN_DAYS) {
            return "none";
        }
        DailyVisitsModel model = DailyVisitsModel.fit(stored, calendar);
        boolean forecastAny = false;
        for (int i = 0; i < perHour.length; i++) {
            LocalDate day = from.plusSeconds(3600L * i).atZone(site.zone()).toLocalDate();
            Double count = stored.get(day);
            forecastAny |= count == null;
            // The day's total on each of its hours: the models read how busy the day is, not the hour's arrivals.
            perHour[i] = count != null ? count : model.forecast(day);
        }
        return forecastAny ? "stored+model" : "stored";
    }

    private static int missing(double[] values) {
        return (int) Arrays.stream(values).filter(Double::isNaN).count();
    }
}
