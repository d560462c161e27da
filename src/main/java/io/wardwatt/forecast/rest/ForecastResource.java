package io.wardwatt.forecast.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.access.Role;
import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.ForecastIssueReader;
import io.wardwatt.forecast.runtime.ForecastIntake;
import io.wardwatt.forecast.store.CoolingLoadForecastRepository;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.UnknownEntityException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import io.wardwatt.web.SiteOfBody;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/forecasts/cooling-load")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Forecasts", description = "Cooling-load forecasts the daily plant plan is made from")
public class ForecastResource {

    @Inject
    ForecastIntake intake;

    @Inject
    CoolingLoadForecastRepository forecasts;

    /** The request body, for the API document. */
    public record NewForecast(@Schema(description = "the path's site, or left out") String site, LocalDate date, int slotMinutes, List<Double> loadsKw, String source) {
    }

    /** An issue without its loads, for the history. */
    public record IssueSummary(long id, String source, Instant issuedAt, int slotMinutes, double totalKwh, double peakKw) {

        static IssueSummary of(DayLoadForecast f) {
            return new IssueSummary(f.id(), f.source(), f.issuedAt(), f.slotMinutes(), f.totalKwh(), f.peakKw());
        }
    }

    /** The latest issue of a day in full, and every issue (newest first). */
    public record DayForecasts(String site, LocalDate date, DayLoadForecast latest, List<IssueSummary> history) {
    }

    @POST
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Issue a day's cooling-load forecast",
            description = "loadsKw holds one load per slot over the site's local day (1440 / slotMinutes of them). A new issue never "
                    + "replaces an older one: the latest is used. Posting exactly the latest issue again returns it (200) instead of "
                    + "issuing it twice (201).")
    public Response issue(@RequestBody(content = @Content(schema = @Schema(implementation = NewForecast.class))) JsonNode body,
                          @PathParam("site") String site, @Context UriInfo uri) {
        if (body != null && body.isObject() && !body.hasNonNull("site")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("site", site);
        }
        SiteOfBody.of(site, body != null && body.path("site").isTextual() ? body.path("site").asText() : null, "site");
        ForecastIntake.Issued issued = intake.issue(ForecastIssueReader.read(body));
        DayLoadForecast f = issued.forecast();
        var location = uri.getAbsolutePathBuilder().queryParam("date", f.date()).build();
        return (issued.created() ? Response.created(location) : Response.ok().location(location)).entity(f).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "A day's forecast: the latest issue and the history of issues", description = "404 when none was issued.")
    public DayForecasts day(@PathParam("site") String site, @QueryParam("date") String date) {
        LocalDate day = parseDate(date);
        List<DayLoadForecast> history = forecasts.history(site, day);
        if (history.isEmpty()) {
            throw new UnknownEntityException("cooling-load forecast", site + " " + day);
        }
        return new DayForecasts(site, day, history.get(0), history.stream().map(IssueSummary::of).toList());
    }

    private static LocalDate parseDate(String date) {
        if (date == null) {
            throw new InvalidInputException("date", "the query parameter date (YYYY-MM-DD) is required");
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "'" + date + "' is not a date YYYY-MM-DD");
        }
    }
}
