package io.wardwatt.acquisition.rest;

import io.wardwatt.acquisition.runtime.AcquisitionConfig;
import io.wardwatt.acquisition.runtime.AcquisitionService;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.web.ServedSite;
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

/** The devices this instance polls, all of the configured site. */
@Path("/api/sites/{site}/acquisition/devices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Acquisition")
public class PolledDeviceResource {

    @Inject
    AcquisitionService acquisition;

    @Inject
    AcquisitionConfig config;

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Polled devices", description = "Each configured device: state (STARTING, OK, DEGRADED, FAULTY, DISABLED), "
            + "its last cycle, requests per cycle, errors by kind, stale points, and when it is polled next.")
    public List<DeviceView> devices(@PathParam("site") String site) {
        ServedSite.require(site, config.site(), "polled devices");
        return acquisition.statuses().stream().map(DeviceView::of).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed("**")
    @Operation(summary = "One polled device")
    public DeviceView device(@PathParam("site") String site, @PathParam("code") String code) {
        ServedSite.require(site, config.site(), "polled devices");
        return acquisition.status(code).map(DeviceView::of).orElseThrow(() -> new UnknownEntityException("polled device", code));
    }
}
