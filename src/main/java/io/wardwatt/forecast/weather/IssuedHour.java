package io.wardwatt.forecast.weather;

import java.time.Instant;

/** An hour of a stored provider forecast and when that forecast was issued. */
public record IssuedHour(WeatherHour weather, Instant issuedAt) {
}
