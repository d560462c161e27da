package io.wardwatt.forecast.weather;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One hourly data row of an EPW file, in the file's units: hour {@code 1..24} covers the interval (hour-1, hour] of
 * local standard time; temperatures are the state at the end of that hour, radiation the hour's total (Wh/m², which
 * is also its mean irradiance in W/m²).
 *
 * @param line the line of the file it was read from (1-based), for located errors later on
 */
public record EpwRow(int line, int year, int month, int day, int hour, double dryBulbC, double dewPointC,
                     double relativeHumidityPct, double pressurePa, double globalHorizontalWh) {

    /** The instant the row's hour ends: when its temperature was read and its radiation total closed. */
    public Instant endsAt(ZoneOffset zone) {
        return LocalDate.of(year, month, day).atStartOfDay().plusHours(hour).toInstant(zone);
    }

    /** The row as one hour of weather, stamped with the end of its hour. */
    public WeatherHour toWeatherHour(ZoneOffset zone) {
        return new WeatherHour(endsAt(zone), dryBulbC, relativeHumidityPct, globalHorizontalWh);
    }
}
