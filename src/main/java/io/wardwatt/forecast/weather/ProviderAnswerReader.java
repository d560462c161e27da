package io.wardwatt.forecast.weather;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the provider's hourly forecast from its JSON answer with the configured field paths. Times are ISO instants,
 * ISO local date-times in the configured zone (Open-Meteo with {@code timezone=GMT}), or Unix seconds. An hour with a
 * missing value is left out (the fallback then covers it); an answer that does not have the configured shape is a
 * provider failure, reported with the path that is wrong.
 */
public final class ProviderAnswerReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProviderAnswerReader() {
    }

    /** Thrown when the answer cannot be read; the provider is then treated as down. */
    public static final class UnreadableAnswer extends RuntimeException {
        public UnreadableAnswer(String message) {
            super(message);
        }
    }

    public static List<WeatherHour> read(String body, ProviderFields fields, ZoneId timesZone) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new UnreadableAnswer("the answer is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode times = series(root, fields.time());
        JsonNode temperatures = series(root, fields.temperature());
        JsonNode humidities = series(root, fields.relativeHumidity());
        JsonNode radiation = series(root, fields.solarRadiation());
        int size = times.size();
        if (temperatures.size() != size || humidities.size() != size || radiation.size() != size) {
            throw new UnreadableAnswer("the hourly series have different lengths (" + size + " times, " + temperatures.size() + ", "
                    + humidities.size() + ", " + radiation.size() + " values)");
        }
        List<WeatherHour> hours = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (!temperatures.get(i).isNumber() || !humidities.get(i).isNumber() || !radiation.get(i).isNumber()) {
                continue;
            }
            hours.add(new WeatherHour(instant(times.get(i), fields.time() + "[" + i + "]", timesZone), temperatures.get(i).asDouble(),
                    humidities.get(i).asDouble(), radiation.get(i).asDouble()));
        }
        return hours;
    }

    private static JsonNode series(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        if (!node.isArray()) {
            throw new UnreadableAnswer("the answer has no array at " + path);
        }
        return node;
    }

    private static Instant instant(JsonNode time, String where, ZoneId zone) {
        if (time.isNumber()) {
            return Instant.ofEpochSecond(time.asLong());
        }
        String text = time.asText();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw new UnreadableAnswer(where + ": '" + text + "' is not a time");
            }
        }
    }
}
