package io.wardwatt.forecast.rest;

import io.wardwatt.access.Role;
import io.wardwatt.forecast.runtime.WeatherForecasts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The provider serves every site: its state is not a site's. */
@Path("/api/weather/provider")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Weather")
public class WeatherProviderResource {

    @Inject
    WeatherForecasts forecasts;

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "The weather provider's state", description = "disabled, not asked yet, up or down, with the last success and error.")
    public WeatherForecasts.ProviderState provider() {
        return forecasts.state();
    }
}
