package io.wardwatt.readings.query;

/** A counter's consumption over the whole period, in its unit and in the canonical unit (null without a carrier). */
public record ConsumptionTotal(double quantity, Double canonicalQuantity, int anomalies) {
}
