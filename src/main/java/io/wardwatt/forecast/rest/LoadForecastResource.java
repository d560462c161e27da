package io.wardwatt.forecast.rest;

import io.wardwatt.access.Role;
import io.wardwatt.forecast.runtime.load.ForecastAccuracy;
import io.wardwatt.forecast.runtime.load.ForecastScoring;
import io.wardwatt.forecast.runtime.load.IssuedLoadForecast;
import io.wardwatt.forecast.runtime.load.LoadForecastIssuer;
import io.wardwatt.forecast.runtime.load.LoadForecastQueries;
import io.wardwatt.forecast.runtime.load.LoadModelTraining;
import io.wardwatt.forecast.runtime.load.LoadModelVersion;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.web.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/forecasts/load")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Load forecasts", description = "Hourly forecasts of cooling load and site electricity made by the service's models, the model "
        + "versions, and how accurate the forecasts were")
public class LoadForecastResource {

    @Inject
    LoadForecastIssuer issuer;

    @Inject
    LoadModelTraining training;

    @Inject
    LoadForecastQueries queries;

    @Inject
    ForecastScoring scoring;

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "The latest issue of a target's hourly forecast",
            description = "Each hour with its load (kW), hours ahead and where its weather came from; the model version it was made from. "
                    + "404 when none was issued.")
    public IssuedLoadForecast latest(@PathParam("site") String site, @QueryParam("target") @DefaultValue("cooling") String target) {
        return queries.latest(site, target);
    }

    @POST
    @Path("/issue")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Issue the forecast now",
            description = "Issues the current hour's forecast (201), or returns it (200) when this hour was issued before. Trains a model "
                    + "first when the target has none; 409 when the history is too short to train one. Issuing the planning target "
                    + "also issues each whole day it covers as the day forecast plans are made from, unless an engineer uploaded that day's.")
    public Response issue(@PathParam("site") String site, @QueryParam("target") @DefaultValue("cooling") String target) {
        LoadForecastIssuer.Issued issued = issuer.issue(site, target, Instant.now().truncatedTo(ChronoUnit.HOURS));
        return Response.status(issued.created() ? 201 : 200).entity(issued).build();
    }

    @GET
    @Path("/models")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "A target's model versions, newest first",
            description = "Per version: the days trained on, each lead day's features and coefficients with the fit to the training hours, "
                    + "the walk-forward day-ahead backtest made when it was trained, and what the history held.")
    public List<LoadModelVersion> models(@PathParam("site") String site, @QueryParam("target") @DefaultValue("cooling") String target,
                                         @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "must be 1 to 500, got " + limit);
        }
        return queries.models(site, target, limit);
    }

    @POST
    @Path("/models")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Train the target's models now",
            description = "On the configured number of local days before today. 201 with a new version; 200 with the stored one when the "
                    + "same data gave the same models; 409 when the history is too short.")
    public Response train(@PathParam("site") String site, @QueryParam("target") @DefaultValue("cooling") String target) {
        ZoneId zone = queries.zone(site);
        LoadModelTraining.Trained trained = training.train(site, target, LocalDate.now(zone));
        return Response.status(trained.created() ? 201 : 200).entity(trained.model()).build();
    }

    @GET
    @Path("/accuracy")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "How accurate the issued forecasts were (ASHRAE Guideline 14)",
            description = "Issues made on local days from..to (inclusive, at most 92 days), scored on every hour measured since: CV(RMSE) and "
                    + "NMBE overall, per lead day and per hour ahead, beside the seasonal-naive forecast (the same hour a week earlier).")
    public ForecastAccuracy accuracy(@PathParam("site") String site, @QueryParam("target") @DefaultValue("cooling") String target,
                                     @QueryParam("from") String from, @QueryParam("to") String to) {
        return scoring.score(site, target, QueryParameters.requiredDate("from", from), QueryParameters.requiredDate("to", to));
    }
}
