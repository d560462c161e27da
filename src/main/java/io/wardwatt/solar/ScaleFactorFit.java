package io.wardwatt.solar;

import java.util.Locale;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The scale factor that brings the PV model onto a PV meter: least squares of metered AC power on the model's
 * (unscaled, unclipped) AC power through the origin, {@code metered ≈ k · modelled}, over the daylight samples in
 * which neither the meter sits at the inverters' AC limit (a clipped reading says nothing about k) nor both sides are
 * zero at once (an hour that one side calls dark and the other not is kept: it is model error). The fit is reported
 * as ASHRAE Guideline 14 does: CV(RMSE) {@code = √(Σ(y − ŷ)²/(n − p)) / ȳ} and NMBE
 * {@code = Σ(y − ŷ) / ((n − p) · ȳ)} with p = 1 parameter, over the same daylight samples (Guideline 14 accepts a
 * calibrated hourly model at CV(RMSE) ≤ 30 % and NMBE within ±10 %).
 *
 * @param factor k, to put into the plant file's {@code photovoltaic.scaleFactor}
 * @param samples daylight samples used
 */
public record ScaleFactorFit(double factor, double cvRmsePercent, double nmbePercent, int samples) {

    /** A meter reading within this share of the AC limit is taken as clipped. */
    static final double CLIPPED_SHARE = 0.99;

    /**
     * @param meteredKw the meter's AC power per interval
     * @param modelledKw the model's unclipped AC power for the same intervals with a scale factor of 1
     * @param acLimitKw the inverters' AC limit
     */
    public static ScaleFactorFit fit(double[] meteredKw, double[] modelledKw, double acLimitKw) {
        if (meteredKw.length != modelledKw.length) {
            throw new IllegalArgumentException("metered and modelled series differ in length: " + meteredKw.length + " and " + modelledKw.length);
        }
        SimpleRegression regression = new SimpleRegression(false);
        for (int i = 0; i < meteredKw.length; i++) {
            if (used(meteredKw[i], modelledKw[i], acLimitKw)) {
                regression.addData(modelledKw[i], meteredKw[i]);
            }
        }
        int n = (int) regression.getN();
        if (n < 2) {
            throw new IllegalArgumentException("a scale factor needs at least 2 daylight samples below the AC limit, got " + n);
        }
        double k = regression.getSlope();
        double squares = 0;
        double bias = 0;
        double sum = 0;
        for (int i = 0; i < meteredKw.length; i++) {
            if (used(meteredKw[i], modelledKw[i], acLimitKw)) {
                double residual = meteredKw[i] - k * modelledKw[i];
                squares += residual * residual;
                bias += residual;
                sum += meteredKw[i];
            }
        }
        double mean = sum / n;
        return new ScaleFactorFit(k, 100 * Math.sqrt(squares / (n - 1)) / mean, 100 * bias / ((n - 1) * mean), n);
    }

    private static boolean used(double metered, double modelled, double acLimitKw) {
        return (metered > 0 || modelled > 0) && metered < CLIPPED_SHARE * acLimitKw && Double.isFinite(metered + modelled);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "scale factor %.4f over %d daylight samples: CV(RMSE) %.2f %%, NMBE %.2f %%", factor, samples,
                cvRmsePercent, nmbePercent);
    }
}
