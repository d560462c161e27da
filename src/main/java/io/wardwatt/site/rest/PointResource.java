package io.wardwatt.site.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.access.Role;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.definition.EntryReader;
import io.wardwatt.site.runtime.PointService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{siteCode}/points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Site model")
public class PointResource {

    @Inject
    PointService points;

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Points of a site", description = "Every filter is optional; together they all apply.")
    public List<PointView> list(@PathParam("siteCode") String siteCode,
                                @Parameter(description = "VALUE or COUNTER") @QueryParam("kind") String kind,
                                @Parameter(description = "electricity, natural_gas, steam, ...") @QueryParam("carrier") String carrier,
                                @Parameter(description = "a device code") @QueryParam("device") String device,
                                @Parameter(description = "a space code (points directly in it)") @QueryParam("space") String space,
                                @Parameter(description = "a tag, e.g. main") @QueryParam("tag") String tag,
                                @Parameter(description = "text found in the code or the name, in any case, e.g. chiller")
                                @QueryParam("q") String text) {
        return points.search(siteCode, new PointService.Search(kind, carrier, device, space, tag, text)).stream()
                .map(p -> PointView.of(siteCode, p)).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed("**")
    @Operation(summary = "One point")
    public PointView get(@PathParam("siteCode") String siteCode, @PathParam("code") String code) {
        return points.find(siteCode, code).map(p -> PointView.of(siteCode, p))
                .orElseThrow(() -> new UnknownEntityException("point", siteCode + "/" + code));
    }

    @POST
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Create a point", description = "A COUNTER needs rolloverValue (the register value after which it wraps); "
            + "a VALUE has none. With a carrier, the unit must be one of the carrier's (electricity: kWh, MWh, Wh).")
    public Response create(@PathParam("siteCode") String siteCode,
                           @RequestBody(content = @Content(schema = @Schema(implementation = PointView.class))) JsonNode body,
                           @Context UriInfo uri) {
        PointView created = PointView.of(siteCode, points.create(siteCode, EntryReader.readPoint(withoutReadOnlyFields(body))));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Change a point", description = "Replaces every field; the code cannot change, nor (once it has readings) "
            + "its kind or unit (409).")
    public PointView update(@PathParam("siteCode") String siteCode, @PathParam("code") String code,
                            @RequestBody(content = @Content(schema = @Schema(implementation = PointView.class))) JsonNode body) {
        return PointView.of(siteCode, points.update(siteCode, EntryReader.readPoint(RequestBodies.withPathCode(withoutReadOnlyFields(body), code))));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Delete a point", description = "409 once it has readings or meter replacements.")
    public Response delete(@PathParam("siteCode") String siteCode, @PathParam("code") String code) {
        points.delete(siteCode, code);
        return Response.noContent().build();
    }

    /** A point fetched with GET can be sent back: its id and key are the service's, not the client's. */
    private static JsonNode withoutReadOnlyFields(JsonNode body) {
        if (body instanceof ObjectNode object) {
            object.remove("id");
            object.remove("key");
        }
        return body;
    }
}
