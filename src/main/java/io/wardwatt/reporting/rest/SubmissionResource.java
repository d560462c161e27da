package io.wardwatt.reporting.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.wardwatt.access.Role;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.reporting.Submission;
import io.wardwatt.reporting.SubmissionStatus;
import io.wardwatt.reporting.runtime.SubmissionService;
import io.wardwatt.reporting.store.SubmissionRepository;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/reports/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Report submissions", description = "The outbox of reports to the national platform: enqueue, status, receipts, retry")
public class SubmissionResource {

    @Inject
    SubmissionService service;

    @Inject
    SubmissionRepository submissions;

    @Inject
    SecurityIdentity identity;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ROLE, Role.REPORTER_ROLE})
    @Operation(summary = "Put a report into the outbox",
            description = "The body is a platform payload (profile v1, schema at /api/reports/platform/schema); idempotencyKey may be left out "
                    + "and is filled in (site:period:v<version>:<content hash>). 201 with Location when stored; 200 with the stored submission "
                    + "when the same report version with the same content is already there; 409 when that version is there with other "
                    + "content (a correction is a new version); 400 naming each problem by JSON path, or when the payload's site.code is "
                    + "not the path's site.")
    public Response enqueue(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "a platform payload, profile v1"))) String payload,
            @PathParam("site") String site, @Context UriInfo uri) {
        if (payload == null || payload.isBlank()) {
            throw new InvalidInputException("$", "the body must be a platform payload (JSON)");
        }
        io.wardwatt.web.SiteOfBody.of(site, payloadSite(payload), "$.site.code");
        SubmissionService.Enqueued enqueued = service.enqueue(payload, identity.getPrincipal().getName());
        SubmissionView view = SubmissionView.of(enqueued.submission());
        return (enqueued.created() ? Response.status(Response.Status.CREATED) : Response.ok())
                .location(uri.getBaseUriBuilder().path("api/sites").path(site).path("reports/submissions").path(String.valueOf(view.id())).build())
                .entity(view).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.REPORTER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "Submissions, newest first", description = "Status, attempts, next attempt, last error and receipt of each, "
            + "without the payload. Filters: status (pending, sending, retrying, accepted, rejected), period (YYYY-MM).")
    public List<SubmissionView> list(@QueryParam("status") String status, @PathParam("site") String site, @QueryParam("period") String period,
                                     @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "1..1000, got " + limit);
        }
        SubmissionStatus s = status == null ? null : SubmissionStatus.parse(status).orElseThrow(() -> new InvalidInputException("status",
                Arrays.stream(SubmissionStatus.values()).map(SubmissionStatus::code).collect(Collectors.joining(", ")) + "; got '" + status + "'"));
        return submissions.list(s, site, period == null ? null : period(period), limit).stream().map(SubmissionView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.REPORTER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "One submission, with its payload", description = "The payload exactly as it is sent on every attempt.")
    public SubmissionView get(@PathParam("site") String site, @PathParam("id") String id) {
        long key = id(id);
        Submission submission = submissions.find(key).filter(s -> s.site().equals(site))
                .orElseThrow(() -> new UnknownEntityException("submission", site + "/" + id));
        return SubmissionView.of(submission, submissions.payload(key).orElseThrow());
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed({Role.ADMIN_ROLE, Role.REPORTER_ROLE})
    @Operation(summary = "Send a rejected submission again", description = "Back to pending, due now, with the same payload and idempotency "
            + "key (fix the platform side first: credentials, the platform's data about the organisation). Audited. 409 unless rejected.")
    public SubmissionView retry(@PathParam("site") String site, @PathParam("id") String id) {
        long key = id(id);
        submissions.find(key).filter(s -> s.site().equals(site)).orElseThrow(() -> new UnknownEntityException("submission", site + "/" + id));
        return SubmissionView.of(service.retry(key));
    }

    /** An id that is not a number names no submission: 404, like any unknown id. */
    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UnknownEntityException("submission", text);
        }
    }

    private static YearMonth period(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("period", "'" + text + "' is not a month YYYY-MM");
        }
    }

    /** The payload's site.code, or null when the payload does not say (the service names what is wrong with it). */
    private String payloadSite(String payload) {
        try {
            com.fasterxml.jackson.databind.JsonNode code = json.readTree(payload).path("site").path("code");
            return code.isTextual() ? code.asText() : null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }
}
