package io.wardwatt.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * The baseline model: a month's energy = b0 + b1·CDD + b2·HDD + b3·visits, fitted by ordinary least squares over the
 * baseline year's complete months. A driver that does not vary over the fitted months (no heating degree-days in a
 * warm year) cannot be told apart from the intercept and is left out, so the model has only the drivers it can
 * estimate; {@link #drivers()} says which.
 */
public final class BaselineModel {

    /** A driver of the model, read from a month's conditions. */
    public enum Driver {
        CDD(MonthConditions::cdd), HDD(MonthConditions::hdd), VISITS(MonthConditions::visits);

        private final ToDoubleFunction<MonthConditions> value;

        Driver(ToDoubleFunction<MonthConditions> value) {
            this.value = value;
        }

        double of(MonthConditions conditions) {
            return value.applyAsDouble(conditions);
        }
    }

    /** A fitted month: its conditions and energy. */
    public record Point(MonthConditions conditions, double energy) {
    }

    private final List<Driver> drivers;
    private final double[] coefficients;
    private final FitStatistics statistics;

    private BaselineModel(List<Driver> drivers, double[] coefficients, FitStatistics statistics) {
        this.drivers = List.copyOf(drivers);
        this.coefficients = coefficients.clone();
        this.statistics = statistics;
    }

    /** Fits the points, or says why not (too few months, drivers that explain each other). */
    public static Fit fit(List<Point> points) {
        List<Driver> drivers = new ArrayList<>();
        for (Driver driver : Driver.values()) {
            if (varies(points, driver)) {
                drivers.add(driver);
            }
        }
        int p = drivers.size() + 1;
        int n = points.size();
        if (n < p + 2) {
            return new Fit(Optional.empty(), n + " complete baseline months for " + p + " parameters: at least " + (p + 2) + " are needed");
        }
        double[] y = points.stream().mapToDouble(Point::energy).toArray();
        double[][] x = new double[n][drivers.size()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < drivers.size(); j++) {
                x[i][j] = drivers.get(j).of(points.get(i).conditions());
            }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta;
        try {
            beta = ols.estimateRegressionParameters();
        } catch (SingularMatrixException e) {
            return new Fit(Optional.empty(), "the drivers " + drivers + " explain each other over the baseline months (singular)");
        }
        double[] residuals = ols.estimateResiduals();
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double sse = 0;
        double sum = 0;
        for (double r : residuals) {
            sse += r * r;
            sum += r;
        }
        double cv = mean == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(sse / (n - p)) / mean * 100;
        double nmbe = mean == 0 ? Double.POSITIVE_INFINITY : sum / ((n - p) * mean) * 100;
        double r2 = ols.calculateRSquared();
        FitStatistics statistics = new FitStatistics(n, p, r2, cv, nmbe, lag1(residuals), mean);
        return new Fit(Optional.of(new BaselineModel(drivers, beta, statistics)), null);
    }

    /** A model, or the reason there is none. */
    public record Fit(Optional<BaselineModel> model, String failure) {
    }

    /** The baseline's energy under a month's conditions. */
    public double predict(MonthConditions conditions) {
        double value = coefficients[0];
        for (int j = 0; j < drivers.size(); j++) {
            value += coefficients[j + 1] * drivers.get(j).of(conditions);
        }
        return value;
    }

    public List<Driver> drivers() {
        return drivers;
    }

    public double intercept() {
        return coefficients[0];
    }

    /** The coefficient of a driver; 0 when the driver was left out. */
    public double coefficient(Driver driver) {
        int index = drivers.indexOf(driver);
        return index < 0 ? 0 : coefficients[index + 1];
    }

    public FitStatistics statistics() {
        return statistics;
    }

    private static boolean varies(List<Point> points, Driver driver) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Point point : points) {
            double v = driver.of(point.conditions());
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min > 1e-9 * Math.max(1, Math.abs(max));
    }

    private static double lag1(double[] residuals) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < residuals.length; i++) {
            den += residuals[i] * residuals[i];
            if (i > 0) {
                num += residuals[i] * residuals[i - 1];
            }
        }
        return den == 0 ? 0 : num / den;
    }
}
