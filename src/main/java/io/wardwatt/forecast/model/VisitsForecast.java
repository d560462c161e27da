package io.wardwatt.forecast.model;

import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.calendar.DayType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A site's daily outpatient visits forecast for a range of days: a {@link DailyVisitsModel} fitted to the site's stored
 * daily totals, and each day of the range with its kind of day and, where a total is stored for it, that total beside
 * the forecast, so an engineer sees forecast and actual together.
 *
 * @param calendar the day calendar's name
 * @param fittedDays how many stored days the model was fitted on, {@code fittedFrom} to {@code fittedTo}
 * @param inSample how closely the model reproduces those days; null when their mean is 0 (the metrics divide by it)
 */
public record VisitsForecast(String site, String calendar, int fittedDays, LocalDate fittedFrom, LocalDate fittedTo,
        InSampleFit inSample, List<Day> days) {

    public VisitsForecast {
        days = List.copyOf(days);
    }

    /**
     * @param dayName the holiday's or make-up working day's name in the calendar; null for other days
     * @param calendarCovers whether the calendar lists the day's year; outside it a holiday passes for a working day
     * @param calendarProvisional whether the day's year is listed from the statutory rules only, pending the announcement
     * @param forecastVisits the forecast, rounded to whole visits
     * @param storedVisits the day's stored total; null when none is stored
     */
    public record Day(LocalDate date, DayType dayType, String dayName, boolean calendarCovers, boolean calendarProvisional,
            long forecastVisits, Long storedVisits) {
    }

    /**
     * ASHRAE Guideline 14 CV(RMSE) and NMBE of the model over the days it was fitted on, with p = the model's
     * {@link DailyVisitsModel#PARAMETERS}: a check that the history follows the day kinds at all, not a forecast error.
     */
    public record InSampleFit(double cvrmsePct, double nmbePct) {
    }

    /**
     * @param history the stored daily totals to fit on, at least {@link DailyVisitsModel#MIN_DAYS} of them
     * @param stored the stored daily totals of the range's days
     */
    public static VisitsForecast of(String site, SortedMap<LocalDate, Double> history, Map<LocalDate, Long> stored,
                                    DayCalendar calendar, LocalDate from, LocalDate to) {
        DailyVisitsModel model = DailyVisitsModel.fit(history, calendar);
        Guideline14Fit fit = new Guideline14Fit(DailyVisitsModel.PARAMETERS);
        history.forEach((day, visits) -> fit.add(visits, model.forecast(day)));
        InSampleFit inSample = fit.meanMeasured() > 0 ? new InSampleFit(fit.cvrmsePct(), fit.nmbePct()) : null;
        List<Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new Day(day, calendar.dayType(day), name(calendar, day), calendar.covers(day), calendar.provisional(day),
                    Math.round(model.forecast(day)), stored.get(day)));
        }
        return new VisitsForecast(site, calendar.name(), history.size(), history.firstKey(), history.lastKey(), inSample, days);
    }

    private static String name(DayCalendar calendar, LocalDate day) {
        String holiday = calendar.holidays().get(day);
        return holiday != null ? holiday : calendar.makeUpWorkingDays().get(day);
    }
}
