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
import java.util.Optional;
import java.util.function.Function;

/**
 * The hourly load model of one lead ({@link LoadFeatures}): fitted by least squares ({@link RegressionModel}) to the
 * {@code trainDays} local days before an issue, each of them featured as if forecast {@code leadDays} days ahead,
 * so that the coefficients match how the model is used, with the recent-residual correction estimated in the same
 * window ({@link ResidualCorrection}). A model issued during a day ({@link #issueHour()} above 0: the evening
 * plan's forecast of tomorrow) is also fitted to that day's hours already past, so it belongs to that one issue. A
 * model restored from its stored coefficients forecasts exactly as the fitted one did.
 */
public final class LoadModel {

    private final int leadDays;
    private final int issueHour;
    private final List<String> features;
    private final RegressionModel regression;
    private final double meanLoadKw;
    private final int trainingHours;
    private final Guideline14Fit fit;
    private final ResidualCorrection correction;

    private LoadModel(int leadDays, int issueHour, List<String> features, RegressionModel regression, double meanLoadKw, int trainingHours,
                      Guideline14Fit fit, ResidualCorrection correction) {
        this.leadDays = leadDays;
        this.issueHour = issueHour;
        this.features = List.copyOf(features);
        this.regression = regression;
        this.meanLoadKw = meanLoadKw;
        this.trainingHours = trainingHours;
        this.fit = fit;
        this.correction = correction;
    }

    /**
     * Fits the model of a lead, issued at the midnight that starts {@code issueDay}, to the {@code trainDays} days
     * before it.
     *
     * @return empty when fewer than half of the window's hours are usable (load and every feature known)
     */
    public static Optional<LoadModel> fit(HourlyHistory history, ZoneId zone, DayCalendar calendar, LocalDate issueDay, int trainDays, int leadDays) {
        LoadFeatures featured = new LoadFeatures(history, zone, calendar, leadDays);
        return fit(history, zone, featured, memo(featured), issueDay, trainDays, true);
    }

    /**
     * Fits the model that forecasts the local day after {@code issue} (lead 1) as known at the issue: the loads up
     * to it, the issue day's hours already past among the training hours ({@link LoadFeatures} with the issue's
     * local hour). This is the evening plan's model; loads at and after the issue are not read.
     *
     * @param issue a whole hour
     * @return empty when fewer than half of the window's hours are usable
     */
    public static Optional<LoadModel> fitAtIssue(HourlyHistory history, ZoneId zone, DayCalendar calendar, Instant issue, int trainDays) {
        if (!issue.truncatedTo(ChronoUnit.HOURS).equals(issue)) {
            throw new IllegalArgumentException("an issue starts on a whole hour, got " + issue);
        }
        java.time.ZonedDateTime local = issue.atZone(zone);
        LoadFeatures featured = new LoadFeatures(history, zone, calendar, 1, local.getHour());
        return fit(history, zone, featured, memo(featured), local.toLocalDate(), trainDays, true);
    }

    /**
     * The fit shared by the service and the backtest: the window's days and, issued during a day, that day's hours
     * already past at the issue; the correction estimated on the window unless {@code correct} is false.
     */
    static Optional<LoadModel> fit(HourlyHistory history, ZoneId zone, LoadFeatures featured, Function<LocalDate, LoadFeatures.DayRows> rows,
                                   LocalDate issueDay, int trainDays, boolean correct) {
        Window window = window(history, rows, issueDay, trainDays);
        if (window == null) {
            return Optional.empty();
        }
        double sum = 0;
        for (double load : window.y()) {
            sum += load;
        }
        double meanLoad = sum / window.y().length;
        window = withIssueDayHoursPast(history, zone, featured, rows, issueDay, window);
        RegressionModel regression = RegressionModel.fit(window.x(), window.y());
        Guideline14Fit inSample = new Guideline14Fit(featured.names().size());
        for (int i = 0; i < window.y().length; i++) {
            inSample.add(window.y()[i], regression.predict(window.x()[i]));
        }
        ResidualCorrection correction = correct
                ? ResidualCorrection.estimate(history, zone, featured, rows, regression, issueDay, trainDays) : ResidualCorrection.NONE;
        return Optional.of(new LoadModel(featured.leadDays(), featured.issueHour(), featured.names(), regression, meanLoad, window.y().length,
                inSample, correction));
    }

    /** A model fitted before, from what {@link #features()}, {@link #coefficients()} and the rest gave. */
    public static LoadModel restore(int leadDays, int issueHour, List<String> features, double[] coefficients, double meanLoadKw, int trainingHours,
                                    double correctionFactor, int correctionHours) {
        if (features.size() != coefficients.length) {
            throw new IllegalArgumentException(features.size() + " features but " + coefficients.length + " coefficients");
        }
        return new LoadModel(leadDays, issueHour, features, RegressionModel.of(coefficients), meanLoadKw, trainingHours, null,
                new ResidualCorrection(correctionFactor, correctionHours));
    }

    /** A model stored without a correction (as models were before it): issued at midnight, no correction. */
    public static LoadModel restore(int leadDays, List<String> features, double[] coefficients, double meanLoadKw, int trainingHours) {
        return restore(leadDays, 0, features, coefficients, meanLoadKw, trainingHours, 0, ResidualCorrection.NONE.recentHours());
    }

    public int leadDays() {
        return leadDays;
    }

    /** Local hour of the issue day the model forecasts from: 0 for midnight, 17 for the evening plan's. */
    public int issueHour() {
        return issueHour;
    }

    /** φ of the recent-residual correction: the share of the recent mean residual added to every hour forecast. */
    public double correctionFactor() {
        return correction.phi();
    }

    /** The hours before the issue whose mean residual the correction reads. */
    public int correctionHours() {
        return correction.recentHours();
    }

    ResidualCorrection correction() {
        return correction;
    }

    /** φ × the mean residual of the recent hours before the issue of the day issued on {@code issueDay}, kW. */
    double correctionKw(HourlyHistory history, ZoneId zone, LoadFeatures featured, Function<LocalDate, LoadFeatures.DayRows> rows, LocalDate issueDay) {
        return correction.correctionKw(history, zone, featured, rows, regression, issueDay);
    }

    public List<String> features() {
        return features;
    }

    public double[] coefficients() {
        return regression.coefficients();
    }

    /** Mean load of the training hours, kW: the level a forecast falls back on when no recent load is known. */
    public double meanLoadKw() {
        return meanLoadKw;
    }

    public int trainingHours() {
        return trainingHours;
    }

    /** The fit to the training hours (p = the number of features); empty for a restored model. */
    public Optional<Guideline14Fit> fit() {
        return Optional.ofNullable(fit);
    }

    /** The regression plus a correction, never below 0. */
    double predict(double[] x, double correctionKw) {
        return Math.max(0, regression.predict(x) + correctionKw);
    }

    /** The training rows of the {@code trainDays} days before {@code issueDay}: loads known, every feature finite. */
    record Window(double[][] x, double[] y) {
    }

    /** The training window, or null when fewer than {@link DayAheadBacktest#MIN_TRAINING_SHARE} of its hours are usable. */
    static Window window(HourlyHistory history, Function<LocalDate, LoadFeatures.DayRows> rowsOf, LocalDate issueDay, int trainDays) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int back = trainDays; back >= 1; back--) {
            LoadFeatures.DayRows past = rowsOf.apply(issueDay.minusDays(back));
            if (past == null) {
                continue;
            }
            for (int k = 0; k < past.rows().length; k++) {
                double load = history.loadKw()[past.start() + k];
                if (!Double.isNaN(load) && allFinite(past.rows()[k])) {
                    x.add(past.rows()[k]);
                    y.add(load);
                }
            }
        }
        if (x.isEmpty() || x.size() < DayAheadBacktest.MIN_TRAINING_SHARE * trainDays * 24) {
            return null;
        }
        return new Window(x.toArray(double[][]::new), y.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Window withIssueDayHoursPast(HourlyHistory history, ZoneId zone, LoadFeatures featured,
                                                Function<LocalDate, LoadFeatures.DayRows> rows, LocalDate issueDay, Window window) {
        LoadFeatures.DayRows today = featured.issueHour() > 0 ? rows.apply(issueDay) : null;
        if (today == null) {
            return window;
        }
        List<double[]> x = new ArrayList<>(List.of(window.x()));
        List<Double> y = new ArrayList<>();
        for (double v : window.y()) {
            y.add(v);
        }
        for (int k = 0; k < today.rows().length; k++) {
            int index = today.start() + k;
            double load = history.loadKw()[index];
            if (history.hourStart(index).atZone(zone).getHour() < featured.issueHour() && !Double.isNaN(load) && allFinite(today.rows()[k])) {
                x.add(today.rows()[k]);
                y.add(load);
            }
        }
        return new Window(x.toArray(double[][]::new), y.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The day rows of a featured history, each worked out once. */
    static Function<LocalDate, LoadFeatures.DayRows> memo(LoadFeatures featured) {
        Map<LocalDate, Optional<LoadFeatures.DayRows>> cache = new HashMap<>();
        return day -> cache.computeIfAbsent(day, d -> Optional.ofNullable(featured.day(d))).orElse(null);
    }

    private static boolean allFinite(double[] x) {
        for (double value : x) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
