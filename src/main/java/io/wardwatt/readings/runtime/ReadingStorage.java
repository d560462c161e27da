package io.wardwatt.readings.runtime;

import io.quarkus.runtime.StartupEvent;
import io.wardwatt.readings.StorageMode;
import io.wardwatt.readings.StorageStatus;
import io.wardwatt.readings.store.StorageModeProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * The storage mode of raw readings, detected at start-up from {@code storage_mode} (the migration decided it)
 * and checked against the database: the writer creates monthly partitions only in PARTITIONED mode.
 */
@ApplicationScoped
public class ReadingStorage {

    private static final Logger LOG = Logger.getLogger(ReadingStorage.class);

    @Inject
    StorageModeProbe probe;

    private volatile StorageStatus detected;

    void onStart(@Observes StartupEvent event) throws SQLException {
        detect();
    }

    /** Reads the mode once; whichever comes first, start-up or an early scheduled job, does it. */
    private synchronized StorageStatus detect() throws SQLException {
        if (detected != null) {
            return detected;
        }
        detected = probe.probe();
        if (detected.usable()) {
            LOG.infof("Readings storage: %s (%s)", detected.mode(), detected.detail());
        } else {
            LOG.errorf("Readings storage is not usable: %s", detected.detail());
        }
        return detected;
    }

    /** The mode found at start-up. */
    public StorageMode mode() {
        return status().mode();
    }

    /** What start-up found. */
    public StorageStatus status() {
        StorageStatus status = detected;
        if (status != null) {
            return status;
        }
        try {
            return detect();
        } catch (SQLException e) {
            throw new IllegalStateException("the readings storage mode could not be read: " + e.getMessage(), e);
        }
    }

    /** Asks the database again (the health check): the mode and whether it still holds. */
    public StorageStatus recheck() throws SQLException {
        return probe.probe();
    }
}
