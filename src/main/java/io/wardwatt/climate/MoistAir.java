package io.wardwatt.climate;

/**
 * Moist-air properties by the formulas of the ASHRAE Handbook — Fundamentals 2017, chapter 1 (Psychrometrics):
 * the Hyland–Wexler saturation pressure over ice (eq. 5, below 0 °C) and over liquid water (eq. 6, 0 °C and above),
 * the humidity ratio of an ideal mixture (eq. 20 with 0.621945), and the thermodynamic wet bulb from the
 * psychrometric equation (eq. 33 above freezing, eq. 35 below), solved by bisection because the equation cannot be
 * turned around in closed form. The dew point inverts the saturation pressure exactly (bisection) instead of the
 * handbook's fitted eq. 39/40, so that {@code saturationPressureKpa(dewPointC(...))} gives back the vapour pressure;
 * below 0 °C it is the frost point, as the handbook's own tables use ice there.
 *
 * <p>Valid for the weather a chiller plant sees (−60..+60 °C); no framework, no state.
 */
public final class MoistAir {

    /** Standard atmosphere at sea level, kPa (ASHRAE Fundamentals 2017 ch. 1, Table 1). */
    public static final double STANDARD_PRESSURE_KPA = 101.325;
    /** Ratio of the molar masses of water vapour and dry air (eq. 20, 2017 edition). */
    static final double MOLAR_MASS_RATIO = 0.621945;

    private static final double KELVIN = 273.15;
    private static final int BISECTIONS = 100;

    private MoistAir() {
    }

    /** Saturation pressure of water vapour over ice (below 0 °C) or liquid water, kPa (Hyland–Wexler, eq. 5 and 6). */
    public static double saturationPressureKpa(double temperatureC) {
        double t = temperatureC + KELVIN;
        double lnPa;
        if (temperatureC < 0) {
            lnPa = -5.6745359e3 / t + 6.3925247 - 9.6778430e-3 * t + 6.2215701e-7 * t * t + 2.0747825e-9 * t * t * t
                    - 9.4840240e-13 * t * t * t * t + 4.1635019 * Math.log(t);
        } else {
            lnPa = -5.8002206e3 / t + 1.3914993 - 4.8640239e-2 * t + 4.1764768e-5 * t * t - 1.4452093e-8 * t * t * t
                    + 6.5459673 * Math.log(t);
        }
        return Math.exp(lnPa) / 1000.0;
    }

    /** Partial pressure of water vapour at a dry bulb and relative humidity (0..100 %), kPa. */
    public static double vapourPressureKpa(double dryBulbC, double relativeHumidityPercent) {
        return relativeHumidityPercent / 100.0 * saturationPressureKpa(dryBulbC);
    }

    /** Humidity ratio, kg of water vapour per kg of dry air (eq. 20). */
    public static double humidityRatio(double vapourPressureKpa, double pressureKpa) {
        return MOLAR_MASS_RATIO * vapourPressureKpa / (pressureKpa - vapourPressureKpa);
    }

    /** Humidity ratio of air saturated at this temperature, kg/kg (eq. 23). */
    public static double saturationHumidityRatio(double temperatureC, double pressureKpa) {
        return humidityRatio(saturationPressureKpa(temperatureC), pressureKpa);
    }

    /**
     * The humidity ratio that the psychrometric equation gives for a dry bulb and a thermodynamic wet bulb, kg/kg
     * (eq. 33 for a wet bulb at or above 0 °C, eq. 35 for an iced bulb).
     */
    public static double humidityRatioFromWetBulb(double dryBulbC, double wetBulbC, double pressureKpa) {
        double saturated = saturationHumidityRatio(wetBulbC, pressureKpa);
        if (wetBulbC >= 0) {
            return ((2501 - 2.326 * wetBulbC) * saturated - 1.006 * (dryBulbC - wetBulbC)) / (2501 + 1.86 * dryBulbC - 4.186 * wetBulbC);
        }
        return ((2830 - 0.24 * wetBulbC) * saturated - 1.006 * (dryBulbC - wetBulbC)) / (2830 + 1.86 * dryBulbC - 2.1 * wetBulbC);
    }

    /**
     * Thermodynamic wet-bulb temperature, °C: the temperature at which the psychrometric equation returns the air's
     * own humidity ratio. That humidity ratio grows with the trial wet bulb, so bisection between the dew point (the
     * wet bulb is never below it) and the dry bulb (never above) converges to the only root.
     */
    public static double wetBulbC(double dryBulbC, double relativeHumidityPercent, double pressureKpa) {
        checkHumidity(relativeHumidityPercent);
        double vapour = vapourPressureKpa(dryBulbC, relativeHumidityPercent);
        double target = humidityRatio(vapour, pressureKpa);
        double low = dewPointFromVapourPressureC(vapour) - 1;
        double high = dryBulbC;
        for (int i = 0; i < BISECTIONS && high - low > 1e-9; i++) {
            double mid = 0.5 * (low + high);
            if (humidityRatioFromWetBulb(dryBulbC, mid, pressureKpa) > target) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return 0.5 * (low + high);
    }

    /** Dew point (frost point below 0 °C) of air at this dry bulb and relative humidity, °C. */
    public static double dewPointC(double dryBulbC, double relativeHumidityPercent) {
        checkHumidity(relativeHumidityPercent);
        return dewPointFromVapourPressureC(vapourPressureKpa(dryBulbC, relativeHumidityPercent));
    }

    /** The temperature whose saturation pressure is this vapour pressure, °C (the saturation pressure rises monotonically). */
    public static double dewPointFromVapourPressureC(double vapourPressureKpa) {
        if (!(vapourPressureKpa > 0)) {
            throw new IllegalArgumentException("vapour pressure must be above 0 kPa, got " + vapourPressureKpa);
        }
        double low = -100;
        double high = 200;
        for (int i = 0; i < BISECTIONS && high - low > 1e-10; i++) {
            double mid = 0.5 * (low + high);
            if (saturationPressureKpa(mid) > vapourPressureKpa) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return 0.5 * (low + high);
    }

    /** Specific enthalpy of moist air, kJ per kg of dry air (eq. 32). */
    public static double enthalpyKjPerKg(double dryBulbC, double humidityRatio) {
        return 1.006 * dryBulbC + humidityRatio * (2501 + 1.86 * dryBulbC);
    }

    private static void checkHumidity(double relativeHumidityPercent) {
        if (!(relativeHumidityPercent > 0 && relativeHumidityPercent <= 100)) {
            throw new IllegalArgumentException("relative humidity must be above 0 and at most 100 %, got " + relativeHumidityPercent);
        }
    }
}
