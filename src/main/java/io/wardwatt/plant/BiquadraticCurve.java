package io.wardwatt.plant;

import java.util.List;

/**
 * An EnergyPlus {@code Curve:Biquadratic}: {@code c1 + c2·x + c3·x² + c4·y + c5·y² + c6·x·y}, with x and y
 * clamped to the range the curve was fitted on (EnergyPlus does the same: the data says nothing outside it).
 * For chillers x is the leaving chilled-water temperature and y the entering condenser-water temperature, °C.
 */
public record BiquadraticCurve(List<Double> coefficients, CurveRange x, CurveRange y) {

    public BiquadraticCurve {
        coefficients = List.copyOf(coefficients);
        if (coefficients.size() != 6) {
            throw new IllegalArgumentException("a biquadratic curve has 6 coefficients, got " + coefficients.size());
        }
    }

    public double valueAt(double xValue, double yValue) {
        double cx = x.clamp(xValue);
        double cy = y.clamp(yValue);
        return coefficients.get(0) + coefficients.get(1) * cx + coefficients.get(2) * cx * cx
                + coefficients.get(3) * cy + coefficients.get(4) * cy * cy + coefficients.get(5) * cx * cy;
    }

    /** The smallest value on an n x n grid over the valid ranges (a curve must stay positive there). */
    public double minimumOnGrid(int n) {
        double minimum = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                minimum = Math.min(minimum, valueAt(x.at((double) i / (n - 1)), y.at((double) j / (n - 1))));
            }
        }
        return minimum;
    }
}
