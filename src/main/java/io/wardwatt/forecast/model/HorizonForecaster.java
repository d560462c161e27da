package io.wardwatt.forecast.model;

import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.history.HourlyHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Forecasts the hours that follow an issue with the model of each hour's lead: an hour of the issue's own local
 * day is forecast by the lead-0 model, of the next day by the lead-1 model, and so on. The models read only the
 * loads of the local days before the issue's day, so the forecast of a day does not depend on the hour it is
 * issued at.
 */
public final class HorizonForecaster {

    private HorizonForecaster() {
    }

    /**
     * @param history loads up to the issue (later ones are ignored) and the weather of every hour forecast; its grid
     *                must reach the end of the last forecast hour's local day
     * @param models one per lead needed, any order
     * @param issueHour a whole hour: the first hour forecast starts there
     * @throws IllegalArgumentException when a lead has no model, or a model's features are not the history's
     */
    public static List<ForecastHour> forecast(HourlyHistory history, ZoneId zone, DayCalendar calendar, List<LoadModel> models, Instant issueHour,
                                              int hours) {
        if (!issueHour.truncatedTo(ChronoUnit.HOURS).equals(issueHour)) {
            throw new IllegalArgumentException("an issue starts on a whole hour, got " + issueHour);
        }
        Map<Integer, LoadModel> byLead = new HashMap<>();
        models.forEach(m -> byLead.put(m.leadDays(), m));
        LocalDate issueDay = issueHour.atZone(zone).toLocalDate();
        Map<Integer, LoadFeatures> featured = new HashMap<>();
        Map<LocalDate, LoadFeatures.DayRows> rows = new HashMap<>();
        List<ForecastHour> forecast = new ArrayList<>(hours);
        for (int k = 0; k < hours; k++) {
            Instant hour = issueHour.plusSeconds(3600L * k);
            LocalDate day = hour.atZone(zone).toLocalDate();
            int lead = (int) ChronoUnit.DAYS.between(issueDay, day);
            LoadModel model = byLead.get(lead);
            if (model == null) {
                throw new IllegalArgumentException("no model for lead " + lead + " day(s), needed for " + hour);
            }
            LoadFeatures features = featured.computeIfAbsent(lead, l -> checked(new LoadFeatures(history, zone, calendar, l), model));
            LoadFeatures.DayRows dayRows = rows.computeIfAbsent(day, features::day);
            int index = history.indexOf(hour);
            if (dayRows == null || index < 0) {
                throw new IllegalArgumentException("the history does not reach " + day + " (the hour " + hour + ")");
            }
            double[] x = dayRows.rows()[index - dayRows.start()].clone();
            boolean substituted = features.substitute(x, model.meanLoadKw());
            forecast.add(new ForecastHour(hour, k + 1, lead, model.predict(x), substituted));
        }
        return forecast;
    }

    private static LoadFeatures checked(LoadFeatures features, LoadModel model) {
        if (!features.names().equals(model.features())) {
            throw new IllegalArgumentException("the lead-" + model.leadDays() + " model reads " + model.features()
                    + " but the history gives " + features.names() + ": train the model again on what the site records now");
        }
        return features;
    }
}
