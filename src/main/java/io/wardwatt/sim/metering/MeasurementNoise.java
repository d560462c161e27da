package io.wardwatt.sim.metering;

/**
 * Small deterministic measurement noise: the same seed, point and second always give the same deviation, so
 * runs repeat exactly while values still look like measurements. Uniform in [-amplitude, amplitude].
 */
public final class MeasurementNoise {

    private final long seed;

    public MeasurementNoise(long seed) {
        this.seed = seed;
    }

    public double deviation(String point, long epochSecond, double amplitude) {
        long z = seed ^ (point.hashCode() * 0x9E3779B97F4A7C15L) ^ (epochSecond * 0xBF58476D1CE4E5B9L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        double unit = (z >>> 11) * 0x1.0p-53;
        return (2 * unit - 1) * amplitude;
    }
}
