package io.wardwatt.sim.weather;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The forecast a weather service would issue in the simulated world: the simulator's own weather at the hours ahead,
 * off by a {@link ForecastError} that grows with the lead. Hours are stamped with the instant they end, as the weather
 * provider's answers are read: temperature and relative humidity at that instant, irradiance the mean of the hour
 * before it. Values are rounded as Open-Meteo gives them (0.1 °C, 1 %, 0.1 W/m²).
 */
public final class SimulatedForecast {

    /** Irradiance samples per hour (at the middle of each minute): within 0.1 % of the hour's mean. */
    static final int IRRADIANCE_SAMPLES = 60;

    /** One forecast hour, stamped with the instant it ends. */
    public record Hour(Instant end, double temperatureC, double relativeHumidityPct, double ghiWm2) {
    }

    private SimulatedForecast() {
    }

    /**
     * The {@code hours} hours from the current one (the first ends at the next full hour), as issued in the hour
     * {@code now} falls in.
     */
    public static List<Hour> issue(Weather weather, long seed, Instant now, int hours) {
        if (hours < 1) {
            throw new IllegalArgumentException("a forecast has at least one hour, asked for " + hours);
        }
        Instant issueHour = now.truncatedTo(ChronoUnit.HOURS);
        List<ForecastError> errors = ForecastError.ofIssue(seed, issueHour, hours);
        List<Hour> forecast = new ArrayList<>(hours);
        for (int lead = 1; lead <= hours; lead++) {
            Instant end = issueHour.plus(Duration.ofHours(lead));
            OutdoorConditions at = weather.at(end);
            ForecastError error = errors.get(lead - 1);
            double humidity = Math.max(1, Math.min(100, at.relativeHumidityPercent() + error.humidityPct()));
            forecast.add(new Hour(end, round(at.dryBulbC() + error.temperatureK(), 10), round(humidity, 1),
                    round(meanIrradiance(weather, end) * error.irradianceFactor(), 10)));
        }
        return forecast;
    }

    /** The global horizontal irradiance averaged over the hour that ends at {@code end}, W/m². */
    public static double meanIrradiance(Weather weather, Instant end) {
        Instant start = end.minus(Duration.ofHours(1));
        long step = Duration.ofHours(1).toNanos() / IRRADIANCE_SAMPLES;
        double sum = 0;
        for (int i = 0; i < IRRADIANCE_SAMPLES; i++) {
            sum += weather.at(start.plusNanos(step * i + step / 2)).globalHorizontalWm2();
        }
        return sum / IRRADIANCE_SAMPLES;
    }

    private static double round(double value, int perUnit) {
        return Math.round(value * perUnit) / (double) perUnit;
    }
}
