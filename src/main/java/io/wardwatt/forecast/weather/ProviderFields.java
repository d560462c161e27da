package io.wardwatt.forecast.weather;

/**
 * Where the provider's JSON answer holds each hourly series: dotted paths to arrays of equal length (Open-Meteo:
 * {@code hourly.time}, {@code hourly.temperature_2m}, ...).
 */
public record ProviderFields(String time, String temperature, String relativeHumidity, String solarRadiation) {
}
