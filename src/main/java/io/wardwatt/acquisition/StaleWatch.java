package io.wardwatt.acquisition;

import io.wardwatt.readings.Quality;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stale detection per point of one device. A point is stale when it stopped arriving (no good read for
 * {@code missedIntervals} intervals): then one STALE reading repeats its last value at the moment it is found
 * stale, so stored data says from when the value is no longer known (nothing is repeated after that, nothing is
 * invented). A {@code mustChange} point is stale when its value has not changed for its {@code staleAfter}
 * (while its {@code mustChangeWhile} point reads 1, if it has one): its readings are then stored with STALE.
 */
final class StaleWatch {

    private static final class Track {
        Instant lastGoodAt;
        double lastValue;
        Instant changedAt;
        boolean frozen;
        boolean missingMarked;
    }

    private final List<RegisterPoint> points;
    private final Duration missingAfter;
    private final Duration frozenAfter;
    private final Instant startedAt;
    private final Map<String, Track> tracks = new HashMap<>();

    StaleWatch(List<RegisterPoint> points, Duration interval, PollerSettings settings, Instant startedAt) {
        this.points = List.copyOf(points);
        this.missingAfter = interval.multipliedBy(settings.missedIntervals());
        this.frozenAfter = settings.frozenAfter();
        this.startedAt = startedAt;
        points.forEach(p -> tracks.put(p.name(), new Track()));
    }

    /**
     * Qualifies this cycle's values and adds a STALE marker for each point that has just been found missing.
     *
     * @param read the finite values read this cycle, each with its arrival time
     */
    List<PolledValue> evaluate(List<PolledValue> read, Instant now) {
        Map<String, Double> thisCycle = new HashMap<>();
        read.forEach(v -> thisCycle.put(v.point().name(), v.value()));
        List<PolledValue> out = new ArrayList<>(read.size());
        for (PolledValue v : read) {
            RegisterPoint p = v.point();
            Track t = tracks.get(p.name());
            boolean changed = t.lastGoodAt == null || Double.compare(v.value(), t.lastValue) != 0;
            if (changed || !p.mustChange() || !conditionHolds(p, thisCycle)) {
                // a stopped machine's counter rightly holds: the frozen clock starts when it runs
                t.changedAt = v.ts();
            }
            Duration limit = p.staleAfter() == null ? frozenAfter : p.staleAfter();
            t.frozen = p.mustChange() && !Duration.between(t.changedAt, v.ts()).minus(limit).isNegative();
            t.lastGoodAt = v.ts();
            t.lastValue = v.value();
            t.missingMarked = false;
            out.add(new PolledValue(p, v.ts(), v.value(), t.frozen ? Quality.STALE : Quality.GOOD));
        }
        for (RegisterPoint p : points) {
            Track t = tracks.get(p.name());
            if (!thisCycle.containsKey(p.name()) && t.lastGoodAt != null && !t.missingMarked && isMissing(t, now)) {
                t.missingMarked = true;
                out.add(new PolledValue(p, now, t.lastValue, Quality.STALE));
            }
        }
        return out;
    }

    /** The names of the points stale now: frozen, or not read for the missing limit (or never, since start-up). */
    Set<String> stalePoints(Instant now) {
        Set<String> stale = new HashSet<>();
        for (RegisterPoint p : points) {
            Track t = tracks.get(p.name());
            if (t.frozen || isMissing(t, now)) {
                stale.add(p.name());
            }
        }
        return stale;
    }

    private boolean isMissing(Track t, Instant now) {
        Instant since = t.lastGoodAt == null ? startedAt : t.lastGoodAt;
        return !Duration.between(since, now).minus(missingAfter).isNegative();
    }

    private boolean conditionHolds(RegisterPoint p, Map<String, Double> thisCycle) {
        if (p.mustChangeWhile() == null) {
            return true;
        }
        Double condition = thisCycle.get(p.mustChangeWhile());
        if (condition == null) {
            Track t = tracks.get(p.mustChangeWhile());
            condition = t == null || t.lastGoodAt == null ? null : t.lastValue;
        }
        return condition != null && condition == 1.0;
    }
}
