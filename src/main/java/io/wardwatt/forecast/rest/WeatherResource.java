package io.wardwatt.forecast.rest;

import io.wardwatt.access.Role;
import io.wardwatt.forecast.runtime.WeatherForecasts;
import io.wardwatt.forecast.runtime.WeatherImport;
import io.wardwatt.forecast.weather.EpwImport;
import io.wardwatt.input.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/weather")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Weather", description = "EPW weather files and the provider's hourly forecast, with fallbacks flagged per hour")
public class WeatherResource {

    /** The longest forecast served: ten days. */
    static final int MAX_HOURS = 240;

    @Inject
    WeatherImport imports;

    @Inject
    WeatherForecasts forecasts;

    @POST
    @Path("/epw")
    @Consumes({MediaType.TEXT_PLAIN, "application/octet-stream"})
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Import an EPW weather file of a site",
            description = "kind=typical: a typical year (8,760 rows), the last fallback of the forecast; kind=history: observed weather. "
                    + "Bad rows are named by line and field and nothing is stored. Importing the same file again changes nothing; a "
                    + "corrected one replaces the values that differ.")
    public EpwImport importEpw(@PathParam("site") String site, @QueryParam("kind") String kind, String body) {
        return imports.importEpw(site, kind, body == null ? "" : body, "upload");
    }

    @GET
    @Path("/forecast")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "The hourly weather forecast of a site",
            description = "From the current hour on; each hour is stamped with the instant it ends and flagged with its source: provider, "
                    + "fallback-last (the last forecast that covers it), fallback-typical (the typical year's same month, day and hour) "
                    + "or none.")
    public WeatherForecasts.WeatherForecast forecast(@PathParam("site") String site, @QueryParam("hours") @DefaultValue("48") int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new InvalidInputException("hours", hours + " is not 1.." + MAX_HOURS);
        }
        return forecasts.forecast(site, hours);
    }

    @POST
    @Path("/forecast/refresh")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Fetch the site's forecast from the provider now", description = "Ignores the cache; says what the provider did.")
    public WeatherForecasts.Refresh refresh(@PathParam("site") String site) {
        return forecasts.refresh(site);
    }
}
