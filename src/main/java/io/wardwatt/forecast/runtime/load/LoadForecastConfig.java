package io.wardwatt.forecast.runtime.load;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The load forecasts the service makes itself ({@code wardwatt.forecast.load.*}): which sites, which loads (targets)
 * from which points, how models are trained and when forecasts are issued.
 */
@ConfigMapping(prefix = "wardwatt.forecast.load")
public interface LoadForecastConfig {

    /** The sites whose loads are forecast on schedule (codes in the site model). */
    @WithDefault("HOSP")
    List<String> sites();

    /** The loads forecast, by name (lower case: cooling, electricity, ...). */
    @NotEmpty
    Map<@Pattern(regexp = "[a-z][a-z0-9-]*") String, Target> targets();

    /** The target whose forecasts become the day forecasts the daily plant plan is made from. */
    @WithDefault("cooling")
    String planningTarget();

    /** The day calendar of holidays and make-up working days: cn or uk (built in). */
    @WithDefault("cn")
    String calendar();

    /** Local days each model is trained on (the most recent ones before the training day). */
    @WithDefault("56")
    @Min(14)
    @Max(365)
    int trainDays();

    /** Hours each issue forecasts, from the hour it is issued in. */
    @WithDefault("48")
    @Min(24)
    @Max(96)
    int horizonHours();

    /** Days of walk-forward backtest scored when a model is trained (0: none), shown beside the model. */
    @WithDefault("28")
    @Min(0)
    @Max(365)
    int backtestDays();

    /** Outdoor weather measured on site (points of the site), preferred to any other weather for past hours. */
    WeatherPoints weatherPoints();

    /** The schedule. */
    Schedule schedule();

    interface Target {

        /**
         * Point codes of the site summed into the load: counters (kWh, MWh or Wh; the hour's consumption is the
         * mean load) or instantaneous values (kW, MW or W; the hour's mean).
         */
        @NotEmpty
        List<String> points();
    }

    interface WeatherPoints {

        /** Outdoor dry-bulb temperature, °C. */
        Optional<String> temperature();

        /** Outdoor relative humidity, %. */
        Optional<String> humidity();

        /** Global horizontal irradiance, W/m². */
        Optional<String> solar();
    }

    interface Schedule {

        /** When models are trained again (Quarkus cron, in {@link #timeZone()}); {@code off} switches it off. */
        @WithDefault("0 20 0 * * ?")
        String trainCron();

        /** When forecasts are issued; {@code off} switches it off (issuing on request still works). */
        @WithDefault("0 5 * * * ?")
        String issueCron();

        @WithDefault("Asia/Shanghai")
        ZoneId timeZone();
    }
}
