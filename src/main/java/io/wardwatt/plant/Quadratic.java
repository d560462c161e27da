package io.wardwatt.plant;

import java.util.List;
import org.apache.commons.math3.fitting.PolynomialCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;

/** {@code c0 + c1·x + c2·x²}: the form of a pump's head–flow and efficiency–flow curves. */
public record Quadratic(double c0, double c1, double c2) {

    public double valueAt(double x) {
        return c0 + x * (c1 + x * c2);
    }

    /** The least-squares quadratic through points {@code (xs[i], ys[i])}; needs three distinct x at least. */
    public static Quadratic fit(List<Double> xs, List<Double> ys) {
        if (xs.size() != ys.size() || xs.stream().distinct().count() < 3) {
            throw new IllegalArgumentException("a quadratic fit needs at least three points with different x, got " + xs);
        }
        WeightedObservedPoints points = new WeightedObservedPoints();
        for (int i = 0; i < xs.size(); i++) {
            points.add(xs.get(i), ys.get(i));
        }
        double[] c = PolynomialCurveFitter.create(2).fit(points.toList());
        return new Quadratic(c[0], c[1], c[2]);
    }

    /** The smallest value on {@code [from, to]}: at an end, or at the vertex when it lies inside and the curve opens upwards. */
    public double minimumOn(double from, double to) {
        double minimum = Math.min(valueAt(from), valueAt(to));
        if (c2 > 0) {
            double vertex = -c1 / (2 * c2);
            if (vertex > from && vertex < to) {
                minimum = Math.min(minimum, valueAt(vertex));
            }
        }
        return minimum;
    }

    /** The largest value on {@code [from, to]}. */
    public double maximumOn(double from, double to) {
        return -new Quadratic(-c0, -c1, -c2).minimumOn(from, to);
    }
}
