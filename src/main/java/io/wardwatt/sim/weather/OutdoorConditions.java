package io.wardwatt.sim.weather;

/**
 * Outdoor air at one instant.
 *
 * @param dryBulbC air temperature, °C
 * @param dewPointC dew point, °C
 * @param relativeHumidityPercent 0..100
 * @param wetBulbC thermodynamic wet-bulb temperature, °C (what a cooling tower approaches)
 * @param humidityRatio kg water per kg dry air
 * @param enthalpyKjPerKg moist-air enthalpy per kg dry air (what outdoor-air cooling removes)
 * @param globalHorizontalWm2 global solar irradiance on a horizontal surface, W/m²
 * @param pressurePa station pressure
 */
public record OutdoorConditions(double dryBulbC, double dewPointC, double relativeHumidityPercent, double wetBulbC,
        double humidityRatio, double enthalpyKjPerKg, double globalHorizontalWm2, double pressurePa) {

    /** Builds the full state from dry bulb, dew point and irradiance (the independent quantities). */
    public static OutdoorConditions of(double dryBulbC, double dewPointC, double globalHorizontalWm2, double pressurePa) {
        double dew = Math.min(dewPointC, dryBulbC);
        double vapour = Psychrometrics.saturationPressurePa(dew);
        double humidityRatio = Psychrometrics.humidityRatio(vapour, pressurePa);
        double relativeHumidity = 100.0 * vapour / Psychrometrics.saturationPressurePa(dryBulbC);
        return new OutdoorConditions(dryBulbC, dew, relativeHumidity, Psychrometrics.wetBulbC(dryBulbC, humidityRatio, pressurePa),
                humidityRatio, Psychrometrics.enthalpyKjPerKg(dryBulbC, humidityRatio), Math.max(0, globalHorizontalWm2), pressurePa);
    }
}
