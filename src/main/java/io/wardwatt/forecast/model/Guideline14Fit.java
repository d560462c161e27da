package io.wardwatt.forecast.model;

/**
 * Goodness of fit of predictions to measurements the ASHRAE Guideline 14-2014 way, accumulated pair by pair:
 *
 * <pre>
 *   CV(RMSE) = 100 % × sqrt( Σ (y_i − ŷ_i)² / (n − p) ) / ȳ
 *   NMBE     = 100 % × Σ (y_i − ŷ_i) / ( (n − p) × ȳ )
 * </pre>
 *
 * with y the measured and ŷ the predicted value, ȳ the mean of the measured values over the same n pairs and p
 * the number of model parameters fitted to these same pairs. A day-ahead forecast is scored out of sample (no
 * parameter was fitted to the hours scored), so the backtest uses p = 0; Guideline 14's calibration convention
 * would change a figure over thousands of hours by less than 0.1 %. NMBE is positive when the model predicts
 * too little (measured above predicted), as in the Guideline.
 */
public final class Guideline14Fit {

    private final int parameters;
    private long n;
    private double sumMeasured;
    private double sumError;
    private double sumSquaredError;

    /** @param parameters p of the formulas: 0 for out-of-sample forecasts */
    public Guideline14Fit(int parameters) {
        this.parameters = parameters;
    }

    public void add(double measured, double predicted) {
        n++;
        sumMeasured += measured;
        sumError += measured - predicted;
        sumSquaredError += (measured - predicted) * (measured - predicted);
    }

    /** Adds the pairs another fit accumulated (with the same p), as if they had been added here. */
    public void merge(Guideline14Fit other) {
        n += other.n;
        sumMeasured += other.sumMeasured;
        sumError += other.sumError;
        sumSquaredError += other.sumSquaredError;
    }

    public long count() {
        return n;
    }

    public double meanMeasured() {
        return n == 0 ? Double.NaN : sumMeasured / n;
    }

    /** CV(RMSE), %, or NaN with no more pairs than parameters. */
    public double cvrmsePct() {
        return n <= parameters ? Double.NaN : 100 * Math.sqrt(sumSquaredError / (n - parameters)) / meanMeasured();
    }

    /** NMBE, %, or NaN with no more pairs than parameters. */
    public double nmbePct() {
        return n <= parameters ? Double.NaN : 100 * sumError / ((n - parameters) * meanMeasured());
    }
}
