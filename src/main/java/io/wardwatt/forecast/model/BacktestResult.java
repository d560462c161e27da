package io.wardwatt.forecast.model;

import java.util.List;

/**
 * The outcome of a {@link DayAheadBacktest}.
 *
 * @param leadDays days between the issue's midnight and the day forecast (0: day-ahead)
 * @param issueHour hours after that midnight the forecast is issued at (the loads before it are known)
 * @param features the model's explanatory variables, by name
 * @param days days forecast with at least one hour scored
 * @param skippedDays days not forecast: too little usable training data before them, or a day missing on the grid
 * @param unscoredHours hours of forecast days without a measured load or without a load a week earlier
 * @param substitutedHours forecast hours whose recent-load inputs were missing and replaced
 * @param calendarCovers whether the day calendar lists every year backtested (else holidays pass for working days)
 * @param calendarProvisional whether a scored day falls in a year the calendar lists provisionally (statutory
 *        holidays only: days off the announcement adds pass for working days)
 * @param model the model's fit over all hours scored
 * @param naive the seasonal-naive (week-naive) forecast's fit over the same hours: the same hour a week earlier
 * @param dayNaive the day-naive forecast's fit over the same hours: the same hour a day earlier (a week earlier
 *        when that is not on record)
 * @param horizons the model and week-naive per hours ahead of the issue
 * @param hoursOfDay the model's fit per local hour of the day, 0 to 23
 * @param naiveHoursOfDay the week-naive forecast's fit per local hour of the day, on the same hours
 * @param dayNaiveHoursOfDay the day-naive forecast's fit per local hour of the day, on the same hours
 */
public record BacktestResult(int trainDays, int leadDays, int issueHour, List<String> features, int days, int skippedDays, int unscoredHours,
        int substitutedHours, boolean calendarCovers, boolean calendarProvisional, Guideline14Fit model, Guideline14Fit naive,
        Guideline14Fit dayNaive, List<Horizon> horizons, List<Guideline14Fit> hoursOfDay, List<Guideline14Fit> naiveHoursOfDay,
        List<Guideline14Fit> dayNaiveHoursOfDay) {

    public long hours() {
        return model.count();
    }

    /** How much lower the model's CV(RMSE) is than the naive one's, % of the naive one. */
    public double improvementVsNaivePct() {
        return 100 * (1 - model.cvrmsePct() / naive.cvrmsePct());
    }

    public record Horizon(int hoursAhead, Guideline14Fit model, Guideline14Fit naive) {
    }
}
