package io.wardwatt.readings.rollup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A point's time range (both ends inclusive) whose rollups must be recomputed: a row of the work queue. */
public record PendingRange(int pointId, Instant from, Instant to) {

    public PendingRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + " .. " + to);
        }
    }

    /**
     * Merges ranges of the same point that overlap or lie closer than {@code gap}, so a burst of small batches
     * becomes one recompute while a late reading from last month does not drag a month of buckets along.
     */
    public static List<PendingRange> merge(List<PendingRange> ranges, Duration gap) {
        List<PendingRange> sorted = ranges.stream()
                .sorted(Comparator.comparingInt(PendingRange::pointId).thenComparing(PendingRange::from)).toList();
        List<PendingRange> merged = new ArrayList<>();
        PendingRange open = null;
        for (PendingRange next : sorted) {
            if (open != null && open.pointId == next.pointId && !next.from.isAfter(open.to.plus(gap))) {
                open = new PendingRange(open.pointId, open.from, next.to.isAfter(open.to) ? next.to : open.to);
            } else {
                if (open != null) {
                    merged.add(open);
                }
                open = next;
            }
        }
        if (open != null) {
            merged.add(open);
        }
        return merged;
    }
}
