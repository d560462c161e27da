package io.wardwatt.readings.rollup;

import java.time.Instant;

/** What a counter consumed between two of its readings, in the point's unit, and how it was worked out. */
public record ConsumptionInterval(Instant from, Instant to, double quantity, StepOutcome outcome) {

    public ConsumptionInterval {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("an interval ends after it starts: " + from + " .. " + to);
        }
        if (quantity < 0 || !Double.isFinite(quantity)) {
            throw new IllegalArgumentException("consumption is never negative: " + quantity);
        }
    }

    public int anomalies() {
        return outcome.isAnomaly() ? 1 : 0;
    }
}
