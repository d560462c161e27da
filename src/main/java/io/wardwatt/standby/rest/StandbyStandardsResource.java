package io.wardwatt.standby.rest;

import io.wardwatt.standby.StandbyStandards;
import io.wardwatt.standby.runtime.StandbyStandardsFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/standby/standards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Standby watch")
public class StandbyStandardsResource {

    @Inject
    StandbyStandardsFile standards;

    @GET
    @RolesAllowed("**")
    @Operation(summary = "The standby standards in force", description = "Per device type the standard standby kW and its source; the "
            + "watched devices with their figure and points.")
    public StandbyStandards standards() {
        return standards.standards();
    }
}
