package io.wardwatt.readings.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.wardwatt.access.Role;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.readings.rollup.NewMeterReplacement;
import io.wardwatt.readings.rollup.RecordedReplacement;
import io.wardwatt.readings.runtime.MeterReplacements;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/points/{pointId}/replacements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meter replacements")
public class MeterReplacementResource {

    /**
     * Body of a replacement: when (an ISO instant, read here so a bad one gets our error body naming the field),
     * the old register's last value and the new register's first value (point's unit), and a note.
     */
    public record ReplacementBody(String replacedAt, Double oldFinalValue, Double newInitialValue, String note) {

        Instant instant() {
            if (replacedAt == null || replacedAt.isBlank()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(replacedAt.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("replacedAt", "not an ISO 8601 instant such as 2026-03-01T02:00:00Z: '" + replacedAt + "'");
            }
        }
    }

    @Inject
    MeterReplacements replacements;

    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed({Role.ENGINEER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Record that a counter's meter was replaced",
            description = "Consumption across the swap becomes (oldFinal - previous reading) + (next reading - newInitial). "
                    + "201 when recorded, 200 when the same replacement was recorded before, 409 when a different one exists "
                    + "at that instant. The affected rollups are recomputed.")
    public Response record(@PathParam("pointId") int pointId, ReplacementBody body, @jakarta.ws.rs.core.Context UriInfo uri) {
        if (body == null) {
            throw new InvalidInputException("body", "required: {replacedAt, oldFinalValue, newInitialValue, note}");
        }
        MeterReplacements.Outcome outcome = replacements.record(pointId,
                new NewMeterReplacement(body.instant(), body.oldFinalValue(), body.newInitialValue(), body.note()),
                identity.getPrincipal().getName());
        if (!outcome.created()) {
            return Response.ok(outcome.replacement()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(outcome.replacement().id())).build())
                .entity(outcome.replacement()).build();
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "The meter replacements of a counter, oldest first")
    public List<RecordedReplacement> list(@PathParam("pointId") int pointId) {
        return replacements.list(pointId);
    }

    @GET
    @Path("/{replacementId}")
    @RolesAllowed("**")
    @Operation(summary = "One meter replacement of a counter")
    public RecordedReplacement one(@PathParam("pointId") int pointId, @PathParam("replacementId") long replacementId) {
        return replacements.list(pointId).stream().filter(r -> r.id() == replacementId).findFirst()
                .orElseThrow(() -> new UnknownEntityException("meter replacement", replacementId));
    }
}
