package io.wardwatt.readings.query;

import io.wardwatt.readings.Quality;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks a bucketed series' grid: a bucket holding readings of lesser quality takes the worst of them; a finished bucket
 * (ended by {@code now}) without data is missing; consecutive buckets marked alike become one interval.
 */
public final class SeriesQuality {

    private SeriesQuality() {
    }

    /**
     * @param grid     every bucket of the period, in order
     * @param withData the starts of the buckets the series has a row for
     * @param flagged  per bucket start, the readings in it that are not good
     */
    public static List<QualityInterval> intervals(List<BucketSpan> grid, Set<Instant> withData, Map<Instant, FlaggedReadings> flagged,
                                                  Instant now) {
        List<QualityInterval> intervals = new ArrayList<>();
        for (BucketSpan bucket : grid) {
            QualityInterval mark = mark(bucket, withData, flagged, now);
            if (mark == null) {
                continue;
            }
            QualityInterval last = intervals.isEmpty() ? null : intervals.get(intervals.size() - 1);
            if (last != null && last.end().equals(mark.start()) && last.quality().equals(mark.quality())) {
                intervals.set(intervals.size() - 1, new QualityInterval(last.start(), mark.end(), last.quality(), last.readings() + mark.readings()));
            } else {
                intervals.add(mark);
            }
        }
        return intervals;
    }

    private static QualityInterval mark(BucketSpan bucket, Set<Instant> withData, Map<Instant, FlaggedReadings> flagged, Instant now) {
        FlaggedReadings f = flagged.get(bucket.start());
        if (f != null) {
            String quality = Quality.ofCode(f.worstCode()).map(Quality::label).orElse(Quality.BAD.label());
            return new QualityInterval(bucket.start(), bucket.end(), quality, f.count());
        }
        if (!withData.contains(bucket.start()) && !bucket.end().isAfter(now)) {
            return new QualityInterval(bucket.start(), bucket.end(), QualityInterval.MISSING, 0);
        }
        return null;
    }
}
