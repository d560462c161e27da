package io.wardwatt.site.rest;

import io.wardwatt.access.Role;
import io.wardwatt.site.definition.DocumentFormat;
import io.wardwatt.site.definition.ImportSummary;
import io.wardwatt.site.runtime.SiteImporter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site model")
public class SiteImportResource {

    static final String YAML = "application/yaml";

    @Inject
    SiteImporter importer;

    @POST
    @Consumes({YAML, "application/x-yaml", "text/yaml", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Import a whole site from a definition (YAML or JSON)",
            description = "Creates and updates the site, its spaces, devices and points by code; never deletes (what the file does "
                    + "not mention is listed as notInFile). All or nothing: any problem refuses the whole file (400, every problem "
                    + "with its path and line). Importing the same file again changes nothing.")
    public ImportSummary importDefinition(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                          @Parameter(description = "only validate and report what an import would change")
                                          @QueryParam("dryRun") boolean dryRun) {
        return importer.importDocument(body == null ? "" : body, DocumentFormat.ofMediaType(contentType), null, dryRun);
    }
}
