package io.wardwatt.sim.history;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The live simulator's counter registers as a poller reads them at one simulated instant, by site point code: where a
 * backfilled history of those counters must end, so that the stored series never runs backwards into the live one.
 */
public record LiveCounters(Instant at, Map<String, Double> values) {

    public LiveCounters {
        Objects.requireNonNull(at, "at");
        values = Map.copyOf(values);
    }

    public Optional<Double> value(String pointCode) {
        return Optional.ofNullable(values.get(pointCode));
    }
}
