package io.wardwatt.standby.rest;

import io.wardwatt.access.Role;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.standby.StandbyReport;
import io.wardwatt.standby.runtime.StandbyWatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{siteCode}/standby")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Standby watch", description = "Standby draw of the high-power medical devices against their standards")
public class StandbyResource {

    @Inject
    StandbyWatch watch;

    @POST
    @Path("/evaluate")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Evaluate one local day now", description = "day=2026-03-02 (the site's local day; today is evaluated as far as "
            + "readings go). Every watched device's standby draw, hours and kWh wasted; an alert (kind standby-excess) per device above "
            + "its standard by more than the threshold. Repeating the call updates those alerts, it never adds a second one.")
    public StandbyReport evaluate(@PathParam("siteCode") String siteCode, @QueryParam("day") String day) {
        return watch.evaluate(siteCode, day(day));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("day", "required: a local date such as 2026-03-02");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("day", "not a date such as 2026-03-02: '" + text + "'");
        }
    }
}
