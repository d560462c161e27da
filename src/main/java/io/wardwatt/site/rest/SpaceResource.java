package io.wardwatt.site.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.access.Role;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.Space;
import io.wardwatt.site.SpaceTree;
import io.wardwatt.site.definition.EntryReader;
import io.wardwatt.site.runtime.SpaceService;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{siteCode}/spaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Site model")
public class SpaceResource {

    @Inject
    SpaceService spaces;

    @GET
    @RolesAllowed("**")
    @Operation(summary = "All spaces of a site", description = "Flat, each naming its parent; every parent before its children.")
    public List<Space> list(@PathParam("siteCode") String siteCode) {
        return spaces.list(siteCode);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed("**")
    @Operation(summary = "One space")
    public Space get(@PathParam("siteCode") String siteCode, @PathParam("code") String code) {
        return spaces.find(siteCode, code).orElseThrow(() -> new UnknownEntityException("space", siteCode + "/" + code));
    }

    @GET
    @Path("/{code}/tree")
    @RolesAllowed("**")
    @Operation(summary = "A space with everything inside it",
            description = "Each node has its own area (areaM2, when recorded), the number of space units in its subtree and their summed area.")
    public SpaceTree tree(@PathParam("siteCode") String siteCode, @PathParam("code") String code) {
        return spaces.tree(siteCode, code);
    }

    @POST
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Create a space", description = "The parent must exist in the site, at an outer level "
            + "(CAMPUS > BUILDING > FLOOR > DEPARTMENT > SPACE_UNIT).")
    public Response create(@PathParam("siteCode") String siteCode,
                           @RequestBody(content = @Content(schema = @Schema(implementation = Space.class))) JsonNode body,
                           @Context UriInfo uri) {
        Space created = spaces.create(siteCode, EntryReader.readSpace(body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Change a space", description = "Replaces every field; the code cannot change. Refused when the hierarchy would break.")
    public Space update(@PathParam("siteCode") String siteCode, @PathParam("code") String code,
                        @RequestBody(content = @Content(schema = @Schema(implementation = Space.class))) JsonNode body) {
        return spaces.update(siteCode, EntryReader.readSpace(RequestBodies.withPathCode(body, code)));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Delete a space", description = "409 while spaces, devices or points are in it.")
    public Response delete(@PathParam("siteCode") String siteCode, @PathParam("code") String code) {
        spaces.delete(siteCode, code);
        return Response.noContent().build();
    }
}
