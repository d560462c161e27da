package io.wardwatt.forecast.runtime.load;

import io.wardwatt.forecast.CoolingLoadForecasts;
import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.ForecastIssue;
import io.wardwatt.forecast.runtime.ForecastIntake;
import io.wardwatt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an issue of the planning target into the day forecasts plans are made from: every local day the issue
 * covers whole becomes an hourly day forecast, source {@code model:<version>}. A day whose latest forecast came
 * from anywhere else (an engineer's upload) keeps it: the model never overrides a person.
 */
@ApplicationScoped
class PlanningDayForecasts {

    static final String SOURCE_PREFIX = "model:";

    @Inject
    CoolingLoadForecasts dayForecasts;

    @Inject
    ForecastIntake intake;

    List<DayLoadForecast> fromIssue(Site site, IssuedLoadForecast issue) {
        Map<LocalDate, double[]> slots = new HashMap<>();
        Map<LocalDate, Integer> covered = new HashMap<>();
        for (IssuedLoadForecast.Hour hour : issue.hours()) {
            ZonedDateTime local = hour.start().atZone(site.zone());
            double[] day = slots.computeIfAbsent(local.toLocalDate(), d -> unknownHours());
            if (Double.isNaN(day[local.getHour()])) {
                day[local.getHour()] = hour.loadKw();
            }
            covered.merge(local.toLocalDate(), 1, Integer::sum);
        }
        List<DayLoadForecast> issued = new ArrayList<>();
        for (Map.Entry<LocalDate, double[]> day : slots.entrySet()) {
            if (!coversWholeDay(site, day.getKey(), covered.get(day.getKey()))) {
                continue;
            }
            Optional<DayLoadForecast> latest = dayForecasts.latest(site.code(), day.getKey());
            if (latest.isPresent() && !latest.get().source().startsWith(SOURCE_PREFIX)) {
                continue;
            }
            List<Double> loads = new ArrayList<>(24);
            double previous = Double.NaN;
            for (double load : day.getValue()) {
                // A spring-forward day has no 02:00: the slot takes the hour before it.
                previous = Double.isNaN(load) ? previous : load;
                loads.add(Double.isNaN(load) ? previous : load);
            }
            issued.add(intake.issue(new ForecastIssue(site.code(), day.getKey(), 60, loads, SOURCE_PREFIX + issue.modelVersion())).forecast());
        }
        issued.sort(java.util.Comparator.comparing(DayLoadForecast::date));
        return issued;
    }

    private static double[] unknownHours() {
        double[] hours = new double[24];
        java.util.Arrays.fill(hours, Double.NaN);
        return hours;
    }

    private static boolean coversWholeDay(Site site, LocalDate day, int hoursCovered) {
        Instant start = day.atStartOfDay(site.zone()).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(site.zone()).toInstant();
        return hoursCovered == java.time.Duration.between(start, end).toHours();
    }
}
