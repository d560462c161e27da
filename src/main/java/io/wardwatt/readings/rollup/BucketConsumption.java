package io.wardwatt.readings.rollup;

/** A counter's consumption in one bucket (point's unit) and the number of anomalous steps that ended in it. */
public record BucketConsumption(double quantity, int anomalies) {

    public static final BucketConsumption NONE = new BucketConsumption(0, 0);

    public BucketConsumption plus(BucketConsumption other) {
        return new BucketConsumption(quantity + other.quantity, anomalies + other.anomalies);
    }
}
