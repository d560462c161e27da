package io.wardwatt.readings.query;

import java.time.Instant;
import java.util.List;

/**
 * A point's series over [from, to): raw readings, or value statistics (VALUE points), or consumption with its
 * total (COUNTER points). Exactly the list that fits the point and resolution is present; the others are null.
 * A bucketed series carries its quality: the intervals that are missing or hold readings of lesser quality (raw
 * readings carry their own).
 */
public record PointSeries(PointSummary point, String resolution, Instant from, Instant to, List<RawValue> readings,
                          List<ValueBucket> values, List<ConsumptionBucket> consumption, ConsumptionTotal total,
                          List<QualityInterval> quality) {
}
