package io.wardwatt.plant;

/** The interval a performance curve's input was fitted on; inputs outside it are clamped. */
public record CurveRange(double min, double max) {

    public CurveRange {
        if (!(min < max)) {
            throw new IllegalArgumentException("range min " + min + " must be below max " + max);
        }
    }

    public double clamp(double value) {
        return Math.max(min, Math.min(max, value));
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** The point at fraction f (0..1) of the range. */
    public double at(double fraction) {
        return min + (max - min) * fraction;
    }
}
