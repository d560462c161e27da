package io.wardwatt.readings.rollup;

import java.time.Instant;
import java.util.Objects;

/**
 * A counter's physical meter was swapped at {@code replacedAt}: the old register stopped at
 * {@code oldFinalValue} and the new one started at {@code newInitialValue}.
 */
public record MeterReplacement(Instant replacedAt, double oldFinalValue, double newInitialValue) {

    public MeterReplacement {
        Objects.requireNonNull(replacedAt, "replacedAt");
    }
}
