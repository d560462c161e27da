package io.wardwatt.alerts.rest;

import io.wardwatt.access.Role;
import io.wardwatt.alerts.Alert;
import io.wardwatt.alerts.AlertCsv;
import io.wardwatt.alerts.AlertFilter;
import io.wardwatt.alerts.AlertStatus;
import io.wardwatt.alerts.Severity;
import io.wardwatt.alerts.runtime.AlertService;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.UnknownEntityException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sites/{site}/alerts")
@Tag(name = "Alerts", description = "Standby excess of medical devices, meter imbalances and other conditions the watches find")
public class AlertResource {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    @Inject
    AlertService alerts;

    @Inject
    SecurityIdentity identity;

    /** An acknowledgement's comment. */
    public record Acknowledgement(String comment) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE, Role.LEADER_ROLE, Role.AUDITOR_ROLE})
    @Operation(summary = "Alerts, newest first", description = "status open (default: neither acknowledged nor cleared), acknowledged, "
            + "cleared or all; kind (standby-excess, meter-imbalance, ...); severity INFO, WARNING or CRITICAL; from and to "
            + "(ISO 8601 instants with offset): alerts whose judged period overlaps them; limit 1..5000 (default 500); format json "
            + "(default) or csv for a download. Each alert has its English text and, when its producer gave one, a message (key and "
            + "arguments) for the web UI to show it in the reader's language.")
    public Response list(@QueryParam("status") String status, @QueryParam("kind") String kind, @PathParam("site") String site,
                         @QueryParam("severity") String severity, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("limit") Integer limit, @QueryParam("format") String format) {
        AlertStatus wanted = status(status);
        if (kind != null && !KIND.matcher(kind).matches()) {
            throw new InvalidInputException("kind", "an alert kind such as standby-excess or meter-imbalance, got '" + kind + "'");
        }
        int rows = limit == null ? 500 : limit;
        if (rows < 1 || rows > 5000) {
            throw new InvalidInputException("limit", "1..5000, got " + rows);
        }
        Instant since = instant(from, "from");
        Instant until = instant(to, "to");
        if (since != null && until != null && !until.isAfter(since)) {
            throw new InvalidInputException("to", "must be after from (" + from + "), got '" + to + "'");
        }
        List<Alert> found = alerts.list(new AlertFilter(wanted, kind, site, severity(severity), since, until), rows);
        if (format == null || format.equals("json")) {
            return Response.ok(found, MediaType.APPLICATION_JSON).build();
        }
        if (format.equals("csv")) {
            return Response.ok(AlertCsv.write(found), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"alerts.csv\"").build();
        }
        throw new InvalidInputException("format", "json or csv, got '" + format + "'");
    }

    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_ROLE, Role.ENGINEER_ROLE})
    @Operation(summary = "Acknowledge an alert", description = "Body {comment} (required). Audited. An alert already acknowledged is "
            + "returned as it is.")
    public Alert acknowledge(@PathParam("site") String site, @PathParam("id") String id, Acknowledgement body) {
        long alertId;
        try {
            alertId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new UnknownEntityException("alert", site + "/" + id);
        }
        return alerts.acknowledge(site, alertId, body == null ? null : body.comment(), identity.getPrincipal().getName());
    }

    private static Severity severity(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Severity.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("severity", "INFO, WARNING or CRITICAL, got '" + text + "'");
        }
    }

    private static Instant instant(String text, String where) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(where, "an ISO 8601 instant with offset such as 2026-12-01T00:00:00+08:00, got '" + text + "'");
        }
    }

    private static AlertStatus status(String text) {
        if (text == null || text.equals("open")) {
            return AlertStatus.OPEN;
        }
        if (text.equals("all")) {
            return null;
        }
        try {
            return AlertStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "open, acknowledged, cleared or all, got '" + text + "'");
        }
    }
}
