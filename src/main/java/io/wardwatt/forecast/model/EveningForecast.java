package io.wardwatt.forecast.model;

import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.history.HourlyHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tomorrow's hourly load as the evening's daily plan gets it from the service: at an issue during the day (the
 * service's hourly issue at or after {@link #ISSUE_HOUR}, the plan at 17:30) the lead-1 model is fitted to the
 * {@code trainDays} days before and to the day's hours so far, with its recent-residual correction
 * ({@link LoadModel#fitAtIssue}), and forecasts every hour of the next local day ({@link HorizonForecaster}). The
 * service and the offline closed loop both call this; the loads at and after the issue are never read.
 */
public final class EveningForecast {

    /** The local hour from which the service's hourly issues forecast tomorrow with the day so far. */
    public static final int ISSUE_HOUR = DayAheadBacktest.EVENING_ISSUE_HOUR;

    private EveningForecast() {
    }

    /**
     * @param day the local day forecast (the one after the issue's)
     * @param hours its hours (23 or 25 on daylight-saving days), hours ahead counted from the issue
     * @param model the lead-1 model fitted at the issue, as the service stores it
     */
    public record Forecast(LocalDate day, List<ForecastHour> hours, LoadModel model) {

        public Forecast {
            hours = List.copyOf(hours);
        }

        /** The hourly loads, kW, in order. */
        public double[] loadsKw() {
            return hours.stream().mapToDouble(ForecastHour::loadKw).toArray();
        }
    }

    /**
     * @param history the loads up to the issue (any later ones are ignored) and the weather of every hour through the
     *                end of the next local day (observed before the issue, the weather forecast after it)
     * @param issue a whole hour
     * @param trainDays local days before the issue's day the model is fitted to ({@link DayAheadBacktest#DEFAULT_TRAIN_DAYS})
     * @return empty when fewer than half of the window's hours have a load and every input (a new site: too little history)
     * @throws IllegalArgumentException when the issue is not on a whole hour, trainDays is below 7, or the history does
     *                                  not reach the end of the next day
     */
    public static Optional<Forecast> nextDay(HourlyHistory history, ZoneId zone, DayCalendar calendar, Instant issue, int trainDays) {
        if (trainDays < 7) {
            throw new IllegalArgumentException("train on at least 7 days, got " + trainDays);
        }
        LocalDate day = issue.atZone(zone).toLocalDate().plusDays(1);
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        if (history.indexOf(end.minusSeconds(3600)) < 0) {
            throw new IllegalArgumentException("the history (from " + history.start() + ", " + history.hours() + " hours) must reach the end of "
                    + day + " (" + end + ") with its weather");
        }
        HourlyHistory known = knownBefore(history, issue, end);
        Optional<LoadModel> model = LoadModel.fitAtIssue(known, zone, calendar, issue, trainDays);
        return model.map(m -> new Forecast(day, HorizonForecaster.forecastDay(known, zone, calendar, List.of(m), issue, day), m));
    }

    /**
     * The history with the loads from the issue on unknown, on a grid that reaches the first hour after {@code end}
     * (a day is featured only when the next one's first hour is on the grid).
     */
    static HourlyHistory knownBefore(HourlyHistory history, Instant issue, Instant end) {
        int hours = Math.max(history.hours(), history.indexOf(end.minusSeconds(3600)) + 2);
        double[] load = Arrays.copyOf(history.loadKw(), hours);
        int from = Math.max(0, (int) Math.min(history.hours(), (issue.getEpochSecond() - history.start().getEpochSecond()) / 3600));
        Arrays.fill(load, from, hours, Double.NaN);
        return new HourlyHistory(history.start(), load, extended(history.tempC(), hours), extended(history.rhPct(), hours),
                extended(history.visits(), hours), extended(history.solarWm2(), hours), history.report());
    }

    private static double[] extended(double[] series, int hours) {
        if (series == null) {
            return null;
        }
        double[] copy = Arrays.copyOf(series, hours);
        Arrays.fill(copy, series.length, hours, Double.NaN);
        return copy;
    }
}
