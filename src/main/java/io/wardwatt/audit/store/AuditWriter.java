package io.wardwatt.audit.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Appends to the audit log in the caller's transaction. */
@ApplicationScoped
public class AuditWriter {

    @Inject
    EntityManager em;

    public void append(String actor, String action, String entityType, String entityId, String beforeJson, String afterJson) {
        em.createNativeQuery("insert into audit_log (actor, action, entity_type, entity_id, before, after) "
                        + "values (?1, ?2, ?3, ?4, cast(?5 as jsonb), cast(?6 as jsonb))")
                .setParameter(1, actor)
                .setParameter(2, action)
                .setParameter(3, entityType)
                .setParameter(4, entityId)
                .setParameter(5, beforeJson)
                .setParameter(6, afterJson)
                .executeUpdate();
    }
}
