package io.wardwatt.optimize;

import io.wardwatt.climate.MoistAir;

/**
 * The outdoor air forecast for one slot: what the scenario gives (dry bulb, relative humidity, solar irradiance,
 * pressure) and what follows from it by psychrometrics ({@link MoistAir}): the wet bulb the cooling towers work
 * against and the dew point the coils must dry the air to.
 *
 * @param solarWm2 global horizontal irradiance, W/m² (NaN when the scenario gives none)
 */
public record SlotWeather(double dryBulbC, double relativeHumidityPercent, double pressureKpa, double wetBulbC, double dewPointC,
        double solarWm2) {

    /** The slot's weather with its wet bulb and dew point worked out. */
    public static SlotWeather of(double dryBulbC, double relativeHumidityPercent, double solarWm2, double pressureKpa) {
        return new SlotWeather(dryBulbC, relativeHumidityPercent, pressureKpa, MoistAir.wetBulbC(dryBulbC, relativeHumidityPercent, pressureKpa),
                MoistAir.dewPointC(dryBulbC, relativeHumidityPercent), solarWm2);
    }
}
