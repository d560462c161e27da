package io.wardwatt.optimize.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.wardwatt.access.Role;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.optimize.plans.ScenarioEdits;
import io.wardwatt.optimize.runtime.PlanRequests;
import io.wardwatt.optimize.runtime.WhatIfPlanning;
import io.wardwatt.web.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// its own root beside PlanResource's /api/sites/{site}/plans: one class per path prefix, matched by the longer literal
@Path("/api/sites/{site}/plans/what-if")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plant plans", description = "Day plans of the chiller plant: the daily plan, what-if runs, replays, comparison")
public class SitePlanResource {

    @Inject
    WhatIfPlanning whatIfs;

    @Inject
    SecurityIdentity identity;

    /** A what-if of a day's daily plan. */
    public record WhatIfRequest(String date, Double weatherOffsetC, Double loadScalingPercent, List<String> outOfService) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "A what-if of a day", description = "Body {date (YYYY-MM-DD), weatherOffsetC (−10..10 K added to every slot's "
            + "outdoor dry bulb), loadScalingPercent (−50..50 %), outOfService (chiller ids)}. Planned from the day's latest daily plan's "
            + "scenario with these edits (the rest as the daily plan had it); 202 with the plan's id and Location, solved in the background. "
            + "With an Idempotency-Key header the same request returns the same plan (200). 400 names each bad edit (and an unknown chiller); "
            + "409 when the day has no daily plan yet.")
    @APIResponse(responseCode = "202", description = "Queued")
    @APIResponse(responseCode = "409", description = "No daily plan of the day to start from")
    public Response whatIf(@PathParam("site") String site, WhatIfRequest request, @HeaderParam("Idempotency-Key") String key,
                           @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException("body", "{date, weatherOffsetC, loadScalingPercent, outOfService} is required");
        }
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new InvalidInputException("Idempotency-Key", "1..200 characters");
        }
        ScenarioEdits edits = new ScenarioEdits(QueryParameters.date("date", request.date()), request.weatherOffsetC(), request.loadScalingPercent(),
                request.outOfService());
        PlanRequests.Requested requested = whatIfs.request(site, edits, key, identity.getPrincipal().getName());
        var location = uri.getBaseUriBuilder().path("api/sites").path(site).path("plans").path(requested.plan().id().toString()).build();
        return (requested.created() ? Response.accepted() : Response.ok()).location(location)
                .entity(PlanResource.Accepted.of(requested.plan())).build();
    }
}
