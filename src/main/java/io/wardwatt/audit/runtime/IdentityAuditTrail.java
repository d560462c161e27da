package io.wardwatt.audit.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.wardwatt.audit.AuditTrail;
import io.wardwatt.audit.store.AuditWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The audit trail of the service: the actor is the authenticated user, or "system" for scheduled work. */
@ApplicationScoped
public class IdentityAuditTrail implements AuditTrail {

    static final String SYSTEM = "system";

    @Inject
    AuditWriter writer;

    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    ObjectMapper json;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, String entityId, Object before, Object after) {
        writer.append(actor(), action, entityType, entityId, toJson(before), toJson(after));
    }

    private String actor() {
        try {
            SecurityIdentity id = identity.get();
            return id == null || id.isAnonymous() ? SYSTEM : id.getPrincipal().getName();
        } catch (RuntimeException noRequestContext) {
            // Scheduled jobs and start-up have no request, hence no identity.
            return SYSTEM;
        }
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the audit state of " + value.getClass().getSimpleName(), e);
        }
    }
}
