package io.wardwatt.readings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The span of time a committed batch touched for one point: one row of the rollup job's work queue
 * ({@code rollup_pending}), so late and out-of-order readings reach the rollups like any other.
 */
public record PointRange(int pointId, Instant from, Instant to) {

    /**
     * One range per point of the readings, from its earliest to its latest instant, ordered by point. Cheapest
     * when readings of a point are adjacent (sorted by point, as the writer has them): one look-up per run.
     */
    public static List<PointRange> of(Iterable<Reading> readings) {
        Map<Integer, long[]> spans = new HashMap<>();
        int runPoint = 0;
        long[] span = null;
        for (Reading reading : readings) {
            long micros = reading.epochMicros();
            if (span == null || reading.pointId() != runPoint) {
                runPoint = reading.pointId();
                span = spans.computeIfAbsent(runPoint, p -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            }
            span[0] = Math.min(span[0], micros);
            span[1] = Math.max(span[1], micros);
        }
        List<PointRange> ranges = new ArrayList<>(spans.size());
        spans.forEach((point, s) -> ranges.add(new PointRange(point, instant(s[0]), instant(s[1]))));
        ranges.sort(java.util.Comparator.comparingInt(PointRange::pointId));
        return ranges;
    }

    private static Instant instant(long epochMicros) {
        return Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L), Math.floorMod(epochMicros, 1_000_000L) * 1_000L);
    }
}
