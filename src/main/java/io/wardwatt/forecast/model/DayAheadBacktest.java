package io.wardwatt.forecast.model;

import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.history.HourlyHistory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks forward through a history day by day: each local day is forecast at its midnight from a model fitted to
 * the {@code trainDays} days before it ({@link LoadFeatures}, {@link RegressionModel}), with that day's observed
 * weather standing in for a perfect weather forecast, and scored against what was measured; beside it the
 * seasonal-naive forecast, the same local hour one week earlier. An hour is scored when its load and the naive
 * forecast's are both on record, so model and naive are compared on the same hours. Hours ahead count from the
 * issue at local midnight: the day's first hour is 1 (a fall-back day has 25).
 *
 * <p>Beside the week-naive forecast, the day-naive one (the same hour a day earlier) on the same hours, and the
 * model's fit per local hour of day. Every forecast day gets the recent-residual correction
 * ({@link ResidualCorrection}, estimated inside its training window). Issued during a day ({@code issueHour} above
 * 0, as the evening plan's forecast at 17:00), the model reads the loads up to the issue ({@link LoadFeatures}) and
 * is fitted to the issue day's hours already past as well. The fit and the correction are the service's own
 * ({@link LoadModel#fit}, {@link LoadModel#fitAtIssue}, {@link HorizonForecaster}, {@link EveningForecast}).
 */
public final class DayAheadBacktest {

    public static final int DEFAULT_TRAIN_DAYS = 56;
    /**
     * The evening's daily plan (17:30) takes tomorrow from the forecast issued at 17:00 local: lead 1, issued 17
     * hours into the day before.
     */
    public static final int EVENING_LEAD_DAYS = 1;
    public static final int EVENING_ISSUE_HOUR = 17;
    /** A window with fewer usable training hours than this share of its hours is not fitted: the day is skipped. */
    static final double MIN_TRAINING_SHARE = 0.5;

    private DayAheadBacktest() {
    }

    public static BacktestResult run(HourlyHistory history, ZoneId zone, DayCalendar calendar, int trainDays) {
        return run(history, zone, calendar, trainDays, 0);
    }

    /**
     * The same with each day forecast {@code leadDays} days before its own: issued at the midnight that many days
     * earlier, trained on the days before that midnight, reading recent loads from before it. Lead 1 is the second
     * day of a 48-hour forecast; its hours ahead count from the issue (25 to 48).
     */
    public static BacktestResult run(HourlyHistory history, ZoneId zone, DayCalendar calendar, int trainDays, int leadDays) {
        return run(history, zone, calendar, trainDays, leadDays, 0);
    }

    /** The forecast the evening's daily plan uses: {@link #EVENING_LEAD_DAYS}, issued at {@link #EVENING_ISSUE_HOUR}. */
    public static BacktestResult runEvening(HourlyHistory history, ZoneId zone, DayCalendar calendar, int trainDays) {
        return run(history, zone, calendar, trainDays, EVENING_LEAD_DAYS, EVENING_ISSUE_HOUR);
    }

    /**
     * The same issued {@code issueHour} hours after the local midnight {@code leadDays} days before the day
     * forecast ({@link LoadFeatures}): the loads up to that hour are known. Hours ahead count from that issue.
     */
    public static BacktestResult run(HourlyHistory history, ZoneId zone, DayCalendar calendar, int trainDays, int leadDays, int issueHour) {
        return run(history, zone, calendar, trainDays, leadDays, issueHour, true);
    }

    /**
     * The service's own forecasts as they are issued today: the regression alone, without the recent-error
     * correction ({@link ResidualCorrection}), which only the backtest applies so far. The stored models are scored
     * with this, so that a model's reported accuracy is that of the forecasts it makes.
     */
    public static BacktestResult runWithoutCorrection(HourlyHistory history, ZoneId zone, DayCalendar calendar, int trainDays) {
        return run(history, zone, calendar, trainDays, 0, 0, false);
    }

    private static BacktestResult run(HourlyHistory history, ZoneId zone, DayCalendar calendar, int trainDays, int leadDays, int issueHour,
            boolean correctRecentError) {
        if (trainDays < 7) {
            throw new IllegalArgumentException("train on at least 7 days, got " + trainDays);
        }
        LoadFeatures features = new LoadFeatures(history, zone, calendar, leadDays, issueHour);
        LocalDate first = history.hourStart(0).atZone(zone).toLocalDate().plusDays(1);
        LocalDate last = history.hourStart(history.hours() - 1).atZone(zone).toLocalDate().minusDays(1);
        Map<LocalDate, LoadFeatures.DayRows> rows = new HashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            rows.put(day, features.day(day));
        }
        Guideline14Fit model = new Guideline14Fit(0);
        Guideline14Fit naive = new Guideline14Fit(0);
        Guideline14Fit dayNaive = new Guideline14Fit(0);
        Guideline14Fit[] byHourOfDay = new Guideline14Fit[24];
        for (int h = 0; h < 24; h++) {
            byHourOfDay[h] = new Guideline14Fit(0);
        }
        List<Guideline14Fit[]> byHorizon = new ArrayList<>();
        int days = 0;
        int skippedDays = 0;
        int unscored = 0;
        int substituted = 0;
        boolean calendarCovers = true;
        boolean calendarProvisional = false;
        for (LocalDate day = first.plusDays(trainDays + leadDays); !day.isAfter(last); day = day.plusDays(1)) {
            calendarCovers &= calendar.covers(day);
            LoadFeatures.DayRows target = rows.get(day);
            LocalDate issueDay = day.minusDays(leadDays);
            // the service's own fit ({@link LoadModel}), on the rows worked out once for the whole backtest
            LoadModel fitted = target == null ? null
                    : LoadModel.fit(history, zone, features, rows::get, issueDay, trainDays, correctRecentError).orElse(null);
            if (target == null || fitted == null) {
                skippedDays++;
                continue;
            }
            double fallbackLevel = fitted.meanLoadKw();
            double correction = fitted.correctionKw(history, zone, features, rows::get, issueDay);
            int scored = 0;
            for (int k = 0; k < target.rows().length; k++) {
                int index = target.start() + k;
                double[] x = target.rows()[k].clone();
                if (features.substitute(x, fallbackLevel)) {
                    substituted++;
                }
                double forecast = fitted.predict(x, correction);
                double measured = history.loadKw()[index];
                java.time.LocalDateTime local = history.hourStart(index).atZone(zone).toLocalDateTime();
                double seasonalNaive = features.loadAt(local.minusWeeks(1));
                if (Double.isNaN(measured) || Double.isNaN(seasonalNaive)) {
                    unscored++;
                    continue;
                }
                model.add(measured, forecast);
                naive.add(measured, seasonalNaive);
                double yesterday = features.loadAt(local.minusDays(1));
                // the day-naive forecast: the same hour the day before, or a week before when that is not on record
                dayNaive.add(measured, Double.isNaN(yesterday) ? seasonalNaive : yesterday);
                byHourOfDay[local.getHour()].add(measured, forecast);
                while (byHorizon.size() <= k) {
                    byHorizon.add(new Guideline14Fit[] {new Guideline14Fit(0), new Guideline14Fit(0)});
                }
                byHorizon.get(k)[0].add(measured, forecast);
                byHorizon.get(k)[1].add(measured, seasonalNaive);
                scored++;
            }
            if (scored > 0) {
                days++;
                calendarProvisional |= calendar.provisional(day);
            }
        }
        List<BacktestResult.Horizon> horizons = new ArrayList<>();
        for (int k = 0; k < byHorizon.size(); k++) {
            horizons.add(new BacktestResult.Horizon(24 * leadDays - issueHour + k + 1, byHorizon.get(k)[0], byHorizon.get(k)[1]));
        }
        return new BacktestResult(trainDays, leadDays, issueHour, features.names(), days, skippedDays, unscored, substituted, calendarCovers, calendarProvisional,
                model, naive, dayNaive, horizons, List.of(byHourOfDay));
    }
}
