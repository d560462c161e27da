package io.wardwatt.readings.rollup;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a point's rollups hold for one recompute window, computed from its raw readings alone.
 *
 * @param quarterHourValues      value statistics per 15-minute bucket inside the window
 * @param hourValues             value statistics per hour inside the window
 * @param quarterHourConsumption consumption per 15-minute bucket inside the window (counters only, else empty)
 * @param hourConsumption        consumption per hour inside the window
 */
public record WindowRollup(SortedMap<Instant, ValueStats> quarterHourValues, SortedMap<Instant, ValueStats> hourValues,
                           SortedMap<Instant, BucketConsumption> quarterHourConsumption,
                           SortedMap<Instant, BucketConsumption> hourConsumption) {

    /**
     * @param samples      the point's readings inside the window; for a counter also the last usable reading
     *                     before the window and the first one after it, whose steps reach into the window
     * @param counter      the counter's rules, or null for a value point
     * @param replacements the counter's meter replacements (ignored for a value point)
     */
    public static WindowRollup compute(RecomputeWindow window, List<Sample> samples, CounterRules counter,
                                       List<MeterReplacement> replacements) {
        List<Sample> inside = samples.stream().filter(s -> window.contains(s.ts())).toList();
        SortedMap<Instant, ValueStats> quarterHours = ValueRollup.byBucket(inside, TimeBuckets.QUARTER_HOUR);
        SortedMap<Instant, ValueStats> hours = ValueRollup.byBucket(inside, TimeBuckets.HOUR);
        if (counter == null) {
            return new WindowRollup(quarterHours, hours, new TreeMap<>(), new TreeMap<>());
        }
        List<ConsumptionInterval> intervals = new CounterDelta(counter).intervals(samples, replacements);
        SortedMap<Instant, BucketConsumption> consumed = new TreeMap<>(ConsumptionSpread.quarterHours(intervals));
        consumed.keySet().removeIf(bucket -> !window.contains(bucket));
        return new WindowRollup(quarterHours, hours, consumed, ConsumptionSpread.hours(consumed));
    }

    public int anomalies() {
        return quarterHourConsumption.values().stream().mapToInt(BucketConsumption::anomalies).sum();
    }
}
