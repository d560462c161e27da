package io.wardwatt.reporting.runtime;

import io.wardwatt.reporting.store.SubmissionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness "report-submission": the outbox backlog, how long the oldest report not yet accepted has waited, rejected
 * reports waiting for a person, and the last error. DOWN only while sending is enabled and a report has waited longer
 * than {@code health.max-wait}: with sending off, reports wait by design.
 */
@Readiness
@ApplicationScoped
public class SubmissionHealthCheck implements HealthCheck {

    @Inject
    SubmissionSteps steps;

    @Inject
    SubmissionWorker worker;

    @Inject
    ReportingConfig config;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("report-submission")
                .withData("platform", config.platform().enabled() ? config.platform().endpoint().map(Object::toString).orElse("?") : "disabled");
        try {
            SubmissionRepository.Backlog backlog = steps.backlog();
            long oldestSeconds = backlog.oldestUnacceptedAt() == null ? 0
                    : Math.max(0, Duration.between(backlog.oldestUnacceptedAt(), Instant.now()).toSeconds());
            response.withData("backlog", backlog.waiting())
                    .withData("pending", backlog.pending())
                    .withData("retrying", backlog.retrying())
                    .withData("sending", backlog.sending())
                    .withData("rejected", backlog.rejected())
                    .withData("accepted", backlog.accepted())
                    .withData("oldestWaitingAgeSeconds", oldestSeconds)
                    .withData("maxWaitSeconds", config.health().maxWait().toSeconds());
            if (backlog.lastError() != null) {
                response.withData("lastError", backlog.lastError());
            }
            worker.lastRun().ifPresent(last -> {
                response.withData("lastRunAt", last.finishedAt().toString()).withData("lastRunSent", last.summary().sent());
                if (last.error() != null) {
                    response.withData("lastRunError", last.error());
                }
            });
            boolean late = config.platform().enabled() && oldestSeconds > config.health().maxWait().toSeconds();
            return response.status(!late).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
