package io.wardwatt.reporting.rest;

import io.wardwatt.access.Role;
import io.wardwatt.reporting.PlatformReportSchema;
import io.wardwatt.reporting.runtime.ReportingConfig;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports/platform")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Report submissions")
public class PlatformProfileResource {

    @Inject
    ReportingConfig config;

    /** Where reports go (never the credentials) and the payload profile they follow. */
    public record PlatformProfile(boolean enabled, URI endpoint, String schemaVersion, String schema) {
    }

    @GET
    @RolesAllowed({Role.ADMIN_ROLE, Role.REPORTER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "The platform reports go to", description = "Whether sending is on, the endpoint, and the payload profile.")
    public PlatformProfile profile() {
        return new PlatformProfile(config.platform().enabled(), config.platform().endpoint().orElse(null), PlatformReportSchema.SCHEMA_VERSION,
                "/api/reports/platform/schema");
    }

    @GET
    @Path("/schema")
    @Produces("application/schema+json")
    @RolesAllowed({Role.ADMIN_ROLE, Role.REPORTER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "The JSON Schema of the platform payload, profile v1")
    public String schema() {
        return PlatformReportSchema.v1().text();
    }
}
