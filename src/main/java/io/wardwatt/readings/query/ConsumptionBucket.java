package io.wardwatt.readings.query;

import java.time.Instant;

/**
 * A counter's consumption in one bucket: in the point's unit, in its carrier's canonical unit (null for a
 * counter without a carrier), and how many anomalous register steps were seen and counted as zero.
 */
public record ConsumptionBucket(String period, Instant start, Instant end, double quantity, Double canonicalQuantity,
                                int anomalies) {
}
