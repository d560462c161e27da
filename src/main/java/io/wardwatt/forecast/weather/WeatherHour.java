package io.wardwatt.forecast.weather;

import java.time.Instant;

/**
 * One hour of outdoor weather. {@code hour} is the instant the hour ends: the temperature and humidity are read at
 * that instant, the global horizontal irradiance is the mean over the hour before it. EPW files and Open-Meteo stamp
 * their hours the same way, so rows from both line up without shifting.
 */
public record WeatherHour(Instant hour, double temperatureC, double relativeHumidityPct, double ghiWm2) {
}
