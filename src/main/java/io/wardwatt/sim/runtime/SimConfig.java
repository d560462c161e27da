package io.wardwatt.sim.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The simulated hospital's configuration. */
@ConfigMapping(prefix = "wardwatt.sim")
public interface SimConfig {

    /** Run the simulator inside the service (the demo does; tests and production do not). */
    @WithDefault("false")
    boolean enabled();

    /**
     * The devices to serve on Modbus TCP: code, template, host, port, unit id (the same file the poller reads,
     * so both sides agree on every register). Relative to the working directory.
     */
    @WithDefault("deploy/demo/devices.yaml")
    Path devicesFile();

    /** Directories of device templates besides those shipped in the jar. */
    Optional<List<Path>> templateDirs();

    /** Directory of the chiller model files (one YAML per chiller, CH1 first by file name). */
    @WithDefault("chiller-models/chillers")
    Path chillerModels();

    /**
     * An EnergyPlus EPW weather file to take the outdoor conditions from, read in place (e.g. the CSWD
     * Shanghai typical year; its licence does not allow shipping it). Empty: the synthetic Shanghai climate.
     */
    Optional<Path> weatherFile();

    /** Seed of the synthetic weather's passing systems, the exam bookings and the measurement noise. */
    @WithDefault("20250721")
    long seed();

    /** Simulated seconds per real second (1: real time; 60: an hour a minute). */
    @WithDefault("1")
    double speedFactor();

    /** The simulated instant at start-up, e.g. {@code 2025-07-21T06:00:00Z} for a summer day; empty: now. */
    Optional<Instant> start();

    /** How long written commands (enable, set-points) hold without being renewed by a write or a heartbeat. */
    @WithDefault("10m")
    Duration commandHold();

    /**
     * Where the simulated meters keep their counter registers across restarts (as real meters do); saved every
     * simulated minute and at shutdown. Empty: every start begins the counters afresh, and a poller that read
     * them before sees them run backwards.
     */
    Optional<Path> counterFile();

    /**
     * How often, in simulated time, the simulation advances and the register images are refreshed; with a
     * speed factor the real interval is this over the factor (at least 50 ms).
     */
    @WithDefault("1s")
    Duration updateInterval();

    /** Simulated history written at start-up, so that a fresh demo has weeks of readings to forecast from. */
    Backfill backfill();

    interface Backfill {

        /**
         * Days of history before the simulator's start to write when the site has no readings of {@link #points()}
         * in them; 0 writes none. The load forecast wants at least 28, better 56 or more.
         */
        @WithDefault("0")
        @Min(0)
        @Max(400)
        int days();

        /**
         * Where the history starts instead, when set: a date ({@code 2025-01-01}) or {@code baseline-year} (1 January of
         * the year before the simulator's start, the demo goals' baseline year), local midnight in the simulator's zone.
         * The last {@link #days()} keep the fine step and interval; older history uses {@link #olderStep()} and
         * {@link #olderInterval()}.
         */
        Optional<String> from();

        /**
         * The backfill's default points: the load forecast's cooling, electricity and weather; the gas and steam main
         * meters the saving goals count; what makes up the incomers' import (the chiller plant's sub-meter with all its
         * counters, PV, the battery's counters and state of charge, each imaging device's energy, power and state, the
         * standby watch's inputs), so that import = plant + building + imaging - PV - battery holds in the history too.
         */
        String DEFAULT_POINTS = "HOSP/CHW.KWH,HOSP/INC1.KWH,HOSP/INC2.KWH,HOSP/GAS.M3,HOSP/STEAM.T,HOSP/WX.OAT,HOSP/WX.RH,HOSP/WX.GHI,"
                + "HOSP/CHP.KWH,HOSP/CHP.KWH_EXP,HOSP/CHP.KVARH_IMP,HOSP/CHP.KWH_TOTAL,HOSP/PV.KWH,"
                + "HOSP/BESS.CHG.KWH,HOSP/BESS.DIS.KWH,HOSP/BESS.SOC,"
                + "HOSP/MRI1.KWH,HOSP/MRI1.KW,HOSP/MRI1.STATE,HOSP/MRI2.KWH,HOSP/MRI2.KW,HOSP/MRI2.STATE,"
                + "HOSP/CT1.KWH,HOSP/CT1.KW,HOSP/CT1.STATE,HOSP/CT2.KWH,HOSP/CT2.KW,HOSP/CT2.STATE,"
                + "HOSP/CT3.KWH,HOSP/CT3.KW,HOSP/CT3.STATE,HOSP/DSA1.KWH,HOSP/DSA1.KW,HOSP/DSA1.STATE,"
                + "HOSP/DSA2.KWH,HOSP/DSA2.KW,HOSP/DSA2.STATE";

        /**
         * The points to write, {@code SITE/POINT} as the poller stores them; each must be served by the simulator.
         * Default {@link #DEFAULT_POINTS}.
         */
        @WithDefault(DEFAULT_POINTS)
        List<String> points();

        /**
         * The model's time step over the history. One minute keeps hourly energy within about 0.5 % of the live
         * one-second model at 1/60 of its cost; coarser steps shift energy between hours (5 min: up to 3 %).
         */
        @WithDefault("1m")
        Duration step();

        /** A reading of every point every this long (a multiple of the step, dividing an hour). */
        @WithDefault("5m")
        Duration interval();

        /** The model's step over history older than {@link #days()} (with {@link #from()}): monthly energy, not hourly shape. */
        @WithDefault("5m")
        Duration olderStep();

        /** A reading every this long over history older than {@link #days()}. */
        @WithDefault("15m")
        Duration olderInterval();

        /**
         * The day the demo "went live", in days before the simulator's start: the history runs under conventional
         * sequencing before it and under Wardwatt's daily plans from it (planned each evening as the service does and
         * dispatched in closed loop, {@code sim.closedloop.WardwattFromWentLive}), up to the day before the start, and
         * each day's plan is handed on to be stored as approved ({@link BackfilledPlans}). 0: conventional throughout.
         * Must lie inside the fine window ({@link #days()}), whose one-minute step dispatch needs.
         */
        @WithDefault("0")
        @Min(0)
        @Max(400)
        int wentLiveDays();

        /** How many moves each back-filled day's plan search evaluates (its limit, so a plan takes seconds, not 30 s). */
        @WithDefault("20000")
        @Min(1)
        long planMoves();
    }
}
