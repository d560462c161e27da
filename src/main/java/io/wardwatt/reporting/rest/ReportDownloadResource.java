package io.wardwatt.reporting.rest;

import io.wardwatt.access.Role;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.reporting.runtime.ReportDownloads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A closed month's report as a file, the format named by the extension as a file is (the path is also the name it is
 * saved under): {@code /api/sites/HOSP/reports/2026-09.pdf}.
 */
@Path("/api/sites/{site}/reports")
@Tag(name = "Reports", description = "The report of a closed month: the XLSX annex, the PDF for signatures, the platform payload")
public class ReportDownloadResource {

    @Inject
    ReportDownloads downloads;

    @GET
    @Path("/{month}.{format}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.LEADER_ROLE, Role.REPORTER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "The report of a closed month",
            description = "format: xlsx (the annex tables), pdf (for signatures) or json (the platform payload, the same bytes as the "
                    + "submission outbox holds for the version). The latest version, or the one asked for. XLSX and PDF are rendered from "
                    + "the ledger computed again from the activities the version stored, with its recorded factor set and calculation day; "
                    + "409 when that no longer gives the stored ledger (run verify). 404 while the month is open; 400 for a bad month, "
                    + "format or version. Saved as e.g. HOSP-2026-09-v1.pdf; the same version downloads as the same bytes.")
    public Response download(@PathParam("site") String site, @Parameter(description = "YYYY-MM") @PathParam("month") String month,
            @Parameter(description = "xlsx, pdf or json") @PathParam("format") String format,
            @Parameter(description = "1, 2, ...; the latest when absent") @QueryParam("version") Integer version) {
        YearMonth parsedMonth = month(month);
        ReportDownloads.Format parsedFormat = ReportDownloads.Format.parse(format, "format");
        if (version != null && version < 1) {
            throw new InvalidInputException("version", "1 or more, got " + version);
        }
        ReportDownloads.ReportFile file = downloads.download(site, parsedMonth, version, parsedFormat);
        return Response.ok(file.content(), file.format().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "'" + text + "' is not a month: YYYY-MM, e.g. 2026-09");
        }
    }
}
