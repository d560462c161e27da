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

@Path("/api/acquisition/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Acquisition", description = "Modbus polling: devices, their state, and the register-map templates")
/** The register-map templates are shared by every site; the polled devices are a site's ({@link PolledDeviceResource}). */
public class AcquisitionResource {

    @Inject
    AcquisitionService acquisition;

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Device templates", description = "Shipped and configured register maps, without their points.")
    public List<TemplateView.Summary> templates() {
        return acquisition.templates().all().stream().map(TemplateView.Summary::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("**")
    @Operation(summary = "One device template", description = "Its points as in the template format, and the read requests of one cycle.")
    public TemplateView template(@PathParam("id") String id) {
        return acquisition.templates().find(id).map(TemplateView::of).orElseThrow(() -> new UnknownEntityException("template", id));
    }
}
