package io.wardwatt.spaces.rest;

import io.wardwatt.spaces.SpaceEnergyReport;
import io.wardwatt.spaces.runtime.SpaceEnergyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{siteCode}/space-energy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Space energy", description = "Consumption per building, floor, department and space unit")
public class SpaceEnergyResource {

    @Inject
    SpaceEnergyService energy;

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Consumption of every space of a level", description = "level BUILDING, FLOOR, DEPARTMENT or SPACE_UNIT; from and "
            + "to (exclusive) as local dates, months or instants (widened to whole local days). Per space and carrier: total, the "
            + "consumption in the canonical unit counted like /consumption?space= (consumption meters only, the top-most metered level "
            + "of its subtree, no sub-meter whose parent meter is counted; null when no consumption meter measures the carrier), and "
            + "flows: consumption, generation, export, storage-charge and storage-discharge, each on its own.")
    public SpaceEnergyReport spaceEnergy(@PathParam("siteCode") String siteCode, @QueryParam("from") String from,
                                         @QueryParam("to") String to, @QueryParam("level") String level) {
        return energy.atLevel(siteCode, from, to, level);
    }
}
