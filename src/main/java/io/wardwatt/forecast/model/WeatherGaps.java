package io.wardwatt.forecast.model;

import java.util.Arrays;

/**
 * Fills missing hours of a weather series so that a missing observation does not cost the hour its forecast:
 * linearly between the nearest observed hours on either side, or the nearest observed value at the ends. The
 * backtest uses observed weather in place of a weather forecast, and a forecast has no gaps.
 */
final class WeatherGaps {

    private WeatherGaps() {
    }

    /** A filled copy; {@code null} when the series has no value at all (the feature is then not used). */
    static double[] filled(double[] series) {
        if (series == null) {
            return null;
        }
        double[] filled = series.clone();
        int previous = -1;
        for (int i = 0; i < filled.length; i++) {
            if (Double.isNaN(filled[i])) {
                continue;
            }
            if (previous < 0) {
                Arrays.fill(filled, 0, i, filled[i]);
            } else {
                for (int k = previous + 1; k < i; k++) {
                    filled[k] = filled[previous] + (filled[i] - filled[previous]) * (k - previous) / (i - previous);
                }
            }
            previous = i;
        }
        if (previous < 0) {
            return null;
        }
        Arrays.fill(filled, previous + 1, filled.length, filled[previous]);
        return filled;
    }
}
