package io.wardwatt.readings.query;

import java.util.List;

/**
 * Consumption of one energy carrier over the period, in its canonical unit: the total, the anomalies counted
 * as zero, the counters added up (see {@link MeterSelection#RULE}) and the buckets.
 */
public record CarrierConsumption(String carrier, String unit, double total, int anomalies, List<MeterUsed> points,
                                 List<CarrierBucket> buckets) {

    /** A counter whose consumption is part of the total. */
    public record MeterUsed(int id, String key, String unit, String space) {
    }
}
