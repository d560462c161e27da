package io.wardwatt.sim.weather;

import java.util.List;

/**
 * A smooth annual cycle through twelve monthly means: the mean and the first two harmonics of their discrete
 * Fourier series. Each harmonic is divided by its monthly-averaging factor (sin(πk/12)/(πk/12)), so that the
 * curve averaged over each month gives the monthly values back (to within what two harmonics can hold).
 */
final class AnnualCycle {

    private static final int HARMONICS = 4;

    private final double mean;
    private final double[] cosines = new double[HARMONICS + 1];
    private final double[] sines = new double[HARMONICS + 1];

    AnnualCycle(List<Double> monthly) {
        double sum = 0;
        for (double value : monthly) {
            sum += value;
        }
        mean = sum / 12;
        for (int k = 1; k <= HARMONICS; k++) {
            double a = 0;
            double b = 0;
            for (int m = 0; m < 12; m++) {
                double phase = 2 * Math.PI * k * (m + 0.5) / 12;
                a += monthly.get(m) * Math.cos(phase);
                b += monthly.get(m) * Math.sin(phase);
            }
            double averaging = Math.sin(Math.PI * k / 12) / (Math.PI * k / 12);
            cosines[k] = a / 6 / averaging;
            sines[k] = b / 6 / averaging;
        }
    }

    /** @param yearFraction 0 at 1 January 00:00, 1 at the end of the year */
    double at(double yearFraction) {
        double value = mean;
        for (int k = 1; k <= HARMONICS; k++) {
            double phase = 2 * Math.PI * k * yearFraction;
            value += cosines[k] * Math.cos(phase) + sines[k] * Math.sin(phase);
        }
        return value;
    }
}
