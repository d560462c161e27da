package io.wardwatt.site.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.access.Role;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.site.Device;
import io.wardwatt.site.definition.EntryReader;
import io.wardwatt.site.runtime.DeviceService;
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

@Path("/api/sites/{siteCode}/devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Site model")
public class DeviceResource {

    @Inject
    DeviceService devices;

    @GET
    @RolesAllowed("**")
    @Operation(summary = "All devices of a site")
    public List<Device> list(@PathParam("siteCode") String siteCode) {
        return devices.list(siteCode);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed("**")
    @Operation(summary = "One device")
    public Device get(@PathParam("siteCode") String siteCode, @PathParam("code") String code) {
        return devices.find(siteCode, code).orElseThrow(() -> new UnknownEntityException("device", siteCode + "/" + code));
    }

    @POST
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Create a device", description = "kind: meter, chiller, pump, pv_inverter, battery, boiler, medical, ...; "
            + "space: the code of a space of the site, or absent.")
    public Response create(@PathParam("siteCode") String siteCode,
                           @RequestBody(content = @Content(schema = @Schema(implementation = Device.class))) JsonNode body,
                           @Context UriInfo uri) {
        Device created = devices.create(siteCode, EntryReader.readDevice(body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Change a device", description = "Replaces every field; the code cannot change.")
    public Device update(@PathParam("siteCode") String siteCode, @PathParam("code") String code,
                         @RequestBody(content = @Content(schema = @Schema(implementation = Device.class))) JsonNode body) {
        return devices.update(siteCode, EntryReader.readDevice(RequestBodies.withPathCode(body, code)));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Delete a device", description = "409 while points are read from it.")
    public Response delete(@PathParam("siteCode") String siteCode, @PathParam("code") String code) {
        devices.delete(siteCode, code);
        return Response.noContent().build();
    }
}
