package io.wardwatt.audit;

/**
 * Records a change: who made it (taken from the caller's identity by the implementation), what was done,
 * to what, and the state before and after. Called inside the transaction that makes the change, so the
 * entry and the change commit or roll back together.
 */
public interface AuditTrail {

    /**
     * @param action     create, update, delete, import, ingest, ...
     * @param entityType site, space, point, user, ...
     * @param entityId   the changed thing's key, or null for bulk actions
     * @param before     the state before (a record serialised as JSON), or null on create
     * @param after      the state after, or null on delete
     */
    void record(String action, String entityType, String entityId, Object before, Object after);
}
