package io.wardwatt.optimize.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness "planning": the solver thread, the plans waiting for it, and what the daily job last did. A day without
 * a forecast is shown, not DOWN: the service still serves everything else, and what-if runs still work.
 */
@Readiness
@ApplicationScoped
public class PlanningHealthCheck implements HealthCheck {

    @Inject
    PlanningService planning;

    @Inject
    DailyPlanning daily;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("planning")
                .withData("queueLength", planning.queueLength())
                .withData("solving", planning.solving().map(Object::toString).orElse("none"));
        daily.lastOutcome().ifPresentOrElse(last -> response
                        .withData("lastDailyRunAt", last.at().toString())
                        .withData("lastDailyDate", last.date().toString())
                        .withData("lastDailyResult", last.result())
                        .withData("lastDailyOutcome", last.message()),
                () -> response.withData("lastDailyResult", "not run since start"));
        return response.status(planning.running()).build();
    }
}
