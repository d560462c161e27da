package io.wardwatt.optimize.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The planning service: where plant models live, the daily job, the tariff and carbon it plans with, the solver's limits. */
@ConfigMapping(prefix = "wardwatt.optimize")
public interface OptimizeConfig {

    /**
     * The directory of plant definitions and chiller models; relative to the working directory. Scenarios name
     * files relative to it, and may name nothing outside it.
     */
    @WithDefault("chiller-models")
    Path modelsDir();

    /** The daily plan of the next day. */
    Daily daily();

    /** The time-of-use electricity tariff of the daily plan. */
    Tariff tariff();

    /** The grid's carbon intensity for the daily plan. */
    Carbon carbon();

    /** How long plans search. */
    Solver solver();

    /** The life cycle of approved plans. */
    Lifecycle lifecycle();

    /** Plan against actual: which meters measure the plant, and when a slot counts as a deviation. */
    Actual actual();

    /** The plant optimisation's measured savings, tallied over approved plans. */
    Savings savings();

    /** Intraday re-planning: when the measured cooling load leaves the plan in force's forecast, the rest of the day is planned again. */
    Replan replan();

    /**
     * The deviation rule and the watcher. The durations are checked at start-up (each must be positive, the interval
     * ≥ 0), with the key named.
     */
    interface Replan {

        /**
         * How often the watcher compares the measured cooling load ({@code actual.cooling-point}, its quarter-hour
         * rollups) with the plan in force (Quarkus cron); {@code off} switches it off (an engineer may still ask).
         */
        @WithDefault("0 */5 * * * ?")
        String cron();

        /** The share of the forecast the measured load must leave it by, %. */
        @WithDefault("15")
        @DecimalMin(value = "0", inclusive = false)
        @jakarta.validation.constraints.DecimalMax(value = "100", inclusive = false)
        double sharePercent();

        /** How long the deviation must hold, in one direction, before the rest of the day is re-planned. */
        @WithDefault("45m")
        Duration sustained();

        /** The smallest deviation that counts, kW thermal: night-time small loads do not re-plan. */
        @WithDefault("150")
        @DecimalMin("0")
        double minimumKw();

        /** The least time between two re-plans of one plan; an engineer's request within it returns the latest re-plan. */
        @WithDefault("60m")
        Duration minimumInterval();

        /** A gap between quarter-hour readings longer than this ends a deviation (nothing says it held). */
        @WithDefault("30m")
        Duration longestGap();

        /** The observed deviation's weight on the forecast ahead halves every this long. */
        @WithDefault("2h")
        Duration correctionHalfLife();

        /** The longest a re-plan searches (it is solved at once, beside the plan queue). */
        @WithDefault("10s")
        Duration solverTimeLimit();

        /** The deviation rule these keys make (its own checks name a bad value). */
        default io.wardwatt.optimize.replan.DeviationRule rule() {
            return new io.wardwatt.optimize.replan.DeviationRule(sharePercent() / 100, sustained(), minimumKw(), minimumInterval(), longestGap(),
                    correctionHalfLife());
        }
    }

    interface Savings {

        /**
         * The yearly target of measured plant savings, kWh: by default the seed plan's figure, 650 MWh a year
         * (conventional sequencing re-run on the measured load minus the measured plant energy).
         */
        @WithDefault("650000")
        @DecimalMin(value = "0", inclusive = false)
        double yearlyTargetKwh();

        /**
         * When the planned site's year is worked out ahead of the pages (Quarkus cron); {@code off} leaves it to the
         * first visit after a day's totals have gone stale (seconds for a few months of plans).
         */
        @WithDefault("0 */10 * * * ?")
        String warmCron();
    }

    /** The daily plan's site inputs from the site's own meters: which points, and how much history. */
    Site site();

    /**
     * Points by code in the planned site. A point left unset (or set empty) is absent: its term of the site's balance is
     * taken as 0 and the scenario's description says so, so a site without a battery or PV meter still plans. The chiller
     * plant's sub-meter is {@code actual.plant-point}: one meter, one key.
     */
    interface Site {

        /** The grid import counters (kWh), summed: the site's incomers. None: no other electricity and no month peak. */
        Optional<List<String>> importPoints();

        /** The PV generation counter, kWh. */
        Optional<String> pvPoint();

        /** The battery's discharged-energy counter, kWh. */
        Optional<String> batteryDischargePoint();

        /** The battery's charged-energy counter, kWh. */
        Optional<String> batteryChargePoint();

        /** The battery's state of charge, % of its capacity (a value point). */
        Optional<String> batteryStateOfChargePoint();

        /** The weather station's global horizontal irradiance, W/m² (a value point), for the PV calibration. */
        Optional<String> irradiancePoint();

        /** The weather station's air temperature, °C (a value point), for the PV calibration. */
        Optional<String> airTemperaturePoint();

        /** The PV calibration's history: the days before the plan's day. */
        @WithDefault("28")
        @Positive
        @Max(366)
        int pvCalibrationDays();

        /** Fewer days with daylight data than this, and the plant file's scale factor stands. */
        @WithDefault("7")
        @Positive
        int pvCalibrationMinDays();

        /** Fewer daylight hours with complete data than this, and the plant file's scale factor stands. */
        @WithDefault("50")
        @Positive
        int pvCalibrationMinHours();

        /** Other electricity is the mean of this many complete days of the plan day's type (working or not). */
        @WithDefault("4")
        @Min(2)
        @Max(28)
        int otherElectricityDays();

        /** How far back those days are looked for, days before the plan's day. */
        @WithDefault("28")
        @Positive
        @Max(366)
        int otherElectricitySearchDays();

        /** The battery's measured state of charge counts only when read this shortly before planning. */
        @WithDefault("1h")
        Duration stateOfChargeMaxAge();
    }

    interface Actual {

        /** The cooling delivered (BTU meter), a counter in kWh thermal, by point code in the plan's site. */
        @WithDefault("CHW.KWH")
        String coolingPoint();

        /** The chiller plant's electricity sub-meter, a counter in kWh. */
        @WithDefault("CHP.KWH")
        String plantPoint();

        /** A measured load further than this from the forecast, %, is a forecast error. */
        @WithDefault("10")
        @DecimalMin("0")
        double forecastErrorPercent();

        /** With the load as forecast, a plant power further than this from the plan's, %, is off plan. */
        @WithDefault("15")
        @DecimalMin("0")
        double offPlanPercent();
    }

    interface Lifecycle {

        /**
         * advisory: an approved plan is shown and tracked (it moves to dispatching when its day begins) but nothing is
         * written to the plant; dispatch: the dispatcher may write the plan in force. Recorded with each approval.
         */
        @WithDefault("advisory")
        @Pattern(regexp = "advisory|dispatch")
        String mode();

        /**
         * How often approved plans are moved on: to dispatching when their first slot begins, to done when their last
         * slot ends. {@code off} switches it off (%test does; tests move them with an explicit instant).
         */
        @WithDefault("0 * * * * ?")
        String cron();
    }

    interface Daily {

        /**
         * When the job plans the next day (Quarkus cron: seconds minutes hours day-of-month month day-of-week), in
         * {@link #timeZone()}. {@code off} switches the job off; {@code POST /api/sites/{site}/plans/daily} still plans on request.
         */
        @WithDefault("0 30 17 * * ?")
        String cron();

        /** The site's time zone: the cron runs in it, and "tomorrow" is its tomorrow. */
        @WithDefault("Asia/Shanghai")
        ZoneId timeZone();

        /** The site planned (its code in the site model; the demo's is HOSP). */
        @WithDefault("HOSP")
        String site();

        /** The plant definition file, relative to {@link OptimizeConfig#modelsDir()}. */
        @WithDefault("plants/demo-hospital.yaml")
        String plant();
    }

    interface Tariff {

        /**
         * A seasonal tariff file below the models directory (format in chiller-models/README.md, "Tariff files"), e.g.
         * {@code tariffs/shanghai-general-commercial-10kv.yaml}: periods and prices by month, the critical peak, the
         * demand charge. When set, {@link #periods()} must not be.
         */
        Optional<String> file();

        /**
         * The day's periods, the same every day of the year, covering 00:00 to 24:00 without overlap (checked when a
         * plan is read). Keys {@code wardwatt.optimize.tariff.periods[i].name|from|to|price-per-kwh}. Used when no
         * {@link #file()} is set.
         */
        Optional<List<Period>> periods();

        interface Period {

            /** peak, flat, valley, critical-peak, ... (shown on every slot of the plan). */
            String name();

            /** Local start, HH:mm. */
            @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d")
            String from();

            /** Local end, HH:mm (24:00 for the end of the day). */
            @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d|24:00")
            String to();

            /** Electricity price, CNY/kWh. */
            @DecimalMin("0")
            double pricePerKwh();
        }
    }

    interface Carbon {

        /**
         * Where the plan's grid emission factor comes from: {@code factor-set} (the ledger's own: the location-based
         * grid factor of the factor set in force for the plan's month and the site's region, so a plan and the
         * ledger book the same electricity alike) or {@code fixed} ({@link #kgPerKwh()}).
         */
        @WithDefault("factor-set")
        @Pattern(regexp = "factor-set|fixed")
        String source();

        /**
         * Grid emission factor, kg CO2 per kWh, every slot, with source {@code fixed}, and when the factor set has
         * no grid factor for the site's region and month (the plan's description then says so).
         */
        @WithDefault("0.55")
        @DecimalMin("0")
        double kgPerKwh();
    }

    interface Solver {

        /** The longest a daily plan searches (a what-if scenario may set its own, up to {@link #maxTimeLimit()}). */
        @WithDefault("30s")
        Duration timeLimit();

        /** A search ends earlier once it has found no better plan for this long. */
        @WithDefault("5s")
        Duration unimprovedLimit();

        /** The search's random seed: with the same inputs and seed a plan is repeatable. */
        @WithDefault("0")
        long seed();

        /**
         * The longest search a posted scenario may ask for: there is one solver thread, so one long search holds
         * up every plan queued behind it.
         */
        @WithDefault("10m")
        Duration maxTimeLimit();

        /** Plans waiting beyond this many are refused (HTTP 409) rather than queued. */
        @WithDefault("100")
        @Positive
        @Max(10_000)
        int maxQueued();
    }
}
