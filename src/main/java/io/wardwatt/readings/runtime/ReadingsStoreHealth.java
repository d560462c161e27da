package io.wardwatt.readings.runtime;

import io.wardwatt.readings.DurationText;
import io.wardwatt.readings.StorageStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the readings store: the storage mode and why, and the writer's lag and queue. DOWN when the
 * database cannot be reached, when the mode does not hold (TIMESCALEDB without the extension), or when the
 * oldest unwritten batch is older than {@code wardwatt.readings.writer.stuck-after}.
 */
@Readiness
@ApplicationScoped
public class ReadingsStoreHealth implements HealthCheck {

    @Inject
    ReadingStorage storage;

    @Inject
    ReadingWriter writer;

    @Inject
    ReadingsConfig config;

    @Override
    public HealthCheckResponse call() {
        long lagMillis = writer.lagMillis();
        HealthCheckResponseBuilder health = HealthCheckResponse.named("readings-store")
                .withData("writerLagMs", lagMillis)
                .withData("queuedReadings", writer.pendingReadings());
        StorageStatus status;
        try {
            status = storage.recheck();
        } catch (Exception e) {
            return health.down().withData("mode", storage.mode().name())
                    .withData("detail", "database unreachable: " + e.getMessage()).build();
        }
        health.withData("mode", status.mode().name()).withData("detail", status.detail());
        if (!status.usable()) {
            return health.down().build();
        }
        if (lagMillis > config.writer().stuckAfter().toMillis()) {
            return health.down().withData("detail", "writer stuck: the oldest unwritten batch waits for more than "
                    + DurationText.of(config.writer().stuckAfter()) + " (" + status.detail() + ")").build();
        }
        return health.up().build();
    }
}
