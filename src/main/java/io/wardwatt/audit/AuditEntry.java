package io.wardwatt.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One line of the audit log as the API shows it. */
public record AuditEntry(long id, Instant at, String actor, String action, String entityType, String entityId,
                         JsonNode before, JsonNode after) {
}
