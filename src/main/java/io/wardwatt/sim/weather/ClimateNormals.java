package io.wardwatt.sim.weather;

import java.util.List;

/**
 * Monthly climate normals of a station, January first.
 *
 * @param meanDailyMaxC mean daily maximum temperature per month, °C
 * @param meanDailyMinC mean daily minimum temperature per month, °C
 * @param relativeHumidityPercent mean relative humidity per month, %
 * @param sunshineHours mean total sunshine duration per month, hours
 * @param source where the numbers come from
 */
public record ClimateNormals(String station, double latitudeDeg, double longitudeDeg, int utcOffsetHours, List<Double> meanDailyMaxC,
        List<Double> meanDailyMinC, List<Double> relativeHumidityPercent, List<Double> sunshineHours, String source) {

    /**
     * Shanghai (Xujiahui, WMO 58367), China Meteorological Administration normals 1981-2010. Temperatures as
     * published by the CMA and reproduced in public climate tables; relative humidity and sunshine hours are
     * the CMA 1981-2010 figures as reproduced by the Wikipedia "Shanghai" climate table.
     */
    public static final ClimateNormals SHANGHAI = new ClimateNormals("Shanghai Xujiahui (WMO 58367)", 31.20, 121.43, 8,
            List.of(8.1, 10.1, 13.8, 19.5, 24.8, 27.8, 32.2, 31.5, 27.9, 22.9, 17.3, 11.1),
            List.of(2.1, 3.7, 6.9, 11.9, 17.3, 21.7, 25.8, 25.8, 22.4, 16.8, 10.6, 4.7),
            List.of(74.0, 73.0, 72.0, 71.0, 71.0, 79.0, 76.0, 77.0, 74.0, 71.0, 72.0, 70.0),
            List.of(114.3, 119.9, 128.5, 148.5, 169.8, 130.9, 190.8, 185.7, 167.5, 161.4, 131.1, 127.9),
            "CMA 1981-2010 normals, Shanghai Xujiahui");

    public ClimateNormals {
        for (List<Double> series : List.of(meanDailyMaxC, meanDailyMinC, relativeHumidityPercent, sunshineHours)) {
            if (series.size() != 12) {
                throw new IllegalArgumentException("monthly normals need 12 values, got " + series.size());
            }
        }
        meanDailyMaxC = List.copyOf(meanDailyMaxC);
        meanDailyMinC = List.copyOf(meanDailyMinC);
        relativeHumidityPercent = List.copyOf(relativeHumidityPercent);
        sunshineHours = List.copyOf(sunshineHours);
    }
}
