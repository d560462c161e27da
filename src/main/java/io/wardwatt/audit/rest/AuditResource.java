package io.wardwatt.audit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wardwatt.access.Role;
import io.wardwatt.audit.AuditEntry;
import io.wardwatt.audit.store.AuditRepository;
import io.wardwatt.audit.store.AuditRow;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.web.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditRepository repository;

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed({Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The audit log, newest first", description = "Who changed what, when, with the state before and after.")
    public List<AuditEntry> search(@QueryParam("entityType") String entityType,
                                   @QueryParam("entityId") String entityId,
                                   @QueryParam("actor") String actor,
                                   @QueryParam("from") String from,
                                   @QueryParam("to") String to,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new InvalidInputException("limit", "must be between 1 and 10000, got " + limit);
        }
        return repository.search(entityType, entityId, actor, QueryParameters.instant("from", from), QueryParameters.instant("to", to), limit)
                .stream().map(this::entry).toList();
    }

    private AuditEntry entry(AuditRow row) {
        return new AuditEntry(row.id, row.at, row.actor, row.action, row.entityType, row.entityId, node(row.before), node(row.after));
    }

    private JsonNode node(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit row holds invalid JSON", e);
        }
    }
}
