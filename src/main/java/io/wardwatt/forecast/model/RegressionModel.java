package io.wardwatt.forecast.model;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * A linear model {@code ŷ = x·β} fitted by least squares with Commons Math's {@link OLSMultipleLinearRegression}
 * (QR decomposition, no separate intercept: the hour indicators carry it). One pseudo-observation per column,
 * {@code sqrt(λ_j)} on that column and 0 as response, adds a ridge penalty {@code λ_j β_j²} with
 * {@code λ_j = 1e-6 × Σ x_j²} (at least 1e-6): far too small to move a coefficient the data determine, it keeps
 * the fit defined when a column is empty in the window (no holiday in it, say), whose coefficient is then 0.
 */
final class RegressionModel {

    static final double RELATIVE_RIDGE = 1e-6;

    private final double[] beta;

    private RegressionModel(double[] beta) {
        this.beta = beta;
    }

    /** A model fitted before, from its coefficients. */
    static RegressionModel of(double[] beta) {
        return new RegressionModel(beta.clone());
    }

    static RegressionModel fit(double[][] x, double[] y) {
        int n = x.length;
        int p = x[0].length;
        double[][] rows = new double[n + p][];
        double[] response = new double[n + p];
        double[] sumSquares = new double[p];
        for (int i = 0; i < n; i++) {
            rows[i] = x[i];
            response[i] = y[i];
            for (int j = 0; j < p; j++) {
                sumSquares[j] += x[i][j] * x[i][j];
            }
        }
        for (int j = 0; j < p; j++) {
            rows[n + j] = new double[p];
            rows[n + j][j] = Math.sqrt(RELATIVE_RIDGE * Math.max(1, sumSquares[j]));
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(response, rows);
        return new RegressionModel(ols.estimateRegressionParameters());
    }

    double predict(double[] x) {
        double sum = 0;
        for (int j = 0; j < beta.length; j++) {
            sum += beta[j] * x[j];
        }
        return sum;
    }

    double[] coefficients() {
        return beta.clone();
    }
}
