package io.wardwatt.acquisition.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.wardwatt.acquisition.PlanLimits;
import io.wardwatt.acquisition.PollerSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Modbus acquisition: which devices are polled, how requests are grouped, back-off, stale rules, writes. */
@ConfigMapping(prefix = "wardwatt.acquisition")
public interface AcquisitionConfig {

    /** Poll the devices of the devices file from start-up. Off in tests, which start their own pollers. */
    @WithDefault("true")
    boolean enabled();

    /** The devices file (see the README, "Devices file"); relative to the working directory. Absent: no device is polled. */
    Optional<Path> devicesFile();

    /** Directories of more templates ({@code *.yaml}) besides those shipped on the class path. */
    Optional<List<Path>> templateDirs();

    /** The site whose devices and points the polled devices are (created there when missing). */
    @WithDefault("HOSP")
    String site();

    /** How the points of a device are grouped into requests. */
    Plan plan();

    /** How a failing device is retried. */
    Backoff backoff();

    /** When a point's value is stale. */
    Stale stale();

    /** Readiness of the acquisition. */
    Health health();

    /** Allow writes to writable points ({@code PlantWriter}). Off unless switched on: the plant's own controls stay in charge. */
    @WithDefault("false")
    boolean writesEnabled();

    interface Plan {

        /** Registers per read request; the protocol allows 125, some gateways less. */
        @WithDefault("125")
        @Min(4)
        @Max(125)
        int maxRegisters();

        /** Coils or discrete inputs per read request; the protocol allows 2000. */
        @WithDefault("2000")
        @Min(1)
        @Max(2000)
        int maxBits();

        /** Unused registers read through to merge two requests (bits: 16 times as many); a device may set its own maxGap. */
        @WithDefault("10")
        @Min(0)
        @Max(124)
        int maxGap();
    }

    interface Backoff {

        /** After n failed cycles in a row the next one waits interval * multiplier^n. */
        @WithDefault("2.0")
        @DecimalMin("1.0")
        @DecimalMax("10.0")
        double multiplier();

        /** The longest wait between two attempts at a failing device. */
        @WithDefault("5m")
        Duration max();

        /** Failed cycles in a row after which a device is FAULTY. */
        @WithDefault("3")
        @Min(1)
        int faultyAfterCycles();
    }

    interface Stale {

        /** A point with no good read for this many of its device's intervals is stale. */
        @WithDefault("3")
        @Min(1)
        int missedIntervals();

        /** How long a mustChange point may hold one value before it is stale, unless its template sets staleAfter. */
        @WithDefault("15m")
        Duration frozenAfter();
    }

    interface Health {

        /** Readiness is UP while at least this share of the polled devices is OK (a faulty device shows in the data). */
        @WithDefault("0.5")
        @DecimalMin("0.0")
        @DecimalMax("1.0")
        double minOkShare();
    }

    /** The core's settings from this configuration. */
    default PollerSettings pollerSettings() {
        return new PollerSettings(new PlanLimits(plan().maxRegisters(), plan().maxBits(), plan().maxGap()), backoff().multiplier(),
                backoff().max(), backoff().faultyAfterCycles(), stale().missedIntervals(), stale().frozenAfter());
    }
}
