package io.wardwatt.control;

import java.time.Duration;

/**
 * Set-points move slowly: at most one change per {@code minInterval}, and by at most {@code maxKPerMinute} times
 * the minutes since the last change (a bigger step is cut to that, and the rest follows at the next changes). A
 * chiller's controller hunts and its compressor surges when the set-point jumps. Renewing the same value is no
 * change. Commands above BACnet's minimum on/off level are not limited.
 */
public final class SetpointRateGuard implements WriteGuard {

    private final double maxKPerMinute;
    private final Duration minInterval;

    public SetpointRateGuard(double maxKPerMinute, Duration minInterval) {
        if (!(maxKPerMinute > 0) || minInterval.isNegative()) {
            throw new IllegalArgumentException("the set-point rate limit needs a positive K/min and a minimum interval ≥ 0, got "
                    + maxKPerMinute + " K/min, " + minInterval);
        }
        this.maxKPerMinute = maxKPerMinute;
        this.minInterval = minInterval;
    }

    @Override
    public GuardVerdict check(ProposedWrite write) {
        LastWrite last = write.lastWrite();
        if (write.point().kind() != CommandKind.SUPPLY_SETPOINT || !write.command().priority().timingGuarded() || last == null
                || write.value() == last.value()) {
            return GuardVerdict.allow(write.value());
        }
        Duration since = Duration.between(last.changedAt(), write.now());
        if (since.compareTo(minInterval) < 0) {
            return GuardVerdict.hold(write.point() + " changed " + since.toSeconds() + " s ago; the next change waits until "
                    + last.changedAt().plus(minInterval) + " (minimum interval " + minInterval.toSeconds() + " s)");
        }
        double maxStep = maxKPerMinute * since.toMillis() / 60_000.0;
        double step = write.value() - last.value();
        if (Math.abs(step) <= maxStep) {
            return GuardVerdict.allow(write.value());
        }
        // rounded to the register's 0.01 K so that the read-back compares equal
        double limited = Math.round((last.value() + Math.copySign(maxStep, step)) * 100) / 100.0;
        return GuardVerdict.limit(limited, write.point() + " moves " + String.format("%.2f", step) + " K; limited to "
                + String.format("%.2f", limited - last.value()) + " K (" + maxKPerMinute + " K/min)");
    }
}
