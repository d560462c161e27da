package io.wardwatt.sim.weather;

/**
 * Moist-air properties (ASHRAE Handbook Fundamentals, ch. 1): saturation pressure over water by the Magnus
 * form of Alduchov and Eskridge (1996), humidity ratio, enthalpy, and the wet bulb solved from the
 * psychrometric equation.
 */
public final class Psychrometrics {

    public static final double STANDARD_PRESSURE_PA = 101_325.0;

    private Psychrometrics() {
    }

    /** Saturation vapour pressure over water, Pa (-40..60 °C within 0.4 %). */
    public static double saturationPressurePa(double temperatureC) {
        return 610.94 * Math.exp(17.625 * temperatureC / (temperatureC + 243.04));
    }

    /** The temperature whose saturation pressure this is (the dew point of air with this vapour pressure). */
    public static double dewPointC(double vapourPressurePa) {
        double g = Math.log(vapourPressurePa / 610.94);
        return 243.04 * g / (17.625 - g);
    }

    public static double humidityRatio(double vapourPressurePa, double pressurePa) {
        return 0.621945 * vapourPressurePa / (pressurePa - vapourPressurePa);
    }

    /** Enthalpy of moist air, kJ per kg of dry air. */
    public static double enthalpyKjPerKg(double dryBulbC, double humidityRatio) {
        return 1.006 * dryBulbC + humidityRatio * (2501.0 + 1.86 * dryBulbC);
    }

    /** Humidity ratio at a dry bulb and relative humidity (0..100). */
    public static double humidityRatioAt(double dryBulbC, double relativeHumidityPercent, double pressurePa) {
        return humidityRatio(saturationPressurePa(dryBulbC) * relativeHumidityPercent / 100.0, pressurePa);
    }

    /** Thermodynamic wet bulb by bisection on the psychrometric equation (above freezing form). */
    public static double wetBulbC(double dryBulbC, double humidityRatio, double pressurePa) {
        double low = dryBulbC - 40;
        double high = dryBulbC;
        for (int i = 0; i < 50; i++) {
            double guess = (low + high) / 2;
            double saturated = humidityRatio(saturationPressurePa(guess), pressurePa);
            double implied = ((2501.0 - 2.326 * guess) * saturated - 1.006 * (dryBulbC - guess)) / (2501.0 + 1.86 * dryBulbC - 4.186 * guess);
            if (implied > humidityRatio) {
                high = guess;
            } else {
                low = guess;
            }
        }
        return (low + high) / 2;
    }
}
