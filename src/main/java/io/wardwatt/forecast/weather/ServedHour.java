package io.wardwatt.forecast.weather;

import java.time.Instant;

/**
 * One hour of a served weather forecast with where it came from. Values are null only when {@code source} is
 * {@code none}. {@code issuedAt} is when the provider issued the forecast the hour came from (null otherwise).
 */
public record ServedHour(Instant hour, Double temperatureC, Double relativeHumidityPct, Double ghiWm2, String source, Instant issuedAt) {

    static ServedHour of(WeatherHour weather, WeatherSource source, Instant issuedAt) {
        return new ServedHour(weather.hour(), weather.temperatureC(), weather.relativeHumidityPct(), weather.ghiWm2(), source.label(), issuedAt);
    }
}
