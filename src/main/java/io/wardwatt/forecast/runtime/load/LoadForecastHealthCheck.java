package io.wardwatt.forecast.runtime.load;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness "load-forecasts": what each site's targets last did. A failing target is shown, not DOWN: the rest of
 * the service works without it, and the daily plan falls back to an uploaded forecast.
 */
@Readiness
@ApplicationScoped
public class LoadForecastHealthCheck implements HealthCheck {

    @Inject
    LoadForecastJobs jobs;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("load-forecasts").up();
        if (jobs.outcomes().isEmpty()) {
            response.withData("last", "no training or issue since start");
        }
        for (JobOutcome outcome : jobs.outcomes()) {
            response.withData(outcome.site() + "/" + outcome.target() + "/" + outcome.job(),
                    (outcome.ok() ? "ok " : "FAILED ") + outcome.at() + ": " + outcome.message());
        }
        return response.build();
    }
}
