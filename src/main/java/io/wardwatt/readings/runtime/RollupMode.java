package io.wardwatt.readings.runtime;

import io.wardwatt.readings.store.RollupStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which rollups the service writes, from the storage mode the schema migration recorded: in PARTITIONED mode
 * readings_15m and readings_1h are tables kept by the job; under TimescaleDB they are continuous aggregates the
 * job must not touch. Read once: the mode is fixed when the schema is created.
 */
@ApplicationScoped
public class RollupMode {

    @Inject
    RollupStore store;

    private volatile Boolean keptByService;

    public boolean valueRollupsKeptByService() {
        Boolean known = keptByService;
        if (known == null) {
            known = store.valueRollupsKeptByService();
            keptByService = known;
        }
        return known;
    }
}
