package io.wardwatt.spaces.rest;

import io.wardwatt.access.Role;
import io.wardwatt.spaces.BalanceReport;
import io.wardwatt.spaces.runtime.MeterBalanceWatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{siteCode}/meter-balance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Space energy", description = "Consumption per building, floor, department and space unit; the sub-meter balance check")
public class MeterBalanceResource {

    @Inject
    MeterBalanceWatch balance;

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "Parent meters against their sub-meters", description = "period a local day (2026-03-02) or month (2026-03). "
            + "Looks only: raises no alert.")
    public BalanceReport meterBalance(@PathParam("siteCode") String siteCode, @QueryParam("period") String period) {
        return balance.check(siteCode, period, false);
    }

    @POST
    @Path("/evaluate")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Check the balance now and raise alerts", description = "As GET meter-balance, and an alert (kind "
            + "meter-imbalance) per group outside the loss allowance; repeating it updates those alerts, never adds one.")
    public BalanceReport evaluate(@PathParam("siteCode") String siteCode, @QueryParam("period") String period) {
        return balance.check(siteCode, period, true);
    }
}
