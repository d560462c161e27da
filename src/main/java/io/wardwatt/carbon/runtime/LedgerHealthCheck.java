package io.wardwatt.carbon.runtime;

import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.input.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness "carbon-ledger": the factor set months are closed with (DOWN when the factor directory no longer reads: no
 * month could be closed), the monthly job's schedule, and what it last did per site. A month that failed to close is
 * shown, not DOWN: everything else still works, and the month can be closed on request once fixed.
 */
@Readiness
@ApplicationScoped
public class LedgerHealthCheck implements HealthCheck {

    @Inject
    FactorSets sets;

    @Inject
    CarbonConfig config;

    @Inject
    LedgerCloseJob job;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("carbon-ledger")
                .withData("closeCron", config.close().cron() + " (" + config.close().timeZone() + ")")
                .withData("sites", String.join(",", config.sites()));
        boolean up = true;
        try {
            FactorSet set = sets.current();
            response.withData("factorSet", set.id() + " (" + set.file() + ")");
        } catch (InvalidInputException e) {
            up = false;
            response.withData("factorSet", "cannot be read: " + e.getMessage());
        }
        if (job.lastOutcomes().isEmpty()) {
            response.withData("lastClose", "not run since start");
        }
        job.lastOutcomes().forEach((site, outcome) -> response.withData("lastClose." + site, outcome.at() + " " + outcome.month() + " "
                + outcome.result() + ": " + outcome.message()));
        return response.status(up).build();
    }
}
