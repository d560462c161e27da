package io.wardwatt.site.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.access.Role;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.Site;
import io.wardwatt.site.definition.EntryReader;
import io.wardwatt.site.runtime.SiteService;
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

@Path("/api/sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Site model", description = "Sites, their spaces, devices and measurement points")
public class SiteResource {

    @Inject
    SiteService sites;

    @GET
    @RolesAllowed("**")
    @Operation(summary = "All sites")
    public List<Site> list() {
        return sites.list();
    }

    @GET
    @Path("/{siteCode}")
    @RolesAllowed("**")
    @Operation(summary = "One site")
    public Site get(@PathParam("siteCode") String siteCode) {
        return sites.find(siteCode).orElseThrow(() -> new UnknownEntityException("site", siteCode));
    }

    @POST
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Create a site", description = "timeZone is an IANA zone (Asia/Shanghai), province ISO 3166-2 (CN-SH). "
            + "409 when the code exists.")
    public Response create(@RequestBody(content = @Content(schema = @Schema(implementation = Site.class))) JsonNode body,
                           @Context UriInfo uri) {
        Site created = sites.create(EntryReader.readSite(body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/{siteCode}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Change a site", description = "Replaces every field; the code cannot change.")
    public Site update(@PathParam("siteCode") String siteCode,
                       @RequestBody(content = @Content(schema = @Schema(implementation = Site.class))) JsonNode body) {
        return sites.update(EntryReader.readSite(RequestBodies.withPathCode(body, siteCode)));
    }

    @DELETE
    @Path("/{siteCode}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Delete an empty site", description = "409 while it still holds spaces, devices or points.")
    public Response delete(@PathParam("siteCode") String siteCode) {
        sites.delete(siteCode);
        return Response.noContent().build();
    }
}
