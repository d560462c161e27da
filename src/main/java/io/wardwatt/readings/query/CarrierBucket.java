package io.wardwatt.readings.query;

import java.time.Instant;

/** One bucket of a carrier's consumption, in the carrier's canonical unit. */
public record CarrierBucket(String period, Instant start, Instant end, double quantity, int anomalies) {
}
