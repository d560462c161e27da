package io.wardwatt.sim.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedForecastTest {

    private final SyntheticClimate climate = new SyntheticClimate(ClimateNormals.SHANGHAI, 20250721);

    @Test
    void hoursAreStampedWithTheirEndFromTheCurrentHourAndStayNearTheWeatherThatComes() {
        Instant now = Instant.parse("2025-07-21T05:47:12Z");   // 13:47 in Shanghai

        List<SimulatedForecast.Hour> forecast = SimulatedForecast.issue(climate, 20250721, now, 72);

        assertEquals(72, forecast.size());
        double sunshine = 0;
        for (int lead = 1; lead <= 72; lead++) {
            SimulatedForecast.Hour hour = forecast.get(lead - 1);
            Instant end = Instant.parse("2025-07-21T05:00:00Z").plus(Duration.ofHours(lead));
            assertEquals(end, hour.end());
            OutdoorConditions truth = climate.at(end);
            assertEquals(truth.dryBulbC(), hour.temperatureC(), 5 * ForecastError.temperatureSdK(lead) + 0.05, "temperature at " + end);
            assertEquals(truth.relativeHumidityPercent(), hour.relativeHumidityPct(), 5 * ForecastError.humiditySdPct(lead) + 0.5,
                    "humidity at " + end);
            double irradiance = hourlyMean(end);
            assertEquals(irradiance, hour.ghiWm2(), Math.min(1, 5 * ForecastError.cloudSd(lead)) * irradiance + 0.5, "GHI at " + end);
            if (irradiance == 0) {
                assertEquals(0, hour.ghiWm2(), "night at " + end);
            }
            sunshine += hour.ghiWm2();
        }
        // Three July days in Shanghai: about 5 to 6 kWh/m² a day.
        assertTrue(sunshine > 3 * 3_000 && sunshine < 3 * 8_000, "forecast irradiation " + sunshine + " Wh/m²");
    }

    @Test
    void anIssueHourAlwaysGivesTheSameForecast() {
        Instant early = Instant.parse("2025-07-21T05:00:01Z");
        Instant late = Instant.parse("2025-07-21T05:59:59Z");
        assertEquals(SimulatedForecast.issue(climate, 1, early, 72), SimulatedForecast.issue(climate, 1, late, 72));
        assertEquals(SimulatedForecast.issue(climate, 1, early, 72).subList(0, 10), SimulatedForecast.issue(climate, 1, late, 10));
        assertThrows(IllegalArgumentException.class, () -> SimulatedForecast.issue(climate, 1, early, 0));
    }

    /** The hour's mean irradiance, integrated independently: every 10 s. */
    private double hourlyMean(Instant end) {
        double sum = 0;
        for (int s = 5; s < 3600; s += 10) {
            sum += climate.at(end.minusSeconds(3600).plusSeconds(s)).globalHorizontalWm2();
        }
        return sum / 360;
    }
}
