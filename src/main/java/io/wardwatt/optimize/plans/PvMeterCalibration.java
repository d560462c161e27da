package io.wardwatt.optimize.plans;

import io.wardwatt.plant.PhotovoltaicDefinition;
import io.wardwatt.solar.PhotovoltaicModel;
import io.wardwatt.solar.ScaleFactorFit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The PV model's scale factor fitted to the PV meter's own history: each hour's metered energy against the model's
 * output from the weather station's hourly mean irradiance and air temperature at the hour's middle, daylight hours
 * only (sun above the horizon there), by {@link ScaleFactorFit}. The factor takes up what the model cannot know of
 * this array: soiling, shading, module ageing, the station's pyranometer against the roof. Too short a history fits
 * the weather of a few days rather than the array, so below a minimum the plant file's factor stands.
 */
public final class PvMeterCalibration {

    /** The factors the plant file accepts (PhotovoltaicReader): a fit outside them says the meter or its points are wrong. */
    static final double LOWEST_FACTOR = 0.2;
    static final double HIGHEST_FACTOR = 3;

    private PvMeterCalibration() {
    }

    /**
     * An hour of the site's history with every figure present.
     *
     * @param start the hour's start
     * @param pvKwh the PV meter's energy in the hour
     * @param ghiWm2 the station's mean global horizontal irradiance over the hour
     * @param airC the station's mean air temperature over the hour
     */
    public record MeteredHour(Instant start, double pvKwh, double ghiWm2, double airC) {
    }

    /**
     * @param fitted true: the factor is the fit's; false: the plant file's, {@code source} says why
     * @param cvRmsePercent the fit's CV(RMSE), null when not fitted
     * @param nmbePercent the fit's NMBE, null when not fitted
     * @param hours the daylight hours the fit used (or found, when too few)
     * @param days the days those hours fall on
     */
    public record Calibration(double factor, boolean fitted, Double cvRmsePercent, Double nmbePercent, int hours, int days, String source) {
    }

    /**
     * @param pv the plant file's PV system, its {@code scaleFactor} the fallback
     * @param hours the hours with complete data, any order
     */
    public static Calibration fit(PhotovoltaicDefinition pv, List<MeteredHour> hours, int minDays, int minHours) {
        PhotovoltaicModel unscaled = new PhotovoltaicModel(pv.withScaleFactor(1.0));
        ZoneOffset clock = ZoneOffset.ofTotalSeconds((int) Math.round(pv.utcOffsetHours() * 3600));
        List<Double> metered = new ArrayList<>();
        List<Double> modelled = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (MeteredHour hour : hours) {
            LocalDateTime middle = LocalDateTime.ofInstant(hour.start().plusSeconds(1800), clock);
            PhotovoltaicModel.Output output = unscaled.at(middle, hour.ghiWm2(), hour.airC());
            // A night hour holds nothing to fit, and an hour neither side calls lit would only inflate the count.
            if (output.sun().elevationDeg() <= 0 || (hour.pvKwh() <= 0 && output.unclippedAcKw() <= 0)) {
                continue;
            }
            metered.add(hour.pvKwh());
            modelled.add(output.unclippedAcKw());
            days.add(middle.toLocalDate());
        }
        String plantFactor = "the plant file's " + format(pv.scaleFactor(), 4);
        if (days.size() < minDays || metered.size() < minHours) {
            return new Calibration(pv.scaleFactor(), false, null, null, metered.size(), days.size(), plantFactor + ": only " + metered.size()
                    + " daylight hours with complete data on " + days.size() + " days (a fit needs " + minHours + " hours on " + minDays + " days)");
        }
        ScaleFactorFit fit;
        try {
            fit = ScaleFactorFit.fit(metered.stream().mapToDouble(Double::doubleValue).toArray(),
                    modelled.stream().mapToDouble(Double::doubleValue).toArray(), pv.inverterAcKw());
        } catch (IllegalArgumentException e) {
            // Every hour at the inverters' limit: a meter beyond the array's reach (a unit mix-up), nothing to fit.
            return new Calibration(pv.scaleFactor(), false, null, null, 0, days.size(), plantFactor + ": " + e.getMessage());
        }
        if (fit.samples() < minHours) {
            return new Calibration(pv.scaleFactor(), false, null, null, fit.samples(), days.size(), plantFactor + ": only " + fit.samples()
                    + " daylight hours below the inverters' AC limit (a fit needs " + minHours + ")");
        }
        if (!(fit.factor() >= LOWEST_FACTOR && fit.factor() <= HIGHEST_FACTOR)) {
            return new Calibration(pv.scaleFactor(), false, null, null, fit.samples(), days.size(), plantFactor + ": the fit gave "
                    + format(fit.factor(), 4) + ", outside " + LOWEST_FACTOR + ".." + HIGHEST_FACTOR + " (is the PV meter or a weather point wrong?)");
        }
        return new Calibration(fit.factor(), true, fit.cvRmsePercent(), fit.nmbePercent(), fit.samples(), days.size(), "fitted to the PV meter: "
                + fit.samples() + " daylight hours on " + days.size() + " days, CV(RMSE) " + format(fit.cvRmsePercent(), 1) + " %, NMBE "
                + format(fit.nmbePercent(), 1) + " %");
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
