package io.wardwatt.goals;

/**
 * ASHRAE Guideline 14-2014 statistics of a baseline model over its n fitted months with p parameters:
 * CV(RMSE) = √(Σ(y−ŷ)²/(n−p)) / ȳ and NMBE = Σ(y−ŷ) / ((n−p)·ȳ), both in %; R²; the lag-1 autocorrelation of the
 * residuals (ρ), which shrinks the effective number of points in the savings uncertainty.
 */
public record FitStatistics(int n, int p, double r2, double cvRmsePct, double nmbePct, double autocorrelation, double meanY) {

    /** Guideline 14's calibration criteria for monthly data. */
    public static final double MAX_CV_RMSE_PCT = 15;
    public static final double MAX_ABS_NMBE_PCT = 5;

    public boolean meetsGuideline14() {
        return cvRmsePct <= MAX_CV_RMSE_PCT && Math.abs(nmbePct) <= MAX_ABS_NMBE_PCT;
    }
}
