package io.wardwatt.sim.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.wardwatt.sim.weather.SimulatedForecast;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A forecast in the shape of Open-Meteo's hourly answer with {@code timezone=GMT}, so that the weather provider's
 * default field paths read it: times as ISO local date-times in UTC without an offset ({@code 2025-07-21T06:00}).
 *
 * @param source where the numbers come from (not an Open-Meteo field; readers ignore it)
 */
public record OpenMeteoAnswer(String timezone, @JsonProperty("utc_offset_seconds") int utcOffsetSeconds,
        @JsonProperty("hourly_units") Map<String, String> hourlyUnits, Hourly hourly, String source) {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final Map<String, String> UNITS = Map.of("time", "iso8601", "temperature_2m", "°C", "relative_humidity_2m", "%",
            "shortwave_radiation", "W/m²");

    /** The hourly series, one value per time. */
    public record Hourly(List<String> time, @JsonProperty("temperature_2m") List<Double> temperature,
            @JsonProperty("relative_humidity_2m") List<Double> relativeHumidity,
            @JsonProperty("shortwave_radiation") List<Double> shortwaveRadiation) {
    }

    static OpenMeteoAnswer of(List<SimulatedForecast.Hour> hours, String source) {
        Hourly hourly = new Hourly(
                hours.stream().map(h -> MINUTES.format(LocalDateTime.ofInstant(h.end(), ZoneOffset.UTC))).toList(),
                hours.stream().map(SimulatedForecast.Hour::temperatureC).toList(),
                hours.stream().map(SimulatedForecast.Hour::relativeHumidityPct).toList(),
                hours.stream().map(SimulatedForecast.Hour::ghiWm2).toList());
        return new OpenMeteoAnswer("GMT", 0, UNITS, hourly, source);
    }
}
