package io.wardwatt.sim.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness "simulator": UP when disabled (nothing to check) or when its ports are open and its simulated
 * time keeps up with the clock; shows the simulated time, the ports and the plant's state.
 */
@Readiness
@ApplicationScoped
public class SimulatorHealthCheck implements HealthCheck {

    /** Behind by more than this (simulated time), the update thread is stuck or failing. */
    static final Duration MAX_LAG = Duration.ofMinutes(1);

    @Inject
    SimulatorService service;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("simulator").withData("enabled", service.enabled());
        if (!service.enabled()) {
            return response.up().build();
        }
        return service.running().map(hospital -> {
            Instant simulated = hospital.lastUpdate();
            response.withData("openPorts", hospital.openPorts())
                    .withData("devices", hospital.ports().size())
                    .withData("simulatedTime", String.valueOf(simulated))
                    .withData("coolingLoadKw", Math.round(hospital.hospital().plant().loadKw()))
                    .withData("chillersRunning", hospital.hospital().plant().chillers().stream().filter(c -> c.running()).count());
            if (!hospital.unknownDevices().isEmpty()) {
                response.withData("notSimulated", String.join(",", hospital.unknownDevices()));
            }
            if (hospital.lastError() != null) {
                response.withData("lastError", hospital.lastError());
            }
            boolean current = simulated != null && hospital.lastError() == null
                    && Duration.between(simulated, hospital.clockNow()).compareTo(MAX_LAG) <= 0;
            return response.status(hospital.openPorts() > 0 && current).build();
        }).orElseGet(() -> response.down().withData("error", "not running").build());
    }
}
