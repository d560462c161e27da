package io.wardwatt.readings.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/** The rollup job, counter plausibility, its health check and the query API's limits. */
@ConfigMapping(prefix = "wardwatt.rollups")
public interface RollupConfig {

    /** How often the rollup job drains its work queue (rollup_pending). The simple scheduler runs nothing below 1 s. */
    @WithDefault("10s")
    Duration interval();

    /** The most points one run recomputes before it leaves the rest to the next run, so a run stays short. */
    @WithDefault("500")
    @Positive
    int maxPointsPerRun();

    /** Queued ranges of one point closer together than this are recomputed as one window. */
    @WithDefault("6h")
    Duration mergeGap();

    /** How register steps of counters are judged. */
    Counters counters();

    /** The readiness check "rollups". */
    Health health();

    /** Limits of the series and consumption queries. */
    Query query();

    interface Counters {

        /**
         * A backwards step is taken as a register wrap only when the quantity it implies
         * (rollover - previous + current) is at most this fraction of the rollover value.
         */
        @WithDefault("0.1")
        @Positive
        @DecimalMax("0.99")
        double wrapWindowFraction();

        /**
         * A forward step larger than this fraction of the rollover value is implausible: counted as an anomaly
         * worth zero rather than as consumption.
         */
        @WithDefault("0.5")
        @Positive
        double implausibleStepFraction();
    }

    interface Health {

        /** The check is DOWN when the oldest queued range has waited longer than this. */
        @WithDefault("15m")
        Duration maxPendingAge();
    }

    interface Query {

        /** The most rows (buckets or raw readings) one series or consumption answer returns; larger ranges get a 400. */
        @WithDefault("10000")
        @Positive
        int maxRows();
    }
}
