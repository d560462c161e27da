package io.wardwatt.readings.runtime;

import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.readings.rollup.BucketConsumption;
import io.wardwatt.readings.rollup.ConsumptionSpread;
import io.wardwatt.readings.rollup.CounterRules;
import io.wardwatt.readings.rollup.PendingRange;
import io.wardwatt.readings.rollup.RecomputeWindow;
import io.wardwatt.readings.rollup.Sample;
import io.wardwatt.readings.rollup.ValueRollup;
import io.wardwatt.readings.rollup.ValueStats;
import io.wardwatt.readings.rollup.WindowRollup;
import io.wardwatt.readings.store.RollupStore;
import io.wardwatt.readings.store.RollupTable;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.jboss.logging.Logger;

/**
 * Recomputes one point's rollups per transaction: claims its queued ranges, locks the point, reads the raw
 * readings of each window and replaces the window's buckets. A failure rolls the claim back with the rest.
 */
@ApplicationScoped
public class RollupWorker {

    private static final Logger LOG = Logger.getLogger(RollupWorker.class);

    /** What one transaction did: the point, how many windows, and the anomalies newly found. */
    public record PointOutcome(int pointId, int windows, int newAnomalies) {
    }

    /** A point whose recompute failed; its transaction was rolled back, so its queue rows are back. */
    public static class PointFailure extends RuntimeException {
        private final int pointId;

        PointFailure(int pointId, RuntimeException cause) {
            super("Rollup of point " + pointId + " failed: " + cause.getMessage(), cause);
            this.pointId = pointId;
        }

        public int pointId() {
            return pointId;
        }
    }

    @Inject
    RollupStore store;

    @Inject
    PointDirectory points;

    @Inject
    RollupConfig config;

    @Inject
    ReadingStorage storage;

    /** @return empty when no point is waiting (other than the skipped ones) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<PointOutcome> recomputeNextPoint(Collection<Integer> skipped) {
        List<PendingRange> claimed = store.claimNextPoint(skipped);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        int pointId = claimed.get(0).pointId();
        try {
            Optional<MeasurementPoint> point = points.byId(pointId);
            if (point.isEmpty()) {
                LOG.warnf("Dropped %d queued rollup range(s) of point %d, which does not exist", claimed.size(), pointId);
                return Optional.of(new PointOutcome(pointId, 0, 0));
            }
            store.lockPoint(pointId);
            int anomalies = 0;
            List<PendingRange> merged = PendingRange.merge(claimed, config.mergeGap());
            for (PendingRange range : merged) {
                anomalies += recompute(point.get(), range);
            }
            return Optional.of(new PointOutcome(pointId, merged.size(), anomalies));
        } catch (RuntimeException e) {
            throw new PointFailure(pointId, e);
        }
    }

    /**
     * Recomputes a point's rollups over [from, to] from its raw readings now, whatever the work queue holds, in its own
     * transaction and under the point's lock (a run of the job on the same point finishes first): for callers that must
     * not trust stored rollups, such as the carbon ledger closing or verifying a month from the readings as they are.
     *
     * @throws UnknownEntityException when the point does not exist
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PointOutcome recomputeNow(int pointId, Instant from, Instant to) {
        MeasurementPoint point = points.byId(pointId).orElseThrow(() -> new UnknownEntityException("point", pointId));
        store.lockPoint(pointId);
        return new PointOutcome(pointId, 1, recompute(point, new PendingRange(pointId, from, to)));
    }

    private int recompute(MeasurementPoint point, PendingRange range) {
        CounterRules rules = point.isCounter() ? counterRules(point) : null;
        Instant from = range.from();
        Instant to = range.to();
        if (rules != null) {
            // A late reading changes the step into it and the step out of it: reach to its neighbours.
            from = store.lastUsableBefore(point.id(), from).map(Sample::ts).orElse(from);
            to = store.firstUsableAfter(point.id(), to).map(Sample::ts).orElse(to);
        }
        RecomputeWindow window = RecomputeWindow.covering(from, to, point.zone());
        List<Sample> samples = new ArrayList<>();
        if (rules != null) {
            // The steps that cross the window's edges start or end at the readings just outside it.
            store.lastUsableBefore(point.id(), window.start()).ifPresent(samples::add);
        }
        samples.addAll(store.usableSamples(point.id(), window.start(), window.end()));
        if (rules != null) {
            store.firstUsableFrom(point.id(), window.end()).ifPresent(samples::add);
        }
        WindowRollup rollup = WindowRollup.compute(window, samples, rules,
                rules == null ? List.of() : store.replacements(point.id()));
        if (storage.mode().valueRollupsKeptByService()) {
            store.replaceValueBuckets(RollupTable.QUARTER_HOUR, point.id(), window, rollup.quarterHourValues());
            store.replaceValueBuckets(RollupTable.HOUR, point.id(), window, rollup.hourValues());
        }
        // Whole local days from the 15-minute relation (a continuous aggregate under TimescaleDB): the buckets
        // outside the window are unchanged and were right already.
        Instant daysStart = window.daysStart(point.zone());
        Instant daysEnd = window.daysEnd(point.zone());
        SortedMap<LocalDate, ValueStats> days = ValueRollup.byDay(store.quarterHourValues(point.id(), daysStart, daysEnd), point.zone());
        days.keySet().removeIf(day -> !window.contains(day));
        store.replaceValueDays(point.id(), window, days);
        if (rules == null) {
            return 0;
        }
        int storedBefore = store.storedAnomalies(point.id(), window);
        store.replaceConsumption(point.id(), window, rollup.quarterHourConsumption(), rollup.hourConsumption());
        SortedMap<LocalDate, BucketConsumption> consumedDays = ConsumptionSpread.days(store.quarterHourConsumption(point.id(), daysStart, daysEnd), point.zone());
        consumedDays.keySet().removeIf(day -> !window.contains(day));
        store.replaceConsumptionDays(point.id(), window, consumedDays);
        return Math.max(0, rollup.anomalies() - storedBefore);
    }

    private CounterRules counterRules(MeasurementPoint point) {
        return new CounterRules(point.rolloverValue(), config.counters().wrapWindowFraction(), config.counters().implausibleStepFraction());
    }
}
