package io.wardwatt.optimize;

/**
 * A constant-speed pump that runs exactly when its chiller runs (a primary chilled-water or condenser-water
 * pump piped to one chiller): the pump–chiller pairing rule.
 *
 * @param role {@code primary} or {@code condenser}
 * @param powerKw electric power at its duty point, kW
 */
public record PairedPump(String id, String role, double powerKw) {

    public PairedPump {
        if (!(powerKw >= 0) || Double.isInfinite(powerKw)) {
            throw new IllegalArgumentException("pump " + id + ": power must be a finite number ≥ 0 kW, got " + powerKw);
        }
    }
}
