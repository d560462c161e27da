package io.wardwatt.sim.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.wardwatt.TestUsers;
import io.wardwatt.sim.runtime.SimulatorService;
import io.wardwatt.sim.weather.ClimateNormals;
import io.wardwatt.sim.weather.ForecastError;
import io.wardwatt.sim.weather.OutdoorConditions;
import io.wardwatt.sim.weather.SyntheticClimate;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The simulator as the demo's weather provider: the running simulator (wall time, serving only the weather station, on
 * a free port) answers its forecast over HTTP without a login, and the service's own weather provider, pointed at it,
 * serves that forecast as the provider's.
 */
@QuarkusTest
@TestProfile(SimWeatherForecastTest.SimulatorAsProvider.class)
class SimWeatherForecastTest {

    private static final String FORECAST = "/api/sim/weather/forecast";
    /** The synthetic climate the simulator runs with its default seed, rebuilt here. */
    private static final SyntheticClimate CLIMATE = new SyntheticClimate(ClimateNormals.SHANGHAI, 20250721);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The simulator on; the service on a known port, so the provider's URL can name it. */
    public static class SimulatorAsProvider implements QuarkusTestProfile {

        private static final int HTTP_PORT = freePort();
        private static final int WEATHER_STATION_PORT = freePort();

        @Override
        public Map<String, String> getConfigOverrides() {
            Path directory;
            try {
                directory = Files.createTempDirectory("wardwatt-sim-weather");
                Files.writeString(directory.resolve("devices.yaml"), "devices:\n  - {code: WX, name: \"Rooftop weather station\", "
                        + "template: wardwatt-weather-station, host: 127.0.0.1, port: " + WEATHER_STATION_PORT + ", unitId: 1, interval: 60s}\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            directory.toFile().deleteOnExit();
            Map<String, String> config = new HashMap<>();
            config.put("wardwatt.sim.enabled", "true");
            config.put("wardwatt.sim.devices-file", directory.resolve("devices.yaml").toString());
            config.put("wardwatt.sim.counter-file", directory.resolve("sim-counters.properties").toString());
            config.put("quarkus.http.test-port", String.valueOf(HTTP_PORT));
            config.put("wardwatt.forecast.weather.provider.enabled", "true");
            config.put("wardwatt.forecast.weather.provider.url-template", "http://127.0.0.1:" + HTTP_PORT + FORECAST + "?hours=72");
            return config;
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    SimulatorService simulator;

    @Test
    void seventyTwoHoursStampedWithTheirEndInUtcNearTheSimulatedWeatherAndOffByTheDocumentedError() {
        Instant before = simulator.running().orElseThrow().clockNow();
        JsonNode hourly = json(anonymous().queryParam("hours", 72).get(FORECAST).then().statusCode(200)
                .body("timezone", equalTo("GMT")).body("utc_offset_seconds", equalTo(0))
                .body("hourly_units.temperature_2m", equalTo("°C")).extract().asString()).path("hourly");
        Instant after = simulator.running().orElseThrow().clockNow();

        assertEquals(72, hourly.path("time").size());
        for (String series : List.of("temperature_2m", "relative_humidity_2m", "shortwave_radiation")) {
            assertEquals(72, hourly.path(series).size(), series);
        }
        Instant first = LocalDateTime.parse(hourly.path("time").get(0).asText()).toInstant(ZoneOffset.UTC);
        assertTrue(List.of(nextHour(before), nextHour(after)).contains(first),
                "the first hour ends at the end of the current simulated hour: " + first + ", simulated " + before + " .. " + after);
        double absoluteErrors = 0;
        for (int lead = 1; lead <= 72; lead++) {
            Instant end = first.plus(Duration.ofHours(lead - 1));
            String time = hourly.path("time").get(lead - 1).asText();
            assertTrue(time.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:00"), "local date-time without offset: " + time);
            assertEquals(end, LocalDateTime.parse(time).toInstant(ZoneOffset.UTC));
            OutdoorConditions truth = CLIMATE.at(end);
            double temperature = hourly.path("temperature_2m").get(lead - 1).asDouble();
            double humidity = hourly.path("relative_humidity_2m").get(lead - 1).asDouble();
            double irradiance = hourly.path("shortwave_radiation").get(lead - 1).asDouble();
            // Five standard deviations of the lead's error, plus the rounding.
            assertEquals(truth.dryBulbC(), temperature, 5 * ForecastError.temperatureSdK(lead) + 0.05, "temperature at " + end);
            assertEquals(truth.relativeHumidityPercent(), humidity, 5 * ForecastError.humiditySdPct(lead) + 0.5, "humidity at " + end);
            assertTrue(humidity >= 1 && humidity <= 100, "humidity " + humidity);
            double meanIrradiance = hourlyMeanIrradiance(end);
            assertEquals(meanIrradiance, irradiance, Math.min(1, 5 * ForecastError.cloudSd(lead)) * meanIrradiance + 0.5,
                    "irradiance, the mean of the hour before " + end);
            absoluteErrors += Math.abs(temperature - truth.dryBulbC());
        }
        assertTrue(absoluteErrors / 72 > 0.3, "a forecast, not the weather itself: mean error " + absoluteErrors / 72 + " K");

        anonymous().queryParam("hours", 0).get(FORECAST).then().statusCode(400).body("problems[0].where", equalTo("hours"));
    }

    @Test
    void theServicesWeatherProviderReadsTheSimulatorsForecastAsTheProvidersOwn() {
        String site = TestUsers.unique("SIMWX").toUpperCase();
        engineer().contentType(ContentType.JSON).body(Map.of("code", site, "name", "Simulated weather " + site, "timeZone", "Asia/Shanghai",
                        "floorAreaM2", 1000, "gridRegion", "CN-EAST", "province", "CN-SH"))
                .post("/api/sites").then().statusCode(201);

        // The provider fetches within the read, between these two answers: its values are those of one of them.
        Map<Instant, Double> earlier = temperatures(anonymous().get(FORECAST).then().statusCode(200).extract().asString());
        JsonNode served = json(auditor().pathParam("site", site).queryParam("hours", 48).get("/api/sites/{site}/weather/forecast").then().statusCode(200)
                .body("hours.size()", equalTo(48)).extract().asString()).path("hours");
        Map<Instant, Double> later = temperatures(anonymous().get(FORECAST).then().statusCode(200).extract().asString());
        auditor().get("/api/weather/provider").then().statusCode(200).body("status", equalTo("up"));

        for (int i = 0; i < 48; i++) {
            Instant hour = Instant.parse(served.get(i).path("hour").asText());
            assertEquals("provider", served.get(i).path("source").asText(), hour.toString());
            double temperature = served.get(i).path("temperatureC").asDouble();
            assertTrue(Math.abs(temperature - earlier.getOrDefault(hour, Double.NaN)) < 1e-6
                    || Math.abs(temperature - later.getOrDefault(hour, Double.NaN)) < 1e-6,
                    hour + ": " + temperature + " is the simulator's forecast, " + earlier.get(hour) + " or " + later.get(hour));
        }
    }

    private static Instant nextHour(Instant simulated) {
        return simulated.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
    }

    /** The hour's mean irradiance, integrated here every 10 s. */
    private static double hourlyMeanIrradiance(Instant end) {
        double sum = 0;
        for (int s = 5; s < 3600; s += 10) {
            sum += CLIMATE.at(end.minusSeconds(3600).plusSeconds(s)).globalHorizontalWm2();
        }
        return sum / 360;
    }

    private static Map<Instant, Double> temperatures(String answer) {
        JsonNode hourly = json(answer).path("hourly");
        Map<Instant, Double> values = new HashMap<>();
        for (int i = 0; i < hourly.path("time").size(); i++) {
            values.put(LocalDateTime.parse(hourly.path("time").get(i).asText()).toInstant(ZoneOffset.UTC),
                    hourly.path("temperature_2m").get(i).asDouble());
        }
        return values;
    }

    /** Read with Jackson: numbers as doubles, as the provider's reader takes them. */
    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
