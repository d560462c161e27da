package io.wardwatt.forecast.model;

import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.history.HourlyHistory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * Walks forward through the daily visit totals of a history (local days whose every hour has a visits value):
 * each day forecast by a {@link DailyVisitsModel} fitted to up to a year of days before it, beside the
 * seasonal-naive forecast, the same weekday a week earlier; both scored on the days that have both.
 */
public final class VisitsBacktest {

    static final int TRAIN_DAYS = 365;

    private VisitsBacktest() {
    }

    /** @return the fits, or {@code null} when the history has no visits column */
    public static Result run(HourlyHistory history, ZoneId zone, DayCalendar calendar) {
        if (history.visits() == null) {
            return null;
        }
        TreeMap<LocalDate, Double> totals = dailyTotals(history, zone);
        Guideline14Fit model = new Guideline14Fit(0);
        Guideline14Fit naive = new Guideline14Fit(0);
        boolean calendarProvisional = false;
        for (Map.Entry<LocalDate, Double> day : totals.entrySet()) {
            Map<LocalDate, Double> past = totals.subMap(day.getKey().minusDays(TRAIN_DAYS), day.getKey());
            Double weekBefore = totals.get(day.getKey().minusWeeks(1));
            if (past.size() < DailyVisitsModel.MIN_DAYS || weekBefore == null) {
                continue;
            }
            model.add(day.getValue(), DailyVisitsModel.fit(past, calendar).forecast(day.getKey()));
            naive.add(day.getValue(), weekBefore);
            calendarProvisional |= calendar.provisional(day.getKey());
        }
        return new Result(model, naive, calendarProvisional);
    }

    static TreeMap<LocalDate, Double> dailyTotals(HourlyHistory history, ZoneId zone) {
        TreeMap<LocalDate, Double> totals = new TreeMap<>();
        TreeMap<LocalDate, Integer> missing = new TreeMap<>();
        for (int i = 0; i < history.hours(); i++) {
            LocalDate day = history.hourStart(i).atZone(zone).toLocalDate();
            double visits = history.visits()[i];
            if (Double.isNaN(visits)) {
                missing.merge(day, 1, Integer::sum);
            } else {
                totals.merge(day, visits, Double::sum);
            }
        }
        missing.keySet().forEach(totals::remove);
        LocalDate first = history.hourStart(0).atZone(zone).toLocalDate();
        if (!first.atStartOfDay(zone).toInstant().equals(history.start())) {
            totals.remove(first);
        }
        LocalDate last = history.hourStart(history.hours() - 1).atZone(zone).toLocalDate();
        if (!last.plusDays(1).atStartOfDay(zone).toInstant().equals(history.hourStart(history.hours()))) {
            totals.remove(last);
        }
        return totals;
    }

    /**
     * @param model the daily visits forecast's fit; {@code days} is its count
     * @param calendarProvisional whether a scored day falls in a year the calendar lists provisionally
     */
    public record Result(Guideline14Fit model, Guideline14Fit naive, boolean calendarProvisional) {
    }
}
