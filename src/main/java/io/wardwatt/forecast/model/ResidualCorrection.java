package io.wardwatt.forecast.model;

import io.wardwatt.forecast.history.HourlyHistory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * The recent-residual (AR) correction of a fitted load model: how far the loads of the recent hours before an issue
 * lay from the model's own expectation for them, carried into the hours forecast by a factor φ.
 * φ is estimated inside the training window, by least squares through the origin of each training day's mean
 * residual on the mean residual before that day's issue, and kept in [0, 1]: no constant is tuned to a building,
 * and a building whose departures do not persist gets φ near 0, so no correction. The span of recent hours
 * ({@link #RECENT_HOURS}) is chosen the same way, inside the training window.
 *
 * @param phi the share of the recent mean residual added to every hour forecast, 0 to 1
 * @param recentHours the hours before the issue whose residuals are averaged
 */
record ResidualCorrection(double phi, int recentHours) {

    /** The spans of recent hours tried; the one that explains most of the training days' residuals is kept. */
    static final int[] RECENT_HOURS = {3, 6, 12, 24};

    static final ResidualCorrection NONE = new ResidualCorrection(0, RECENT_HOURS[RECENT_HOURS.length - 1]);

    ResidualCorrection {
        if (!(phi >= 0 && phi <= 1) || recentHours < 1) {
            throw new IllegalArgumentException("a correction factor 0 to 1 over at least one recent hour, got " + phi + " over " + recentHours);
        }
    }

    /** Estimated on the {@code trainDays} days before {@code issueDay}, each as if issued as {@code features} say. */
    static ResidualCorrection estimate(HourlyHistory history, ZoneId zone, LoadFeatures features, Function<LocalDate, LoadFeatures.DayRows> rows,
                                       RegressionModel model, LocalDate issueDay, int trainDays) {
        ResidualCorrection best = NONE;
        double bestGain = 0;
        for (int hours : RECENT_HOURS) {
            double sumRe = 0;
            double sumEe = 0;
            for (int back = 1; back <= trainDays; back++) {
                LocalDate day = issueDay.minusDays(back);
                LoadFeatures.DayRows target = rows.apply(day.plusDays(features.leadDays()));
                if (target == null || day.plusDays(features.leadDays()).isAfter(issueDay.minusDays(1))) {
                    continue;
                }
                double before = recentResidual(history, zone, features, rows, model, day, hours);
                if (Double.isNaN(before)) {
                    continue;
                }
                for (int k = 0; k < target.rows().length; k++) {
                    double r = residual(history, model, target.start() + k, target.rows()[k]);
                    if (!Double.isNaN(r)) {
                        sumRe += r * before;
                        sumEe += before * before;
                    }
                }
            }
            double phi = sumEe > 0 ? Math.max(0, Math.min(1, sumRe / sumEe)) : 0;
            // the fall in the training days' squared residuals that φ × this span's residual gives
            double gain = phi * (2 * sumRe - phi * sumEe);
            if (gain > bestGain) {
                bestGain = gain;
                best = new ResidualCorrection(phi, hours);
            }
        }
        return best;
    }

    /** The correction to add to the model's forecast of the day issued on {@code issueDay}: φ × the recent residual, kW. */
    double correctionKw(HourlyHistory history, ZoneId zone, LoadFeatures features, Function<LocalDate, LoadFeatures.DayRows> rows,
                        RegressionModel model, LocalDate issueDay) {
        if (phi == 0) {
            return 0;
        }
        double recent = recentResidual(history, zone, features, rows, model, issueDay, recentHours);
        return Double.isNaN(recent) ? 0 : phi * recent;
    }

    /** Mean residual of the {@code hours} hours before the issue on that day; NaN when fewer than half known. */
    static double recentResidual(HourlyHistory history, ZoneId zone, LoadFeatures features, Function<LocalDate, LoadFeatures.DayRows> rows,
                                 RegressionModel model, LocalDate issueDay, int hours) {
        int issue = history.indexOf(issueDay.atTime(features.issueHour(), 0).atZone(zone).toInstant());
        if (issue < hours) {
            return Double.NaN;
        }
        double sum = 0;
        int count = 0;
        for (int i = issue - hours; i < issue; i++) {
            LocalDate day = history.hourStart(i).atZone(zone).toLocalDate();
            LoadFeatures.DayRows dayRows = rows.apply(day);
            if (dayRows == null) {
                continue;
            }
            double r = residual(history, model, i, dayRows.rows()[i - dayRows.start()]);
            if (!Double.isNaN(r)) {
                sum += r;
                count++;
            }
        }
        return count * 2 < hours ? Double.NaN : sum / count;
    }

    private static double residual(HourlyHistory history, RegressionModel model, int index, double[] x) {
        double load = history.loadKw()[index];
        for (double value : x) {
            if (!Double.isFinite(value)) {
                return Double.NaN;
            }
        }
        return Double.isNaN(load) ? Double.NaN : load - model.predict(x);
    }
}
