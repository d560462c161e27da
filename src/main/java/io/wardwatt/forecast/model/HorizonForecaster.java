package io.wardwatt.forecast.model;

import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.history.HourlyHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Forecasts the hours that follow an issue with the model of each hour's lead: an hour of the issue's own local
 * day is forecast by the lead-0 model, of the next day by the lead-1 model, and so on, each plus its recent-residual
 * correction ({@link ResidualCorrection}). A model issued at midnight reads only the loads of the local days before
 * the issue's day, so its forecast of a day does not depend on the hour it is issued at. A lead-1 model issued
 * during the day ({@link LoadModel#fitAtIssue}: the evening plan's) forecasts tomorrow from the loads up to its
 * issue hour, and takes the place of the midnight one for issues at or after that hour.
 */
public final class HorizonForecaster {

    private HorizonForecaster() {
    }

    /**
     * @param history loads up to the issue (later ones are ignored) and the weather of every hour forecast; its grid
     *                must reach the end of the last forecast hour's local day
     * @param models one per lead needed, any order; a model issued during a day ({@link LoadModel#issueHour()} above
     *               0) only for an issue on that same day
     * @param issueHour a whole hour: the first hour forecast starts there
     * @throws IllegalArgumentException when a lead has no model, or a model's features are not the history's
     */
    public static List<ForecastHour> forecast(HourlyHistory history, ZoneId zone, DayCalendar calendar, List<LoadModel> models, Instant issueHour,
                                              int hours) {
        Issue issue = new Issue(history, zone, calendar, models, issueHour);
        List<ForecastHour> forecast = new ArrayList<>(hours);
        for (int k = 0; k < hours; k++) {
            forecast.add(issue.hour(issueHour.plusSeconds(3600L * k)));
        }
        return forecast;
    }

    /** The hours of one local day after the issue's, as {@link #forecast} gives them. */
    public static List<ForecastHour> forecastDay(HourlyHistory history, ZoneId zone, DayCalendar calendar, List<LoadModel> models, Instant issueHour,
                                                 LocalDate day) {
        if (!day.isAfter(issueHour.atZone(zone).toLocalDate())) {
            throw new IllegalArgumentException("the day forecast must follow the issue's day, got " + day + " for an issue at " + issueHour);
        }
        Issue issue = new Issue(history, zone, calendar, models, issueHour);
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<ForecastHour> forecast = new ArrayList<>(25);
        for (Instant hour = day.atStartOfDay(zone).toInstant(); hour.isBefore(end); hour = hour.plusSeconds(3600)) {
            forecast.add(issue.hour(hour));
        }
        return forecast;
    }

    /** One issue: the model, features and correction of each lead, worked out once. */
    private static final class Issue {

        private final HourlyHistory history;
        private final ZoneId zone;
        private final DayCalendar calendar;
        private final Instant issueHour;
        private final LocalDate issueDay;
        private final Map<Integer, LoadModel> byLead = new HashMap<>();
        private final Map<Integer, LoadFeatures> featured = new HashMap<>();
        private final Map<Integer, Function<LocalDate, LoadFeatures.DayRows>> rows = new HashMap<>();
        private final Map<Integer, Double> corrections = new HashMap<>();

        Issue(HourlyHistory history, ZoneId zone, DayCalendar calendar, List<LoadModel> models, Instant issueHour) {
            if (!issueHour.truncatedTo(ChronoUnit.HOURS).equals(issueHour)) {
                throw new IllegalArgumentException("an issue starts on a whole hour, got " + issueHour);
            }
            this.history = history;
            this.zone = zone;
            this.calendar = calendar;
            this.issueHour = issueHour;
            this.issueDay = issueHour.atZone(zone).toLocalDate();
            int hourOfDay = issueHour.atZone(zone).getHour();
            // per lead, the model issued latest but not after the issue's hour of day: the evening model once it is due
            models.stream().filter(m -> m.issueHour() <= hourOfDay).sorted(Comparator.comparingInt(LoadModel::issueHour))
                    .forEach(m -> byLead.put(m.leadDays(), m));
        }

        ForecastHour hour(Instant hour) {
            LocalDate day = hour.atZone(zone).toLocalDate();
            int lead = (int) ChronoUnit.DAYS.between(issueDay, day);
            LoadModel model = byLead.get(lead);
            if (model == null) {
                throw new IllegalArgumentException("no model for lead " + lead + " day(s), needed for " + hour);
            }
            LoadFeatures features = featured.computeIfAbsent(lead, l -> checked(new LoadFeatures(history, zone, calendar, l, model.issueHour()), model));
            Function<LocalDate, LoadFeatures.DayRows> dayRows = rows.computeIfAbsent(lead, l -> LoadModel.memo(features));
            LoadFeatures.DayRows target = dayRows.apply(day);
            int index = history.indexOf(hour);
            if (target == null || index < 0) {
                throw new IllegalArgumentException("the history does not reach " + day + " (the hour " + hour + ")");
            }
            double correction = corrections.computeIfAbsent(lead, l -> model.correctionKw(history, zone, features, dayRows, issueDay));
            double[] x = target.rows()[index - target.start()].clone();
            boolean substituted = features.substitute(x, model.meanLoadKw());
            int hoursAhead = (int) ChronoUnit.HOURS.between(issueHour, hour) + 1;
            return new ForecastHour(hour, hoursAhead, lead, model.predict(x, correction), substituted);
        }
    }

    private static LoadFeatures checked(LoadFeatures features, LoadModel model) {
        if (!features.names().equals(model.features())) {
            throw new IllegalArgumentException("the lead-" + model.leadDays() + " model reads " + model.features()
                    + " but the history gives " + features.names() + ": train the model again on what the site records now");
        }
        return features;
    }
}
