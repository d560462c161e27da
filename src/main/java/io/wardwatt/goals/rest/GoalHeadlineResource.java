package io.wardwatt.goals.rest;

import io.wardwatt.access.Role;
import io.wardwatt.goals.Headline;
import io.wardwatt.goals.runtime.HeadlineService;
import io.wardwatt.web.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/goals")
@Tag(name = "Saving goals")
public class GoalHeadlineResource {

    @Inject
    HeadlineService headlines;

    @GET
    @Path("/headline")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The leadership headline of a year to date", description = "The figures the leadership page and the monthly PDF "
            + "show, over the whole months of the year (through; the running month is never compared): targets[] with changePct (negative: "
            + "less energy), savingPct, uncertainty68Pct and uncertainty90Pct (ASHRAE Guideline 14 fractional savings uncertainty of the "
            + "baseline model, percentage points; null on a year-on-year basis), basis, normalisedTo (weather, visits) and status (on-track, "
            + "off-track, no-data); carbon (GHG scope 1 + location-based scope 2, tCO2e) against the same months of the year before; "
            + "plantSavings (the calibrated tally of /plant-savings); pv (generation by month, the running month partial); standby "
            + "(kWh of the standby watch's standby-excess alerts, cleared ones left out). A figure that cannot be had is null with a note. "
            + "400 for a year not after the baseline year, 404 for an unknown site or one without goals.")
    public Headline headline(@PathParam("site") String site,
            @Parameter(description = "Reporting year (default: the year of the last whole month)") @QueryParam("year") String year) {
        return headlines.headline(site, QueryParameters.year("year", year));
    }
}
