package io.wardwatt.control.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.wardwatt.access.Role;
import io.wardwatt.control.ManualOverride;
import io.wardwatt.control.runtime.ControlStatus;
import io.wardwatt.control.runtime.EngineerActions;
import io.wardwatt.control.runtime.OverrideRequest;
import io.wardwatt.control.runtime.PlantControl;
import io.wardwatt.control.store.ControlRepository;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.web.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/control")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plant control", description = "Dispatch of approved plans to the plant, engineers' overrides, faults and suspensions")
public class ControlResource {

    private static final Set<String> EVENT_TYPES = Set.of("WRITTEN", "HELD", "REFUSED", "EXPIRED", "UNREACHABLE", "READ_BACK_FAILED",
            "ACKNOWLEDGED", "PLAN_SUSPENDED", "PLAN_RESUMED", "PLAN_COMMANDED", "OVERRIDDEN", "RELEASED");

    @Inject
    PlantControl control;

    @Inject
    EngineerActions actions;

    @Inject
    SecurityIdentity identity;

    @Inject
    io.wardwatt.control.runtime.ControlConfig config;

    /** Plant control is of the configured site only; another site's path is not found. */
    @PathParam("site")
    String site;

    /** A decision's reason. */
    public record Decision(String comment) {
    }

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "Plant control now", description = "Whether control writes to the plant, the plan slot in force, a suspension, and "
            + "per chiller, pump and battery its dispatch state, open fault and every active priority level per commanded point.")
    public ControlStatus status() {
        served();
        return control.status(Instant.now());
    }

    @GET
    @Path("/events")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "What dispatch did", description = "Newest first: writes with their read-back, held and refused commands, faults, "
            + "suspensions, overrides. from/to ISO instants (default: the last 24 h), device, type, limit (1..5000, default 500).")
    public List<ControlRepository.StoredEvent> events(@QueryParam("from") String from, @QueryParam("to") String to,
                                                      @QueryParam("device") String device, @QueryParam("type") String type,
                                                      @QueryParam("limit") Integer limit) {
        Instant until = to == null ? Instant.now().plusSeconds(1) : QueryParameters.instant("to", to);
        Instant since = from == null ? until.minus(Duration.ofDays(1)) : QueryParameters.instant("from", from);
        if (!since.isBefore(until)) {
            throw new InvalidInputException("from", "must be before to");
        }
        if (type != null && !EVENT_TYPES.contains(type)) {
            throw new InvalidInputException("type", "one of " + new java.util.TreeSet<>(EVENT_TYPES) + ", got '" + type + "'");
        }
        int rows = limit == null ? 500 : limit;
        if (rows < 1 || rows > 5000) {
            throw new InvalidInputException("limit", "1..5000, got " + rows);
        }
        return control.events(since, until, device, type, rows);
    }

    @GET
    @Path("/overrides")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "Overrides in force")
    public List<ManualOverride> overrides() {
        served();
        return control.activeOverrides(Instant.now());
    }

    @GET
    @Path("/overrides/{id}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "One override, in force or not")
    public ManualOverride override(@PathParam("id") String id) {
        served();
        return control.findOverride(QueryParameters.id("override", id)).orElseThrow(() -> new UnknownEntityException("override", id));
    }

    @POST
    @Path("/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Override a plant point", description = "Body {device, point, value, duration (ISO-8601, e.g. PT30M), level "
            + "(operator | emergency), comment}. Wins over the plan until it expires or is released; written at once. 201 with Location; "
            + "with an Idempotency-Key header the same request returns the same override (200). 400 names every problem (unknown device or "
            + "point, a value the point cannot take, a missing comment); 409 when plant control is off.")
    public Response create(OverrideRequest request, @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        served();
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new InvalidInputException("Idempotency-Key", "1..200 characters");
        }
        Instant now = Instant.now();
        ManualOverride override = actions.override(request, key, user(), now);
        boolean created = override.startsAt().equals(now);
        control.tick(Instant.now());
        var location = uri.getBaseUriBuilder().path("api/sites").path(site).path("control/overrides").path(override.id().toString()).build();
        return (created ? Response.created(location) : Response.ok().location(location)).entity(override).build();
    }

    @DELETE
    @Path("/overrides/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Release an override", description = "Body {comment}. The next level down (the plan, or the plant's own control) "
            + "governs again. 409 when it has expired or was released.")
    public ManualOverride release(@PathParam("id") String id, Decision decision) {
        served();
        ManualOverride released = actions.release(QueryParameters.id("override", id), decision == null ? null : decision.comment(), user(), Instant.now());
        control.tick(Instant.now());
        return released;
    }

    @POST
    @Path("/devices/{code}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Acknowledge a device's fault", description = "Body {comment}. Dispatch writes to the device again. 409 when it has "
            + "no open fault.")
    public ControlStatus acknowledge(@PathParam("code") String code, Decision decision) {
        served();
        actions.acknowledge(code, decision == null ? null : decision.comment(), user(), Instant.now());
        control.tick(Instant.now());
        return control.status(Instant.now());
    }

    @POST
    @Path("/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Resume the suspended plan", description = "Body {comment}. The plan's commands are put in again; if the critical "
            + "zone's limit is still not met the plan is suspended again after the zone's grace. 409 when it is not suspended.")
    public ControlStatus resume(Decision decision) {
        served();
        actions.resume(decision == null ? null : decision.comment(), user(), Instant.now());
        control.tick(Instant.now());
        return control.status(Instant.now());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private void served() {
        io.wardwatt.web.ServedSite.require(site, config.site(), "plant control");
    }
}
