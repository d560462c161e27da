package io.wardwatt.optimize.rest;

import io.wardwatt.access.Role;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.optimize.SavingsCsv;
import io.wardwatt.optimize.SavingsTally;
import io.wardwatt.optimize.runtime.PlantSavings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Year;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/plant-savings")
@Tag(name = "Plant plans")
public class PlantSavingsResource {

    static final String CSV = "text/csv";

    @Inject
    PlantSavings savings;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "A year's measured plant-optimisation savings", description = "Per approved plan of an elapsed day: conventional "
            + "sequencing re-run on the measured load and calibrated to the meter minus the measured plant energy (plan against actual), in kWh, CNY (the plan's prices) "
            + "and tCO2 (the plan's carbon intensity). JSON: year, targetKwh (wardwatt.optimize.savings.yearly-target-kwh), daysElapsed, "
            + "daysCovered, sharePercent, saved {baselineKwh, measuredKwh, savedKwh, savedCny, savedTco2}, targetPercent, months[] (month, "
            + "daysElapsed, daysCovered, sharePercent, saved, cumulativeSavedKwh) and days[] (date, covered, saved, calibrationFactor). A day is "
            + "covered when its approved plan was measured over every slot and its model calibrated; any other plan is not covered and adds "
            + "nothing. format=csv: one row "
            + "per month, then the row 'year'.")
    public Response get(@PathParam("site") String site, @Parameter(description = "YYYY; default the current year") @QueryParam("year") String year,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
        if (format != null && !"csv".equals(format) && !"json".equals(format)) {
            throw new InvalidInputException("format", "json or csv, was '" + format + "'");
        }
        int y;
        try {
            y = year == null || year.isBlank() ? Year.now().getValue() : Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year", "not a year: '" + year + "'");
        }
        if (y < 2000 || y > 2100) {
            throw new InvalidInputException("year", "out of range: " + y);
        }
        SavingsTally.Year tally = savings.of(site, y);
        return "csv".equals(format) ? Response.ok(SavingsCsv.of(tally), CSV + "; charset=UTF-8").build()
                : Response.ok(tally, MediaType.APPLICATION_JSON).build();
    }
}
