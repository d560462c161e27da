package io.wardwatt.control.rest;

import io.wardwatt.access.Role;
import io.wardwatt.control.PlantNow;
import io.wardwatt.control.runtime.LivePlant;
import io.wardwatt.input.UnknownEntityException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/plant/now")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plant control", description = "Dispatch of approved plans to the plant, engineers' overrides, faults and suspensions")
public class PlantNowResource {

    @Inject
    LivePlant live;

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "The chiller plant now", description = "From the poller's latest values (not the readings table): per chiller "
            + "running, alarm, load %, kW, cooling kW, kW/RT, chilled-water supply/return and condenser-water entering/leaving °C; per pump "
            + "running, tripped, speed % and kW; the plant's power (its sub-meter, else chillers plus pumps), cooling load in kW and RT, "
            + "kW/RT and common supply/return. Each value carries its source time and stale (the poller marked it so, or it is older than "
            + "wardwatt.control.live-max-age); asOf is the newest source time. Beside it the approved plan's slot in force, what control "
            + "commands per device (governing level: plan, override, emergency; last written value), and control's situation: a state "
            + "(unavailable, off, suspended, fault, override, following, advisory, no-plan) with every condition behind it.")
    @APIResponse(responseCode = "404", description = "Not the site plant control looks after")
    public PlantNow now(@PathParam("site") String site) {
        if (!live.site().equals(site)) {
            throw new UnknownEntityException("controlled site", site);
        }
        return live.now(Instant.now());
    }
}
