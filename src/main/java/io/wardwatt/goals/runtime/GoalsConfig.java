package io.wardwatt.goals.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;

/** Saving goals ({@code wardwatt.goals.*}): the baseline model's degree-day base, bought steam, and the demo's seeded goals. */
@ConfigMapping(prefix = "wardwatt.goals")
public interface GoalsConfig {

    /** Base temperature of cooling and heating degree-days, °C. */
    @WithDefault("18")
    @DecimalMin("0")
    @DecimalMax("30")
    double baseTemperatureC();

    /**
     * Enthalpy of bought steam, GJ/t, to count it in tce as heat. Empty (the default): steam is raised on site by the gas
     * boilers, whose gas is counted already, so steam adds nothing to the total (it still has its own target in t).
     */
    Optional<@DecimalMin("1") @DecimalMax("4") Double> boughtSteamGjPerT();

    /** The leadership headline. */
    Headline headline();

    interface Headline {

        /** The site's PV generation counters (point codes) the headline adds up; codes a site does not have are skipped. */
        @WithDefault("PV.KWH")
        List<String> pvPoints();

        /**
         * How long an open month's carbon, computed as the ledger would close it (a few tenths of a second a month), is
         * reused by the headline; closed months are read from their stored ledger every time.
         */
        @WithDefault("15m")
        java.time.Duration carbonMaxAge();

        /**
         * When every site's headline is worked out ahead of the leadership page (Quarkus cron), so that a visit finds
         * the open months' carbon and the plant savings ready instead of computing two years of ledgers; {@code off}
         * leaves it to the first visit. Every 5 minutes keeps the open months (carbon-max-age) from ever going stale.
         */
        @WithDefault("0 */5 * * * ?")
        String warmCron();
    }

    /** Goals stored at start-up for a site that has none (the demo). */
    Seed seed();

    interface Seed {

        @WithDefault("true")
        boolean enabled();

        @WithDefault("HOSP")
        String site();

        /** {@code previous} (the calendar year before the one the service starts in) or a year. */
        @WithDefault("previous")
        @Pattern(regexp = "previous|20[0-9][0-9]")
        String baselineYear();

        /** {@code metric:percent}, e.g. {@code total-energy-tce:5}. */
        @WithDefault("total-energy-tce:5,energy-per-m2:8,steam:8")
        List<@Pattern(regexp = "[a-z0-9-]+:[0-9]+(\\.[0-9]+)?") String> targets();

        @WithDefault("1200")
        @Min(0)
        @Max(100000)
        int beds();
    }
}
