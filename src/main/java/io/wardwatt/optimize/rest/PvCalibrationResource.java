package io.wardwatt.optimize.rest;

import io.wardwatt.access.Role;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.optimize.runtime.PvCalibration;
import io.wardwatt.site.runtime.SiteService;
import io.wardwatt.web.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{siteCode}/pv-calibration")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plant plans", description = "Day plans of the chiller plant: the daily plan, what-if runs, replays, comparison")
public class PvCalibrationResource {

    @Inject
    PvCalibration calibration;

    @Inject
    SiteService sites;

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "The PV model's scale factor fitted to the PV meter",
            description = "What the daily plan of the day would use: the PV meter's hourly energy (wardwatt.optimize.site.pv-point) against the "
                    + "PV model of the plant file's photovoltaic section, fed with the weather station's hourly irradiance and air temperature "
                    + "(site.irradiance-point, site.air-temperature-point), over the site.pv-calibration-days before the day, daylight hours "
                    + "with complete data only. factor, cvRmsePercent and nmbePercent (ASHRAE Guideline 14), hoursUsed and daysUsed, the "
                    + "period from..to (days, inclusive), source (fitted, or plant-file when too little data: detail says why). 409 when the "
                    + "plant file has no photovoltaic section; 404 for an unknown site.")
    public PvCalibration.Result pvCalibration(@PathParam("siteCode") String siteCode,
            @Parameter(description = "the plan's day, YYYY-MM-DD (default: tomorrow in the site's zone, the next daily plan's)")
            @QueryParam("date") String date) {
        var site = sites.find(siteCode).orElseThrow(() -> new UnknownEntityException("site", siteCode));
        LocalDate day = date == null ? LocalDate.now(site.zone()).plusDays(1) : QueryParameters.date("date", date);
        return calibration.forDay(siteCode, day);
    }
}
