package io.wardwatt.acquisition;

import java.time.Duration;
import java.util.Objects;

/**
 * What all device pollers share: request grouping, back-off and stale detection.
 *
 * @param backoffMultiplier   after n failed cycles in a row the next attempt waits interval * multiplier^n ...
 * @param backoffMax          ... but never longer than this (nor shorter than the interval)
 * @param faultyAfter         failed cycles in a row after which the device is FAULTY
 * @param missedIntervals     a point with no good read for this many intervals is stale (it stopped arriving)
 * @param frozenAfter         how long a {@code mustChange} point may hold one value before it is stale, unless its
 *                            template sets {@code staleAfter}
 */
public record PollerSettings(PlanLimits limits, double backoffMultiplier, Duration backoffMax, int faultyAfter, int missedIntervals,
                             Duration frozenAfter) {

    public static final PollerSettings DEFAULT = new PollerSettings(PlanLimits.DEFAULT, 2.0, Duration.ofMinutes(5), 3, 3,
            Duration.ofMinutes(15));

    public PollerSettings {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(backoffMax, "backoffMax");
        Objects.requireNonNull(frozenAfter, "frozenAfter");
        if (backoffMultiplier < 1.0) {
            throw new IllegalArgumentException("backoffMultiplier must be at least 1, got " + backoffMultiplier);
        }
        if (faultyAfter < 1 || missedIntervals < 1) {
            throw new IllegalArgumentException("faultyAfter and missedIntervals must be at least 1");
        }
    }

    /** The plan limits of one device: its own {@code maxGap} when it has one. */
    public PlanLimits limitsFor(DeviceConfig device) {
        return device.maxGap() == null ? limits : limits.withMaxGap(Math.min(device.maxGap(), limits.maxRegisters() - 1));
    }

    /** The pause before the next cycle after {@code failures} failed cycles in a row (0: the interval). */
    public Duration delayAfter(Duration interval, int failures) {
        if (failures <= 0) {
            return interval;
        }
        double factor = Math.pow(backoffMultiplier, Math.min(failures, 30));
        double millis = Math.min(interval.toMillis() * factor, Math.max(backoffMax.toMillis(), interval.toMillis()));
        return Duration.ofMillis((long) millis);
    }
}
