package io.wardwatt.readings;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The limits of an acceptable reading time: at most {@code futureTolerance} ahead of the service's clock
 * (device clocks drift), and not before {@code earliest} (a device whose clock was reset reports 1970 or 2000).
 */
public record ValidationRules(Duration futureTolerance, Instant earliest) {

    public ValidationRules {
        Objects.requireNonNull(futureTolerance, "futureTolerance");
        Objects.requireNonNull(earliest, "earliest");
        if (futureTolerance.isNegative()) {
            throw new IllegalArgumentException("the future tolerance cannot be negative: " + futureTolerance);
        }
    }
}
