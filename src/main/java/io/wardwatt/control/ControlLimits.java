package io.wardwatt.control;

import java.time.Duration;

/**
 * The limits plant control keeps beyond the plant file's own (critical zones, minimum run and stop): how fast a
 * supply set-point may move, how long a plan command outlives its slot, and how each device's dispatch renews and
 * backs off. The service takes them from its configuration; a stepping loop gives its own.
 *
 * @param setpointRateKPerMin largest supply set-point change per minute, K/min
 * @param setpointMinInterval at most one set-point change this often
 * @param planMargin how long past its slot's end a plan command holds
 */
public record ControlLimits(double setpointRateKPerMin, Duration setpointMinInterval, Duration planMargin, DispatchSettings dispatch) {

    public ControlLimits {
        if (!(setpointRateKPerMin > 0) || setpointMinInterval.isNegative() || planMargin.isNegative()) {
            throw new IllegalArgumentException("control limits need a positive set-point rate and intervals ≥ 0, got " + setpointRateKPerMin
                    + " K/min, " + setpointMinInterval + ", " + planMargin);
        }
    }

    /** The service's defaults (wardwatt.control.*): 0.25 K/min, 2 min, 2 min margin, renew every 5 min. */
    public static final ControlLimits DEFAULTS = new ControlLimits(0.25, Duration.ofMinutes(2), Duration.ofMinutes(2),
            new DispatchSettings(Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofMinutes(5), 0.011));
}
