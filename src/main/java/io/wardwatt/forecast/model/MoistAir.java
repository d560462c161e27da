package io.wardwatt.forecast.model;

/** Specific enthalpy of moist air from dry-bulb temperature and relative humidity at standard pressure. */
final class MoistAir {

    static final double STANDARD_PRESSURE_PA = 101_325;

    private MoistAir() {
    }

    /** kJ per kg of dry air; the saturation pressure from the Magnus formula (Alduchov and Eskridge 1996). */
    static double enthalpyKjPerKg(double tempC, double rhPct) {
        double saturationPa = 610.94 * Math.exp(17.625 * tempC / (tempC + 243.04));
        double vapourPa = rhPct / 100 * saturationPa;
        double humidityRatio = 0.621945 * vapourPa / (STANDARD_PRESSURE_PA - vapourPa);
        return 1.006 * tempC + humidityRatio * (2501 + 1.86 * tempC);
    }
}
