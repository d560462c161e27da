package io.wardwatt.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * The weather forecast for a site's local day, per slot: what a plan of that day is made with, stored with the plan so
 * that a replay sees the same weather.
 *
 * @param dryBulbC outdoor dry bulb at each slot's middle, °C
 * @param relativeHumidityPercent outdoor relative humidity at each slot's middle, %
 * @param solarWm2 global horizontal irradiance, mean over the hour that holds each slot's middle, W/m²
 * @param sources where the hours came from and how many ({@code provider: 20, fallback-typical: 4})
 */
public record DayWeather(String site, LocalDate date, int slotMinutes, List<Double> dryBulbC, List<Double> relativeHumidityPercent,
        List<Double> solarWm2, String sources) {

    public DayWeather {
        dryBulbC = List.copyOf(dryBulbC);
        relativeHumidityPercent = List.copyOf(relativeHumidityPercent);
        solarWm2 = List.copyOf(solarWm2);
        if (dryBulbC.size() != relativeHumidityPercent.size() || dryBulbC.size() != solarWm2.size()) {
            throw new IllegalArgumentException("one value per slot of each quantity is required");
        }
    }
}
