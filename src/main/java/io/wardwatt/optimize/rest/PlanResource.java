package io.wardwatt.optimize.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.wardwatt.access.Role;
import io.wardwatt.input.DecisionComment;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.plans.PlanComparison;
import io.wardwatt.optimize.plans.PlanKind;
import io.wardwatt.optimize.plans.PlanLifecycle;
import io.wardwatt.optimize.plans.PlanStatus;
import io.wardwatt.optimize.plans.ReplayCheck;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.runtime.DailyOutcome;
import io.wardwatt.optimize.runtime.DailyPlanning;
import io.wardwatt.optimize.runtime.IntradayReplanning;
import io.wardwatt.optimize.runtime.OptimizeConfig;
import io.wardwatt.optimize.runtime.PlanActuals;
import io.wardwatt.optimize.runtime.PlanApprovals;
import io.wardwatt.optimize.runtime.PlanRequests;
import io.wardwatt.optimize.runtime.PlanningService;
import io.wardwatt.optimize.runtime.ReplayChecks;
import io.wardwatt.optimize.scenario.PlanJson;
import io.wardwatt.optimize.store.PlanRepository;
import io.wardwatt.optimize.store.RevisionRepository;
import io.wardwatt.web.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plant plans", description = "Day plans of the chiller plant: the daily plan, what-if runs, replays, comparison")
public class PlanResource {

    @Inject
    PlanRequests requests;

    @Inject
    PlanningService planning;

    @Inject
    DailyPlanning daily;

    @Inject
    PlanRepository plans;

    @Inject
    OptimizeConfig config;

    @Inject
    PlanApprovals approvals;

    @Inject
    PlanActuals actuals;

    @Inject
    ReplayChecks replayChecks;

    @Inject
    IntradayReplanning replanning;

    @Inject
    RevisionRepository revisions;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    io.wardwatt.site.runtime.SiteService sites;

    /** The site of the plans; the daily plan is made for the configured site only. */
    @PathParam("site")
    String site;

    /** The answer to a request for a plan: where it is and how far it got. */
    public record Accepted(UUID id, String status) {

        static Accepted of(StoredPlan plan) {
            return new Accepted(plan.id(), plan.status().code());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Plan a what-if scenario",
            description = "The body is a scenario (README, \"Optimizer scenarios\"); plant and chiller model files are named relative to the "
                    + "models directory and must lie inside it. 202 with the plan's id and Location; the plan is solved in the background "
                    + "(GET it until it is done). With an Idempotency-Key header, posting again returns the same plan (200).")
    public Response whatIf(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(type = SchemaType.OBJECT, description = "a scenario"))) String scenario,
                           @Parameter(description = "makes a repeated post return the plan of the first")
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new InvalidInputException("Idempotency-Key", "1..200 characters");
        }
        PlanRequests.Requested requested = requests.whatIf(scenario, site, idempotencyKey, user());
        return (requested.created() ? Response.accepted() : Response.ok()).location(location(uri, requested.plan().id()))
                .entity(Accepted.of(requested.plan())).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "Plans, newest first", description = "Without their scenario and plan documents. Filters: date (YYYY-MM-DD), "
            + "kind (daily, what-if, replay, replan), status (queued, solving, done, stopped, failed).")
    public List<StoredPlan> list(@QueryParam("date") String date, @QueryParam("kind") String kind, @QueryParam("status") String status,
                                 @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "1..1000, got " + limit);
        }
        PlanKind k = kind == null ? null : PlanKind.parse(kind)
                .orElseThrow(() -> new InvalidInputException("kind", "daily, what-if or replay, got '" + kind + "'"));
        PlanStatus s = status == null ? null : PlanStatus.parse(status)
                .orElseThrow(() -> new InvalidInputException("status", "queued, solving, done, stopped or failed, got '" + status + "'"));
        return plans.list(site, QueryParameters.date("date", date), k, s, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "One plan", description = "Status first, then the plan (README, plan output), its key figures and error; "
            + "approval: whether it can be approved now (approvable), and if not why (why: replay, not-solved, infeasible, undated, revision, "
            + "past, or the life-cycle state it is in already; reason: in words).")
    public PlanView get(@PathParam("id") String id) {
        StoredPlan plan = planOf(id);
        UUID planId = plan.id();
        JsonNode document = plans.planJson(planId).map(this::tree).map(this::withOffsets).orElse(null);
        return PlanView.of(plan, approvals.lifecycle(plan).orElse(null), document, revisions.of(planId), revisions.byReplan(planId).orElse(null),
                approvals.approvability(plan, java.time.Instant.now()));
    }

    @GET
    @Path("/{id}/actual")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "Plan against actual", description = "Per slot: planned and measured cooling load, plant kW, kW/RT and cost; the "
            + "plant model's figures for the plan as operated (modelled) and for conventional sequencing (modelBaseline), both at the measured "
            + "load; the baseline: modelBaseline times the day's calibration factor (totals.calibrationFactor: metered plant kWh over the "
            + "model's kWh for the plan as operated, over the slots measured and run on plan; totals.calibrationSlots), so the model's bias "
            + "against the plant is not counted as saving; the measured saving (baseline cost minus measured cost; null, like the baseline, "
            + "when no slot could calibrate); deviations with their cause (no-data, forecast-error, plant-off-plan, override, "
            + "equipment-fault, plan-suspended). 409 when the plan has no plan or no date.")
    public JsonNode actual(@PathParam("id") String id) {
        return withOffsets(json.valueToTree(actuals.of(planOf(id).id())));
    }

    /** An approval or cancellation: why. */
    public record Decision(String comment) {
    }

    @POST
    @Path("/{id}/replan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Re-plan the rest of the day of the plan in force", description = "Body {comment} (required: why). The rest of "
            + "the day, from the next slot boundary, is planned again from the measured plant state (what runs, since when, starts used) "
            + "and the forecast corrected by the recent measured load. Inside the approved plan's envelope (same rules and limits) it is "
            + "a revision, in force from its first slot; outside it a draft for approval (the approved plan stays in force). Returns the "
            + "re-plan (number, outcome revision|draft, replanId, cause, verdict): 201 when made, 200 when the last re-plan is younger "
            + "than wardwatt.optimize.replan.minimum-interval (that one is returned). 404 unknown plan; 409 not in force (draft, "
            + "cancelled, done, superseded), not begun, or its day is over (no slot left); 400 without a comment.")
    @APIResponse(responseCode = "201", description = "Re-planned")
    @APIResponse(responseCode = "200", description = "Re-planned less than the minimum interval ago: that re-plan")
    @APIResponse(responseCode = "409", description = "Not in force, not begun, or the day is over")
    public Response replan(@PathParam("id") String id, Decision decision) {
        String reason = DecisionComment.require(decision == null ? null : decision.comment(), "say why");
        IntradayReplanning.Outcome outcome = replanning.request(planOf(id).id(), user(), reason, java.time.Instant.now());
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK).entity(outcome.replan()).build();
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Approve a plan", description = "Body {comment} (required). A done or stopped daily or what-if plan with a "
            + "feasible plan for a dated day that has not ended becomes approved; the plan approved before for the same site and day, "
            + "if any, is superseded. Returns the life cycle. 409 when the plan cannot be approved (failed, infeasible, already approved, "
            + "cancelled, past), 400 without a comment.")
    public PlanLifecycle approve(@PathParam("id") String id, Decision decision) {
        return approvals.approve(planOf(id).id(), decision == null ? null : decision.comment(), user());
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Cancel a plan", description = "Body {comment} (required). A draft, approved or dispatching plan is cancelled "
            + "and control returns to the plant's own. 409 when it has ended (done, superseded, cancelled) or cannot be approved at all.")
    public PlanLifecycle cancel(@PathParam("id") String id, Decision decision) {
        return approvals.cancel(planOf(id).id(), decision == null ? null : decision.comment(), user());
    }

    @GET
    @Path("/{id}/scenario")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "The scenario a plan was made from, as it was planned",
            description = "With the solver limits it ran with; post it back to plan it again as a what-if.")
    public JsonNode scenario(@PathParam("id") String id) {
        return plans.scenarioJson(planOf(id).id()).map(this::tree).orElseThrow(() -> new UnknownEntityException("plan", id));
    }

    @POST
    @Path("/{id}/stop")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Stop a plan", description = "A running search ends early and its best plan so far is kept as status stopped; "
            + "a queued plan is stopped without a plan. 202; 409 when the plan has finished.")
    public Response stop(@PathParam("id") String id) {
        return Response.accepted(Accepted.of(planning.stop(planOf(id).id()))).build();
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Plan again from a plan's stored inputs", description = "A new plan (kind replay, replayOf set) from exactly "
            + "the stored scenario and model files, whatever the files are now, searched as the plan was: its seed, and the moves it "
            + "evaluated as the move limit (solver.maxScoreCalculations) in place of its time limits, so that it gives the same plan. "
            + "202 with Location; 409 while the plan is queued or solving.")
    public Response replay(@PathParam("id") String id, @Context UriInfo uri) {
        StoredPlan plan = requests.replay(planOf(id).id(), user());
        return Response.accepted(Accepted.of(plan)).location(location(uri, plan.id())).build();
    }

    @GET
    @Path("/{id}/replay-check")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "Whether a replay gave its original's plan", description = "For a finished replay: samePlan, a verdict, both "
            + "searches (seed, moves evaluated, why each ended), the cost difference (replay - original) and every differing field per "
            + "slot (chiller on and loadKw, supplySetpointC, pump on and speedFraction, costCny) with both values. 409 when the plan is "
            + "not a replay or not finished yet.")
    public JsonNode replayCheck(@PathParam("id") String id) {
        return withOffsets(json.valueToTree(replayChecks.check(planOf(id).id())));
    }

    @GET
    @Path("/compare")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "Two plans side by side", description = "Totals of both with the difference b - a, and per slot the chillers "
            + "each runs, the set-points and the power difference. 409 when a plan has no plan yet or they cover different slots.")
    public JsonNode compare(@QueryParam("a") String a, @QueryParam("b") String b) {
        UUID idA = required(a, "a");
        UUID idB = required(b, "b");
        return withOffsets(json.valueToTree(PlanComparison.of(idA, dayPlan(idA), idB, dayPlan(idB))));
    }

    @POST
    @Path("/daily")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Run the daily plan now", description = "Plans the configured site's day (default: tomorrow in its time zone) "
            + "from the latest cooling-load forecast. 202 and Location when a plan is queued; 200 with the plan made before from the same "
            + "forecast; 409 when there is no forecast for the day.")
    public Response daily(@QueryParam("date") String date, @Context UriInfo uri) {
        served();
        LocalDate day = date == null ? LocalDate.now(config.daily().timeZone()).plusDays(1) : QueryParameters.date("date", date);
        DailyOutcome outcome = daily.planDay(day, user());
        if (outcome.planId() == null) {
            throw new StateConflictException(outcome.message());
        }
        StoredPlan plan = plans.find(outcome.planId()).orElseThrow();
        boolean created = outcome.result().equals("planned");
        return (created ? Response.accepted() : Response.ok()).location(location(uri, plan.id())).entity(Accepted.of(plan)).build();
    }

    private DayPlan dayPlan(UUID id) {
        StoredPlan plan = planOf(id.toString());
        return plans.planJson(id).map(PlanJson::read).orElseThrow(() -> new StateConflictException("plan " + id + " is "
                + plan.status().code() + " and has no plan to compare"));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private URI location(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("api/sites").path(site).path("plans").path(id.toString()).build();
    }

    private static UUID required(String text, String parameter) {
        if (text == null) {
            throw new InvalidInputException(parameter, "the query parameter " + parameter + " (a plan id) is required");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(parameter, "'" + text + "' is not a plan id");
        }
    }



    private JsonNode tree(String document) {
        try {
            return json.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored plan document is not JSON", e);
        }
    }

    private void served() {
        io.wardwatt.web.ServedSite.require(site, config.daily().site(), "the daily plan");
    }

    /** A plan of the path's site; one of another site is not found under it. */
    private StoredPlan planOf(String id) {
        return plans.find(QueryParameters.id("plan", id)).filter(p -> p.site().equals(site))
                .orElseThrow(() -> new UnknownEntityException("plan", site + "/" + id));
    }

    /** The plan's wall-clock times (slot starts) with the offset of the site's zone (docs/api.md, "Time"). */
    private JsonNode withOffsets(JsonNode tree) {
        java.time.ZoneId zone = sites.find(site).map(found -> java.time.ZoneId.of(found.timeZone())).orElse(config.daily().timeZone());
        return io.wardwatt.web.WallClockTimes.withOffsets(tree, zone);
    }
}
