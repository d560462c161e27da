package io.wardwatt.sim.weather;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How far a weather service's forecast is off the weather that comes, in the simulated world: the error of one lead
 * time of one issue.
 *
 * <p>The standard deviation grows linearly with the lead {@code L} (hours from the start of the issue hour to the end of
 * the forecast hour):
 * <ul>
 *   <li>temperature {@code 0.8 K + 0.04 K·L}: 1.8 K a day ahead, 2.7 K two days ahead, the order of a global model's
 *       2-m temperature error at a city point without local correction;</li>
 *   <li>relative humidity {@code 4 + 0.12·L} percentage points (7 a day ahead, 10 two days ahead);</li>
 *   <li>cloud, as a relative error of the irradiance, {@code 0.10 + 0.005·L} (22 % a day ahead, 34 % two days ahead):
 *       the forecast irradiance is the true one times {@code 1 + e}, clamped to 0..2, so night stays dark and a
 *       forecast is never more than twice as sunny.</li>
 * </ul>
 * Within an issue the errors move smoothly with the lead, as real forecast errors do (a forecast too warm at 15:00 is
 * still too warm at 16:00): each is a first-order autoregressive series of standard normals with a correlation of
 * {@code exp(-1 h / 8 h)} from one hour to the next, times the standard deviation of its lead. The three quantities are
 * drawn independently. Each issue has its own generator, seeded with the simulator's seed and the issue hour, so the
 * same issue hour always gives the same errors (a longer forecast only adds hours), and another hour's issue others.
 *
 * @param temperatureK added to the temperature, K
 * @param humidityPct added to the relative humidity, percentage points
 * @param cloudFraction the irradiance's relative error
 */
public record ForecastError(double temperatureK, double humidityPct, double cloudFraction) {

    /** Hours over which an issue's errors lose most (1/e) of their resemblance. */
    static final double CORRELATION_HOURS = 8.0;

    public static double temperatureSdK(int leadHours) {
        return 0.8 + 0.04 * leadHours;
    }

    public static double humiditySdPct(int leadHours) {
        return 4.0 + 0.12 * leadHours;
    }

    public static double cloudSd(int leadHours) {
        return 0.10 + 0.005 * leadHours;
    }

    /**
     * The errors of leads 1 to {@code hours} of the forecast issued in the hour that starts at {@code issueHour}.
     *
     * @param seed the simulator's seed
     */
    public static List<ForecastError> ofIssue(long seed, Instant issueHour, int hours) {
        long hourIndex = Math.floorDiv(issueHour.getEpochSecond(), Duration.ofHours(1).toSeconds());
        SplittableRandom random = new SplittableRandom(seed ^ (hourIndex * 0x9E3779B97F4A7C15L));
        double persistence = Math.exp(-1.0 / CORRELATION_HOURS);
        double renewal = Math.sqrt(1 - persistence * persistence);
        double temperature = random.nextGaussian();
        double humidity = random.nextGaussian();
        double cloud = random.nextGaussian();
        List<ForecastError> errors = new ArrayList<>(hours);
        for (int lead = 1; lead <= hours; lead++) {
            if (lead > 1) {
                temperature = persistence * temperature + renewal * random.nextGaussian();
                humidity = persistence * humidity + renewal * random.nextGaussian();
                cloud = persistence * cloud + renewal * random.nextGaussian();
            }
            errors.add(new ForecastError(temperatureSdK(lead) * temperature, humiditySdPct(lead) * humidity, cloudSd(lead) * cloud));
        }
        return errors;
    }

    /** The factor the true irradiance is multiplied by: {@code 1 + cloudFraction}, within 0..2. */
    public double irradianceFactor() {
        return Math.max(0, Math.min(2, 1 + cloudFraction));
    }
}
