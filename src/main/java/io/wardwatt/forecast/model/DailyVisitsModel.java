package io.wardwatt.forecast.model;

import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.calendar.DayType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A day's outpatient visits from the kind of day and the season, fitted by least squares ({@link RegressionModel})
 * to past daily totals: nine exclusive indicators (working Monday … working Friday, Saturday, Sunday, holiday,
 * make-up working day; outpatient clinics run a make-up day much like a working day, but patients do not all
 * come) and the annual cycle {@code sin} and {@code cos} of 2π × day of year / 365.25.
 */
public final class DailyVisitsModel {

    /** Fewer past days than this and the nine day kinds are not all seen. */
    public static final int MIN_DAYS = 28;
    static final int KINDS = 9;
    /** Coefficients fitted: the day kinds and the two season terms (Guideline 14's p for an in-sample fit). */
    public static final int PARAMETERS = KINDS + 2;

    private final RegressionModel regression;
    private final DayCalendar calendar;

    private DailyVisitsModel(RegressionModel regression, DayCalendar calendar) {
        this.regression = regression;
        this.calendar = calendar;
    }

    /** @param visitsByDay past daily totals; at least {@link #MIN_DAYS} of them */
    public static DailyVisitsModel fit(Map<LocalDate, Double> visitsByDay, DayCalendar calendar) {
        if (visitsByDay.size() < MIN_DAYS) {
            throw new IllegalArgumentException("a visits model needs at least " + MIN_DAYS + " days, got " + visitsByDay.size());
        }
        List<double[]> x = new ArrayList<>();
        double[] y = new double[visitsByDay.size()];
        for (Map.Entry<LocalDate, Double> day : visitsByDay.entrySet()) {
            y[x.size()] = day.getValue();
            x.add(features(day.getKey(), calendar));
        }
        return new DailyVisitsModel(RegressionModel.fit(x.toArray(double[][]::new), y), calendar);
    }

    /** The day's visits; never below 0. */
    public double forecast(LocalDate day) {
        return Math.max(0, regression.predict(features(day, calendar)));
    }

    static double[] features(LocalDate day, DayCalendar calendar) {
        double[] x = new double[PARAMETERS];
        DayType type = calendar.dayType(day);
        int kind = switch (type) {
            case HOLIDAY -> 7;
            case MAKE_UP_WORKING_DAY -> 8;
            default -> day.getDayOfWeek() == DayOfWeek.SATURDAY ? 5 : day.getDayOfWeek() == DayOfWeek.SUNDAY ? 6 : day.getDayOfWeek().ordinal();
        };
        x[kind] = 1;
        double angle = 2 * Math.PI * day.getDayOfYear() / 365.25;
        x[KINDS] = Math.sin(angle);
        x[KINDS + 1] = Math.cos(angle);
        return x;
    }
}
