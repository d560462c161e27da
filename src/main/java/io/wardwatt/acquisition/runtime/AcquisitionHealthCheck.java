package io.wardwatt.acquisition.runtime;

import io.wardwatt.acquisition.DeviceState;
import io.wardwatt.acquisition.DeviceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness "acquisition": every device with its state (and last error when not OK). UP while at least the
 * configured share of polled devices is OK (or starting): one faulty meter shows in the data but does not take
 * the service out of rotation; most of the plant going silent does.
 */
@Readiness
@ApplicationScoped
public class AcquisitionHealthCheck implements HealthCheck {

    @Inject
    AcquisitionService acquisition;

    @Inject
    AcquisitionConfig config;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("acquisition");
        List<DeviceStatus> statuses = acquisition.statuses();
        long polled = statuses.stream().filter(s -> s.state() != DeviceState.DISABLED).count();
        long ok = statuses.stream().filter(s -> s.state() == DeviceState.OK || s.state() == DeviceState.STARTING).count();
        response.withData("devicesFile", acquisition.devicesFileNote()).withData("polled", polled).withData("ok", ok)
                .withData("minOkShare", String.valueOf(config.health().minOkShare()));
        for (DeviceStatus s : statuses) {
            boolean fine = s.state() == DeviceState.OK || s.state() == DeviceState.STARTING;
            response.withData(s.code(), fine || s.lastError() == null ? s.state().name() : s.state() + ": " + s.lastError());
        }
        boolean up = polled == 0 || ok >= Math.ceil(config.health().minOkShare() * polled);
        return response.status(up).build();
    }
}
