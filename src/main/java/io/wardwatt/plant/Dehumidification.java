package io.wardwatt.plant;

import java.util.List;

/**
 * The highest chilled-water supply the zones' coils allow for dehumidification, by outdoor dew point (a plant
 * file's {@code dehumidification.maxSupplyByDewPointC}): the wetter the outdoor air, the colder the water must be
 * for the coils to dry it to the indoor dew point. Piecewise linear between the points, held at the end values
 * outside them.
 *
 * @param points {@code [dew point °C, highest supply °C]} pairs, dew points ascending, supplies not rising
 */
public record Dehumidification(List<double[]> points) {

    public Dehumidification {
        points = points.stream().map(double[]::clone).toList();
        if (points.isEmpty()) {
            throw new IllegalArgumentException("dehumidification needs at least one point");
        }
        for (int i = 1; i < points.size(); i++) {
            if (!(points.get(i)[0] > points.get(i - 1)[0]) || points.get(i)[1] > points.get(i - 1)[1]) {
                throw new IllegalArgumentException("dehumidification points: dew points ascending, supplies not rising");
            }
        }
    }

    @Override
    public List<double[]> points() {
        return points.stream().map(double[]::clone).toList();
    }

    /** The highest supply set-point the coils allow at this outdoor dew point, °C. */
    public double maxSupplyC(double dewPointC) {
        double[] first = points.get(0);
        if (dewPointC <= first[0]) {
            return first[1];
        }
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (dewPointC <= b[0]) {
                return a[1] + (b[1] - a[1]) * (dewPointC - a[0]) / (b[0] - a[0]);
            }
        }
        return points.get(points.size() - 1)[1];
    }
}
