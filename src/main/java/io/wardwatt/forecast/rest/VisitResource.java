package io.wardwatt.forecast.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.access.Role;
import io.wardwatt.forecast.model.DailyVisitsModel;
import io.wardwatt.forecast.model.VisitsForecast;
import io.wardwatt.forecast.runtime.VisitForecasts;
import io.wardwatt.forecast.runtime.VisitIntake;
import io.wardwatt.forecast.store.OutpatientVisitRepository;
import io.wardwatt.forecast.visits.VisitCsvReader;
import io.wardwatt.forecast.visits.VisitDay;
import io.wardwatt.forecast.visits.VisitImport;
import io.wardwatt.forecast.visits.VisitJsonReader;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.web.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/visits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outpatient visits", description = "Visit counts from the hospital information system, an input of the load forecast")
public class VisitResource {

    @Inject
    VisitIntake intake;

    @Inject
    OutpatientVisitRepository visits;

    @Inject
    VisitForecasts forecasts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Import visit counts (JSON)",
            description = "A list of {date, hour, visits}; hour 0..23 or left out for a daily count. All or nothing: any bad item is "
                    + "reported by its JSON path and nothing is stored. A count for a key already stored replaces it and is listed "
                    + "under 'replaced'.")
    public VisitImport importJson(@PathParam("site") String site, @QueryParam("source") @DefaultValue("his-api") String source,
                                  JsonNode body) {
        return intake.store(site, source, VisitJsonReader.read(body));
    }

    @POST
    @Path("/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Import visit counts (CSV)",
            description = "Header date,hour,visits; hour empty for a daily count. All or nothing: every bad row is reported with its "
                    + "line number and nothing is stored.")
    public VisitImport importCsv(@PathParam("site") String site, @QueryParam("source") @DefaultValue("his-csv") String source,
                                 String body) {
        return intake.store(site, source, VisitCsvReader.read(body == null ? "" : body, "upload"));
    }

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "Daily visit totals", description = "From and to are local dates, both included; days without counts are left out.")
    public List<VisitDay> days(@PathParam("site") String site, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = QueryParameters.requiredDate("from", from);
        LocalDate last = QueryParameters.requiredDate("to", to);
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "is before from");
        }
        return visits.days(site, first, last);
    }

    @GET
    @Path("/forecast")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "Daily visits forecast",
            description = "Each day from 'from' to 'to' (local dates, both included, at most " + VisitForecasts.MAX_DAYS + " days) with its "
                    + "day type, holiday or make-up day name, the forecast visits and the stored total where there is one. The model is "
                    + "fitted on the site's stored daily totals of the two years up to the latest; 409 when fewer than "
                    + DailyVisitsModel.MIN_DAYS + " days are stored.")
    public VisitsForecast forecast(@PathParam("site") String site, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = QueryParameters.requiredDate("from", from);
        LocalDate last = QueryParameters.requiredDate("to", to);
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "is before from");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > VisitForecasts.MAX_DAYS) {
            throw new InvalidInputException("to", "from " + first + " to " + last + " is " + days + " days; at most "
                    + VisitForecasts.MAX_DAYS + " are forecast at once");
        }
        return forecasts.forecast(site, first, last);
    }

}
