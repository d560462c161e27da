package io.wardwatt.readings.runtime;

import io.wardwatt.readings.store.RollupQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;

/** What the reading table holds, for services that write history and must not write it over stored readings. */
@ApplicationScoped
public class StoredReadings {

    @Inject
    RollupQueries queries;

    /** True when any of the points has a reading in [from, to). */
    public boolean any(Collection<Integer> pointIds, Instant from, Instant to) {
        return !pointIds.isEmpty() && queries.anyReading(pointIds, from, to);
    }
}
