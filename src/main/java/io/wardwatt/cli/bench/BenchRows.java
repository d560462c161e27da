package io.wardwatt.cli.bench;

import java.time.Instant;

/**
 * The synthetic readings of a run: reading {@code j} is point {@code j % points} at step {@code j / points}, so a
 * batch is a few consecutive snapshots of every point, as a poller sends them. Both runs use the same times,
 * hence the same monthly partitions.
 */
record BenchRows(long readings, int points, int batch, Instant start, int intervalSeconds) {

    long batches() {
        return (readings + batch - 1) / batch;
    }

    long first(long batchIndex) {
        return batchIndex * batch;
    }

    long end(long batchIndex) {
        return Math.min(readings, (batchIndex + 1) * batch);
    }

    int pointIndex(long j) {
        return (int) (j % points);
    }

    Instant ts(long j) {
        return start.plusSeconds((j / points) * intervalSeconds);
    }

    double value(long j) {
        return pointIndex(j) + (j / points) * 0.25;
    }

    /** Appends {@link #value} as JSON without Double#toString, which would cost the load generator more than the rest. */
    void appendValue(StringBuilder json, long j) {
        long step = j / points;
        json.append(pointIndex(j) + step / 4).append(QUARTERS[(int) (step % 4)]);
    }

    private static final String[] QUARTERS = {".0", ".25", ".5", ".75"};
}
