package io.wardwatt.optimize.replan;

import java.util.List;

/**
 * The load forecast a plan is held to once revised: the approved plan's forecast, with each revision's forecast
 * from its first slot on, in revision order. The watch compares the measured load with this, not with the morning's
 * forecast, or a revision that already took the deviation in would be re-planned again for it.
 */
public final class ForecastInForce {

    /** A revision's forecast: from approved slot {@code firstSlot} to the plan's end. */
    public record Revised(int firstSlot, double[] loadsKw) {

        public Revised {
            loadsKw = loadsKw.clone();
        }
    }

    private ForecastInForce() {
    }

    public static double[] of(double[] approvedKw, List<Revised> revisions) {
        double[] forecast = approvedKw.clone();
        for (Revised revision : revisions) {
            if (revision.firstSlot() < 0 || revision.firstSlot() + revision.loadsKw.length != forecast.length) {
                throw new IllegalArgumentException("a revision from slot " + revision.firstSlot() + " with " + revision.loadsKw.length
                        + " slots does not end with the plan's " + forecast.length + " slots");
            }
            System.arraycopy(revision.loadsKw, 0, forecast, revision.firstSlot(), revision.loadsKw.length);
        }
        return forecast;
    }
}
