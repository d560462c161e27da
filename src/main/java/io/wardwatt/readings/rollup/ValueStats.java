package io.wardwatt.readings.rollup;

/** Statistics of a point's values in one bucket. Merging two buckets' stats gives the stats of their union. */
public record ValueStats(long count, double sum, double min, double max) {

    public ValueStats {
        if (count < 1) {
            throw new IllegalArgumentException("a bucket's statistics need at least one value");
        }
    }

    public static ValueStats of(double value) {
        return new ValueStats(1, value, value, value);
    }

    public ValueStats merge(ValueStats other) {
        return new ValueStats(count + other.count, sum + other.sum, Math.min(min, other.min), Math.max(max, other.max));
    }

    public double avg() {
        return sum / count;
    }
}
