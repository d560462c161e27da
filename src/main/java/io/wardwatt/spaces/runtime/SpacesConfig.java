package io.wardwatt.spaces.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.time.ZoneId;
import java.util.List;

/** Space energy and the meter balance check ({@code wardwatt.spaces.*}). */
@ConfigMapping(prefix = "wardwatt.spaces")
public interface SpacesConfig {

    Balance balance();

    interface Balance {

        /** The share of a parent meter's consumption allowed for losses before parent and children count as out of balance. */
        @WithDefault("0.03")
        @DecimalMin("0")
        @DecimalMax("0.5")
        double lossAllowance();

        /**
         * Whether the site's main meters (counters attached to no space) are balanced against the top-level spaces' meters.
         * Off by default: the demo site's sub-meters cover only part of the hospital, so the mains would always be out
         * of balance by the unmetered load.
         */
        @WithDefault("false")
        boolean siteMains();

        /** The sites the daily check covers. */
        @WithDefault("HOSP")
        List<String> sites();

        /** When the daily check judges the previous local day, and on the 1st also the previous month (Quartz cron, or off). */
        @WithDefault("0 40 1 * * ?")
        String cron();

        @WithDefault("Asia/Shanghai")
        ZoneId timeZone();
    }
}
