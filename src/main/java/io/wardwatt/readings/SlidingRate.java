package io.wardwatt.readings;

/**
 * Events per second over the last minute, in one-second buckets. Time is passed in by the caller
 * (milliseconds of any monotonic clock), so the arithmetic is testable without waiting.
 */
public final class SlidingRate {

    private static final int SECONDS = 60;

    private final long[] counts = new long[SECONDS];
    private final long[] bucketSecond = new long[SECONDS];

    public synchronized void add(long count, long nowMillis) {
        long second = Math.floorDiv(nowMillis, 1000L);
        int slot = (int) Math.floorMod(second, (long) SECONDS);
        if (bucketSecond[slot] != second) {
            bucketSecond[slot] = second;
            counts[slot] = 0;
        }
        counts[slot] += count;
    }

    /** The mean rate over the 60 seconds up to now (the current, partial second included). */
    public synchronized double perSecond(long nowMillis) {
        long now = Math.floorDiv(nowMillis, 1000L);
        long total = 0;
        for (int slot = 0; slot < SECONDS; slot++) {
            if (now - bucketSecond[slot] < SECONDS && bucketSecond[slot] <= now) {
                total += counts[slot];
            }
        }
        return total / (double) SECONDS;
    }
}
