package io.wardwatt.control.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * plant-control: DOWN when control is enabled and has not ticked for three tick intervals (the loop stopped, so the
 * plant falls back to its own control after its command hold); UP otherwise, with the open faults and whether the
 * plan is suspended (alarms, not outages: the other devices are still controlled).
 */
@Readiness
@ApplicationScoped
public class ControlHealthCheck implements HealthCheck {

    @Inject
    PlantControl control;

    @Inject
    ControlConfig config;

    private final Instant started = Instant.now();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("plant-control").withData("writing", control.enabled());
        if (!control.enabled()) {
            return response.withData("note", "off: nothing is written to the plant (wardwatt.control.enabled=false)").up().build();
        }
        if (control.unavailable().isPresent()) {
            return response.withData("error", control.unavailable().get()).down().build();
        }
        Instant now = Instant.now();
        // from control's memory: a probe every few seconds should not query the database and read the plan in force
        response.withData("faults", control.faultCount()).withData("suspended", control.planSuspended());
        Duration tick = tickInterval();
        if (tick != null) {
            Instant last = control.lastTick().orElse(started);
            if (Duration.between(last, now).compareTo(tick.multipliedBy(3)) > 0) {
                return response.withData("error", "no dispatch tick since " + last).down().build();
            }
        }
        return response.up().build();
    }

    private Duration tickInterval() {
        try {
            return Duration.parse("PT" + config.tick().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
