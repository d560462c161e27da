package io.wardwatt.readings.rest;

import io.wardwatt.readings.query.SiteConsumption;
import io.wardwatt.readings.runtime.RollupConsumptionReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{siteCode}/consumption")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consumption")
public class ConsumptionResource {

    @Inject
    RollupConsumptionReader reader;

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Consumption per energy carrier of a site or a space subtree",
            description = "Canonical units per carrier, per bucket and in total. resolution 1h (UTC-aligned), 1d or 1mo (the "
                    + "site's local calendar); from and to (exclusive) as for series. Each flow once: only consumption meters "
                    + "(not generation, export, storage or duplicate registers); per carrier and branch the top-most metered level; "
                    + "no sub-meter whose parent meter is counted. The answer states the rule, the counters used and those left "
                    + "out with the reason.")
    public SiteConsumption consumption(@PathParam("siteCode") String siteCode, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("resolution") @DefaultValue("1d") String resolution,
                                       @QueryParam("space") String space) {
        return reader.consumption(siteCode, from, to, resolution, space);
    }
}
