package io.wardwatt.forecast.runtime;

import io.wardwatt.forecast.DayWeather;
import io.wardwatt.forecast.DayWeatherForecasts;
import io.wardwatt.forecast.weather.ServedHour;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.Site;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The served hourly forecast (provider, else last issue, else typical year) in plan slots. Temperature and humidity are
 * read at the instant an hour ends, so a slot's value is interpolated between the two hour ends around its middle; the
 * irradiance is an hour's mean, so a slot takes the hour that holds its middle.
 */
@ApplicationScoped
public class PlanningDayWeather implements DayWeatherForecasts {

    @Inject
    WeatherForecasts forecasts;

    @Inject
    SiteService sites;

    @Override
    public Optional<DayWeather> forDay(String code, LocalDate date, int slotMinutes) {
        Site site = sites.find(code).orElseThrow(() -> new UnknownEntityException("site", code));
        Instant dayStart = date.atStartOfDay(site.zone()).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(site.zone()).toInstant();
        int hours = (int) Duration.between(dayStart, dayEnd).toHours();
        // the hour ending at the day's start is served too: the first slots interpolate from it
        List<ServedHour> served = forecasts.served(code, dayStart, hours + 1);
        if (served.stream().anyMatch(hour -> hour.temperatureC() == null || hour.relativeHumidityPct() == null || hour.ghiWm2() == null)) {
            return Optional.empty();
        }
        TreeMap<Instant, ServedHour> byEnd = new TreeMap<>();
        served.forEach(hour -> byEnd.put(hour.hour(), hour));
        int slots = (int) (Duration.between(dayStart, dayEnd).toMinutes() / slotMinutes);
        List<Double> dryBulb = new ArrayList<>(slots);
        List<Double> humidity = new ArrayList<>(slots);
        List<Double> solar = new ArrayList<>(slots);
        for (int s = 0; s < slots; s++) {
            Instant middle = dayStart.plus(Duration.ofMinutes((long) s * slotMinutes)).plus(Duration.ofSeconds(slotMinutes * 30L));
            Map.Entry<Instant, ServedHour> before = byEnd.floorEntry(middle);
            Map.Entry<Instant, ServedHour> after = byEnd.ceilingEntry(middle);
            if (before == null) {
                before = after;
            }
            if (after == null) {
                after = before;
            }
            double span = Duration.between(before.getKey(), after.getKey()).toSeconds();
            double weight = span == 0 ? 0 : Duration.between(before.getKey(), middle).toSeconds() / span;
            dryBulb.add(round(interpolate(before.getValue().temperatureC(), after.getValue().temperatureC(), weight)));
            humidity.add(round(interpolate(before.getValue().relativeHumidityPct(), after.getValue().relativeHumidityPct(), weight)));
            solar.add(round(after.getValue().ghiWm2()));
        }
        String sources = served.stream().collect(Collectors.groupingBy(ServedHour::source, TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining(", "));
        return Optional.of(new DayWeather(code, date, slotMinutes, dryBulb, humidity, solar, sources));
    }

    private static double interpolate(double from, double to, double weight) {
        return from + (to - from) * weight;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
