package io.wardwatt.plant;

import java.util.List;

/**
 * The chiller's EIR as a function of part load ratio, EnergyPlus {@code Curve:Quadratic} (3 coefficients) or
 * {@code Curve:Cubic} (4): {@code c1 + c2·p + c3·p² [+ c4·p³]}, p clamped to the fitted range.
 */
public record PartLoadCurve(List<Double> coefficients, CurveRange x) {

    public PartLoadCurve {
        coefficients = List.copyOf(coefficients);
        if (coefficients.size() != 3 && coefficients.size() != 4) {
            throw new IllegalArgumentException("a part-load curve has 3 (quadratic) or 4 (cubic) coefficients, got " + coefficients.size());
        }
    }

    public double valueAt(double partLoadRatio) {
        double p = x.clamp(partLoadRatio);
        double value = 0;
        for (int i = coefficients.size() - 1; i >= 0; i--) {
            value = value * p + coefficients.get(i);
        }
        return value;
    }

    public double minimumOnGrid(int n) {
        double minimum = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minimum = Math.min(minimum, valueAt(x.at((double) i / (n - 1))));
        }
        return minimum;
    }
}
