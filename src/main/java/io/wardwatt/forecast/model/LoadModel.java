package io.wardwatt.forecast.model;

import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.history.HourlyHistory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The hourly load model of one lead ({@link LoadFeatures}): fitted by least squares ({@link RegressionModel}) to the
 * {@code trainDays} local days before an issue, each of them featured as if forecast {@code leadDays} days ahead,
 * so that the coefficients match how the model is used. A model restored from its stored coefficients forecasts
 * exactly as the fitted one did.
 */
public final class LoadModel {

    private final int leadDays;
    private final List<String> features;
    private final RegressionModel regression;
    private final double meanLoadKw;
    private final int trainingHours;
    private final Guideline14Fit fit;

    private LoadModel(int leadDays, List<String> features, RegressionModel regression, double meanLoadKw, int trainingHours, Guideline14Fit fit) {
        this.leadDays = leadDays;
        this.features = List.copyOf(features);
        this.regression = regression;
        this.meanLoadKw = meanLoadKw;
        this.trainingHours = trainingHours;
        this.fit = fit;
    }

    /**
     * Fits the model of a lead to the {@code trainDays} days before {@code issueDay}.
     *
     * @return empty when fewer than half of the window's hours are usable (load and every feature known)
     */
    public static Optional<LoadModel> fit(HourlyHistory history, ZoneId zone, DayCalendar calendar, LocalDate issueDay, int trainDays, int leadDays) {
        LoadFeatures featured = new LoadFeatures(history, zone, calendar, leadDays);
        Window window = window(history, featured::day, issueDay, trainDays);
        if (window == null) {
            return Optional.empty();
        }
        RegressionModel regression = RegressionModel.fit(window.x(), window.y());
        Guideline14Fit inSample = new Guideline14Fit(featured.names().size());
        double sum = 0;
        for (int i = 0; i < window.y().length; i++) {
            inSample.add(window.y()[i], regression.predict(window.x()[i]));
            sum += window.y()[i];
        }
        return Optional.of(new LoadModel(leadDays, featured.names(), regression, sum / window.y().length, window.y().length, inSample));
    }

    /** A model fitted before, from what {@link #features()}, {@link #coefficients()} and the rest gave. */
    public static LoadModel restore(int leadDays, List<String> features, double[] coefficients, double meanLoadKw, int trainingHours) {
        if (features.size() != coefficients.length) {
            throw new IllegalArgumentException(features.size() + " features but " + coefficients.length + " coefficients");
        }
        return new LoadModel(leadDays, features, RegressionModel.of(coefficients), meanLoadKw, trainingHours, null);
    }

    public int leadDays() {
        return leadDays;
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

    double predict(double[] x) {
        return Math.max(0, regression.predict(x));
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

    private static boolean allFinite(double[] x) {
        for (double value : x) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
