package io.wardwatt.carbon.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The carbon ledger in the service ({@code wardwatt.carbon.*}): where the factor sets are and which one closes
 * months, which meters give which ledger carriers, which sites the monthly job closes and when, and how large an
 * entry's evidence may be. Checked at start-up by {@link CarbonStartupCheck}.
 */
@ConfigMapping(prefix = "wardwatt.carbon")
public interface CarbonConfig {

    /** The emission factor sets. */
    Factors factors();

    /**
     * The metered ledger carriers, by carrier code ({@code electricity}, {@code pv_generated}, {@code natural_gas}, ...):
     * the counters of each site whose monthly consumption is the carrier's quantity. Carriers not named here are
     * entered by hand ({@code POST /api/sites/{site}/carbon/activities}).
     */
    Map<@Pattern(regexp = "[a-z][a-z_]*") String, Metering> activities();

    /** The monthly job that closes the previous month. */
    Close close();

    /** The sites whose months the job closes (codes in the site model). */
    @WithDefault("HOSP")
    List<String> sites();

    /** Evidence files attached to entries. */
    Evidence evidence();

    interface Factors {

        /**
         * The directory of factor sets ({@code *.yaml} below it, format in {@code carbon-factors/README.md}); relative to
         * the working directory. Read again whenever a month is computed, so a newly published set dropped in is used
         * without a restart (released sets are never edited: add a new file).
         */
        @WithDefault("carbon-factors")
        Path directory();

        /** The set months are closed and restated with: a set id, or {@code newest} for the set compiled last. */
        @WithDefault(FactorSets.NEWEST)
        @Pattern(regexp = "[a-z0-9][a-z0-9.-]*")
        String set();
    }

    interface Metering {

        /** Point codes of counters in the site model, added up (e.g. the two incomers: INC1.KWH,INC2.KWH). */
        @NotEmpty
        List<String> points();
    }

    interface Close {

        /**
         * When the job closes the previous month (Quarkus cron: seconds minutes hours day-of-month month day-of-week), in
         * {@link #timeZone()}; default 03:00 on the 2nd, leaving a day for late readings. {@code off} switches it off;
         * {@code POST /api/sites/{site}/carbon/ledgers/{month}/close} still closes on request.
         */
        @WithDefault("0 0 3 2 * ?")
        String cron();

        /** The time zone of the cron. */
        @WithDefault("Asia/Shanghai")
        ZoneId timeZone();
    }

    interface Evidence {

        /** The largest evidence file accepted, bytes (sent base64 in JSON, so a request carries a third more). */
        @WithDefault("10485760")
        @Min(1)
        @Max(50 * 1024 * 1024)
        int maxBytes();
    }
}
