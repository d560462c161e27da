package io.wardwatt.readings.runtime;

import io.wardwatt.readings.store.RollupStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness "rollups": the backlog of the work queue and how long its oldest range has waited. */
@Readiness
@ApplicationScoped
public class RollupHealthCheck implements HealthCheck {

    @Inject
    RollupStore store;

    @Inject
    RollupJob job;

    @Inject
    RollupConfig config;

    @Inject
    ReadingStorage storage;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("rollups");
        try {
            RollupStore.Backlog backlog = store.backlog();
            long oldestSeconds = backlog.oldestQueuedAt() == null ? 0
                    : Math.max(0, Duration.between(backlog.oldestQueuedAt(), Instant.now()).toSeconds());
            response.withData("pendingRanges", backlog.rows())
                    .withData("oldestPendingAgeSeconds", oldestSeconds)
                    .withData("maxPendingAgeSeconds", config.health().maxPendingAge().toSeconds())
                    .withData("valueRollups", storage.mode().valueRollupsKeptByService() ? "tables kept by the service" : "continuous aggregates");
            job.lastRun().ifPresent(last -> {
                response.withData("lastRunFinishedAt", last.finishedAt().toString())
                        .withData("lastRunPoints", last.summary().points());
                if (last.error() != null) {
                    response.withData("lastRunError", last.error());
                }
            });
            return response.status(oldestSeconds <= config.health().maxPendingAge().toSeconds()).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
