package io.wardwatt.forecast.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The weather provider that forecasts are fetched from ({@code wardwatt.forecast.weather.*}). Kept apart from the
 * load-forecast settings so that the two can change independently.
 */
@ConfigMapping(prefix = "wardwatt.forecast.weather")
public interface WeatherConfig {

    /** The HTTP weather provider. */
    Provider provider();

    /** Where the provider's JSON answer holds each hourly series (dotted paths to arrays). */
    Fields fields();

    /** The typical year imported at start-up, the last fallback of the forecast. */
    Typical typical();

    interface Typical {

        /**
         * An EPW typical-year file imported at start-up while the site has no typical year stored; relative to the
         * working directory. A missing file is logged and skipped (the EPW files we use may not be shipped).
         */
        Optional<Path> file();

        /** The site the file is for. */
        @WithDefault("HOSP")
        String site();
    }

    interface Provider {

        /** Whether forecasts are fetched at all; off in the demo (no internet), which then serves the typical year. */
        @WithDefault("false")
        boolean enabled();

        /**
         * The URL fetched for a site; {@code {site}} is replaced by the site code. The default asks Open-Meteo for the
         * Shanghai demo hospital, with times in GMT.
         */
        @WithDefault("https://api.open-meteo.com/v1/forecast?latitude=31.23&longitude=121.47"
                + "&hourly=temperature_2m,relative_humidity_2m,shortwave_radiation&timezone=GMT&forecast_days=3")
        String urlTemplate();

        /** The zone of times in the answer that carry no offset (Open-Meteo with timezone=GMT: UTC). */
        @WithDefault("UTC")
        String timesZone();

        /** How long one request may take, connecting included. */
        @WithDefault("5s")
        Duration timeout();

        /** Requests per fetch, the first included, before the provider counts as down. */
        @WithDefault("3")
        @Min(1)
        @Max(10)
        int attempts();

        /** Wait before the second request; each further wait is twice the one before. */
        @WithDefault("500ms")
        Duration backoff();

        /** A site's forecast is not fetched again within this time of its last successful fetch. */
        @WithDefault("30m")
        Duration cacheTtl();

        /** After a failed fetch, reads serve the fallback without asking the provider again for this long. */
        @WithDefault("5m")
        Duration retryAfterFailure();

        /**
         * When the scheduled refresh runs (Quarkus cron: seconds minutes hours day-of-month month day-of-week, in
         * Asia/Shanghai), so that the archive of provider forecasts the load models train on grows even when nobody reads
         * forecasts. It fetches only what the cache and the retry-after-failure allow. {@code off} switches it off.
         */
        @WithDefault("0 2 * * * ?")
        String refreshCron();

        /** The sites (codes in the site model) whose forecasts the scheduled refresh fetches. */
        @WithDefault("HOSP")
        List<String> sites();
    }

    interface Fields {

        /** Times of the hours (ISO instant, ISO local date-time in times-zone, or Unix seconds). */
        @WithDefault("hourly.time")
        String time();

        /** Air temperature, °C. */
        @WithDefault("hourly.temperature_2m")
        String temperature();

        /** Relative humidity, %. */
        @WithDefault("hourly.relative_humidity_2m")
        String relativeHumidity();

        /** Global horizontal irradiance, W/m², mean of the hour before the time. */
        @WithDefault("hourly.shortwave_radiation")
        String solarRadiation();
    }
}
