package io.wardwatt.optimize.replan;

import java.time.Duration;

/**
 * The plan's forecast for the hours ahead, corrected by what the meter has just shown.
 *
 * <p>The recent ratio of measured to forecast load is applied to the slots ahead with a weight that halves every
 * {@code halfLife}: {@code corrected = forecast × (1 + (ratio − 1) × 2^(−ahead / halfLife))}. Why decay rather than
 * scale the whole rest of the day: a cooling-load forecast's error persists for some hours (the weather front or the
 * occupancy it missed is still there) but not for the day: the evening and night follow the building's schedule,
 * which the forecast knows. An error that fades geometrically is the first-order autoregressive error model that
 * intraday load-forecast corrections commonly use; the half-life is data of the rule. The ratio is held within
 * {@value #LOWEST_RATIO}..{@value #HIGHEST_RATIO}: beyond that the meter, not the hospital, is more likely wrong, and
 * a plan for a load 3× the forecast would start every chiller on one reading.
 *
 * @param ratio measured over forecast load observed recently (1 = no correction)
 * @param halfLife the time over which the correction halves
 */
public record LoadCorrection(double ratio, Duration halfLife) {

    public static final double LOWEST_RATIO = 0.5;
    public static final double HIGHEST_RATIO = 2.0;

    public LoadCorrection {
        if (!(ratio > 0) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("the observed load ratio must be a finite number above 0, got " + ratio);
        }
        if (halfLife == null || halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("the correction's half-life must be positive, got " + halfLife);
        }
        ratio = Math.max(LOWEST_RATIO, Math.min(HIGHEST_RATIO, ratio));
    }

    /** No correction: the plan's forecast as it is. */
    public static LoadCorrection none(Duration halfLife) {
        return new LoadCorrection(1, halfLife);
    }

    /** The factor on the forecast {@code ahead} of the observation. */
    public double factor(Duration ahead) {
        double hours = Math.max(0, ahead.toMillis() / 3_600_000.0);
        return 1 + (ratio - 1) * Math.pow(2, -hours / (halfLife.toMillis() / 3_600_000.0));
    }

    /**
     * The corrected forecast of consecutive slots; the first begins {@code firstSlotAhead} after the observation, and
     * each slot is corrected at its middle.
     */
    public double[] apply(double[] forecastKw, Duration firstSlotAhead, int slotMinutes) {
        double[] corrected = new double[forecastKw.length];
        for (int k = 0; k < forecastKw.length; k++) {
            Duration middle = firstSlotAhead.plusSeconds(Math.round((k + 0.5) * slotMinutes * 60));
            corrected[k] = forecastKw[k] * factor(middle);
        }
        return corrected;
    }
}
