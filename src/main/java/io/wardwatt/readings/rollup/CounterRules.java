package io.wardwatt.readings.rollup;

/**
 * How suspicious register steps are judged.
 *
 * @param rolloverValue             the value at which the register wraps to zero
 * @param wrapWindowFraction        a backwards step is a wrap only if the quantity it implies
 *                                  ({@code rollover - v0 + v1}) is at most this fraction of the rollover,
 *                                  i.e. v0 was near the top and v1 near zero
 * @param implausibleStepFraction   a forward step larger than this fraction of the rollover is not
 *                                  believed (a glitch, a wrong scale, a swapped meter nobody recorded)
 */
public record CounterRules(double rolloverValue, double wrapWindowFraction, double implausibleStepFraction) {

    /** Backwards steps this small (relative to the rollover) are rounding noise of the register, not anomalies. */
    static final double JITTER_FRACTION = 1e-9;

    public CounterRules {
        if (!(rolloverValue > 0) || Double.isInfinite(rolloverValue)) {
            throw new IllegalArgumentException("rolloverValue must be positive and finite: " + rolloverValue);
        }
        if (!(wrapWindowFraction > 0 && wrapWindowFraction < 1)) {
            throw new IllegalArgumentException("wrapWindowFraction must be in (0, 1): " + wrapWindowFraction);
        }
        if (!(implausibleStepFraction > 0)) {
            throw new IllegalArgumentException("implausibleStepFraction must be positive: " + implausibleStepFraction);
        }
    }

    double jitter() {
        return rolloverValue * JITTER_FRACTION;
    }

    double maxWrapQuantity() {
        return rolloverValue * wrapWindowFraction;
    }

    double maxStep() {
        return rolloverValue * implausibleStepFraction;
    }
}
