package io.wardwatt.carbon.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.wardwatt.access.Role;
import io.wardwatt.carbon.runtime.ActivityEntries;
import io.wardwatt.carbon.store.ActivityEntryRepository;
import io.wardwatt.input.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/carbon/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Carbon activities", description = "Manual and estimated activity data of a month, with evidence; corrections of closed months")
public class ActivityResource {

    @Inject
    ActivityEntries entries;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ENGINEER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Enter a month's activity, or correct a closed month",
            description = "A manual entry needs evidence (a base64 file) or a reference; an estimated one a note. A month with a closed ledger "
                    + "takes nothing (409): a correction is entered in an open month with adjustsEntryId (an entry) or adjustsMonth (a closed "
                    + "month's metered quantity) and the corrected quantity; the month books the difference. 201 when stored, 200 when the "
                    + "same entry (same fields and evidence) was stored before; 400 with every problem by field.")
    public Response enter(@PathParam("site") String site, ActivityEntryBody body, @Context UriInfo uri) {
        if (body == null) {
            throw new InvalidInputException("body", "required: {month, carrier, quantity, unit, source, reference | evidence, note}");
        }
        ActivityEntries.Outcome outcome = entries.enter(body.toEntry(site), identity.getPrincipal().getName());
        ActivityEntryView view = ActivityEntryView.of(outcome.entry());
        if (!outcome.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build();
    }

    @GET
    @RolesAllowed({Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE, Role.REPORTER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "A site's activity entries, of one month or all (newest month first)")
    public List<ActivityEntryView> list(@PathParam("site") String site,
            @Parameter(description = "YYYY-MM") @QueryParam("month") String month) {
        return entries.list(site, Months.optional(month, "month")).stream().map(ActivityEntryView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE, Role.REPORTER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "One activity entry")
    public ActivityEntryView one(@PathParam("site") String site, @PathParam("id") long id) {
        return ActivityEntryView.of(entryOf(site, id));
    }

    @GET
    @Path("/{id}/evidence")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE, Role.REPORTER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The evidence file of an entry, as uploaded", description = "Its SHA-256 is in the ETag.")
    public Response evidence(@PathParam("site") String site, @PathParam("id") long id) {
        entryOf(site, id);
        ActivityEntryRepository.StoredEvidence file = entries.evidence(id);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"")
                .header("ETag", "\"" + file.sha256() + "\"").build();
    }

    /** An entry of another site is not found under this one. */
    private io.wardwatt.carbon.activity.ActivityEntry entryOf(String site, long id) {
        io.wardwatt.carbon.activity.ActivityEntry entry = entries.get(id);
        if (!entry.site().equals(site)) {
            throw new io.wardwatt.input.UnknownEntityException("activity entry", site + "/" + id);
        }
        return entry;
    }
}
