package io.wardwatt.acquisition.rest;

import io.wardwatt.acquisition.runtime.AcquisitionService;
import io.wardwatt.input.UnknownEntityException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/acquisition")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Acquisition", description = "Modbus polling: devices, their state, and the register-map templates")
public class AcquisitionResource {

    @Inject
    AcquisitionService acquisition;

    @GET
    @Path("/devices")
    @RolesAllowed("**")
    @Operation(summary = "Polled devices", description = "Each configured device: state (STARTING, OK, DEGRADED, FAULTY, DISABLED), "
            + "its last cycle, requests per cycle, errors by kind, stale points, and when it is polled next.")
    public List<DeviceView> devices() {
        return acquisition.statuses().stream().map(DeviceView::of).toList();
    }

    @GET
    @Path("/devices/{code}")
    @RolesAllowed("**")
    @Operation(summary = "One polled device")
    public DeviceView device(@PathParam("code") String code) {
        return acquisition.status(code).map(DeviceView::of).orElseThrow(() -> new UnknownEntityException("polled device", code));
    }

    @GET
    @Path("/templates")
    @RolesAllowed("**")
    @Operation(summary = "Device templates", description = "Shipped and configured register maps, without their points.")
    public List<TemplateView.Summary> templates() {
        return acquisition.templates().all().stream().map(TemplateView.Summary::of).toList();
    }

    @GET
    @Path("/templates/{id}")
    @RolesAllowed("**")
    @Operation(summary = "One device template", description = "Its points as in the template format, and the read requests of one cycle.")
    public TemplateView template(@PathParam("id") String id) {
        return acquisition.templates().find(id).map(TemplateView::of).orElseThrow(() -> new UnknownEntityException("template", id));
    }
}
