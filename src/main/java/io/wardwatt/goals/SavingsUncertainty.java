package io.wardwatt.goals;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The uncertainty of a saving measured against a regression baseline, ASHRAE Guideline 14-2014 Annex B:
 * ΔE_save = t · 1.26 · CV · E_baseline · √((n/n′)·(1 + 2/n)·(1/m)), where CV is the model's CV(RMSE) as a fraction,
 * E_baseline the model's prediction over the m reporting months, n the fitted months and n′ = n·(1−ρ)/(1+ρ) the
 * effective number of them given the residuals' lag-1 autocorrelation ρ (taken as 0 when negative); t is Student's
 * t for n − p degrees of freedom at the two-sided confidence. The fractional uncertainty is ΔE_save / E_save.
 */
public final class SavingsUncertainty {

    private SavingsUncertainty() {
    }

    /** ± energy at the confidence (0.68, 0.90) for a saving over m months whose predicted baseline totals {@code predicted}. */
    public static double absolute(FitStatistics fit, double predicted, int m, double confidence) {
        double rho = Math.max(0, Math.min(fit.autocorrelation(), 0.95));
        double nEffective = fit.n() * (1 - rho) / (1 + rho);
        double t = new TDistribution(fit.n() - fit.p()).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return t * 1.26 * fit.cvRmsePct() / 100 * Math.abs(predicted)
                * Math.sqrt(fit.n() / nEffective * (1 + 2.0 / fit.n()) / m);
    }
}
