package io.wardwatt.forecast.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness "weather-provider": the provider's state as detail, always UP. A provider that is down is shown, not made
 * a reason to stop serving: forecasts then come from the fallbacks, flagged as such.
 */
@Readiness
@ApplicationScoped
public class WeatherProviderHealthCheck implements HealthCheck {

    @Inject
    WeatherForecasts forecasts;

    @Override
    public HealthCheckResponse call() {
        WeatherForecasts.ProviderState state = forecasts.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("weather-provider").up().withData("provider", state.status());
        if (state.lastSuccessAt() != null) {
            response.withData("lastSuccessAt", state.lastSuccessAt().toString());
        }
        if (state.lastFailureAt() != null) {
            response.withData("lastFailureAt", state.lastFailureAt().toString()).withData("lastError", state.lastError());
        }
        return response.build();
    }
}
