package io.wardwatt.audit.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditRow> {

    /** Newest first; every filter is optional. */
    public List<AuditRow> search(String entityType, String entityId, String actor, Instant from, Instant to, int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (entityType != null) {
            q.append(" and entityType = :entityType");
            p.and("entityType", entityType);
        }
        if (entityId != null) {
            q.append(" and entityId = :entityId");
            p.and("entityId", entityId);
        }
        if (actor != null) {
            q.append(" and actor = :actor");
            p.and("actor", actor);
        }
        if (from != null) {
            q.append(" and at >= :from");
            p.and("from", from);
        }
        if (to != null) {
            q.append(" and at < :to");
            p.and("to", to);
        }
        return find(q.toString(), Sort.descending("at", "id"), p).page(0, limit).list();
    }
}
