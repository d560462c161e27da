package io.wardwatt.control.store;

import io.wardwatt.control.CommandKind;
import io.wardwatt.control.CommandPriority;
import io.wardwatt.control.CommandedPoint;
import io.wardwatt.control.DispatchEvent;
import io.wardwatt.control.ManualOverride;
import io.wardwatt.optimize.PlantInterventions.Intervention;
import io.wardwatt.persistence.FilteredSelect;
import io.wardwatt.persistence.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * control_event (appended), control_override, control_fault and control_suspension: what plant control did and the
 * state it must find again after a restart. Partial unique indexes keep one open fault per device and one open
 * suspension per site, so raising either twice is harmless.
 */
@ApplicationScoped
@Transactional
public class ControlRepository {

    @Inject
    EntityManager em;

    /** A stored event, with its row id and who caused it. */
    public record StoredEvent(long id, Instant at, String type, String device, String point, String text, String actor) {
    }

    /** An open fault or suspension. */
    public record Open(Instant since, String reason) {
    }

    public void append(String site, List<DispatchEvent> events, String actor) {
        for (DispatchEvent event : events) {
            em.createNativeQuery("insert into control_event (site, at, type, device, point, text, actor) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, site).setParameter(2, event.at()).setParameter(3, event.type().name()).setParameter(4, event.device())
                    .setParameter(5, event.point() == null ? null : event.point().toString()).setParameter(6, event.text())
                    .setParameter(7, actor).executeUpdate();
        }
    }

    public List<StoredEvent> events(String site, Instant from, Instant until, String device, String type, int limit) {
        var query = new FilteredSelect("select id, at, type, device, point, text, actor from control_event").and("site", "=", site)
                .and("at", ">=", from).and("at", "<", until).equalIfGiven("device", device).equalIfGiven("type", type)
                .query(em, "order by at desc, id desc limit " + limit);
        List<StoredEvent> events = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            events.add(new StoredEvent(((Number) r[0]).longValue(), NativeValues.instant(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6]));
        }
        return events;
    }

    // --- overrides ---

    public void insert(String site, ManualOverride override, String requestKey) {
        em.createNativeQuery("insert into control_override (id, site, device, point, kind, priority, value, starts_at, expires_at, created_by, "
                        + "comment, request_key) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                .setParameter(1, override.id()).setParameter(2, site).setParameter(3, override.point().device())
                .setParameter(4, override.point().point()).setParameter(5, override.point().kind().name())
                .setParameter(6, override.priority().level()).setParameter(7, override.value()).setParameter(8, override.startsAt())
                .setParameter(9, override.expiresAt()).setParameter(10, override.createdBy()).setParameter(11, override.comment())
                .setParameter(12, requestKey).executeUpdate();
    }

    public Optional<ManualOverride> override(UUID id) {
        return overrides("id = ?1", id).stream().findFirst();
    }

    public Optional<ManualOverride> overrideByRequestKey(String key) {
        return overrides("request_key = ?1", key).stream().findFirst();
    }

    /** Not released and not yet expired at {@code now}. */
    public List<ManualOverride> activeOverrides(String site, Instant now) {
        return overrides("site = ?1 and released_at is null and expires_at > ?2", site, now);
    }

    /** Every override of the site overlapping [from, until), newest first. */
    public List<ManualOverride> overridesDuring(String site, Instant from, Instant until) {
        return overrides("site = ?1 and starts_at < ?3 and coalesce(released_at, expires_at) > ?2", site, from, until);
    }

    public boolean release(UUID id, Instant at, String by, String comment) {
        return em.createNativeQuery("update control_override set released_at = ?2, released_by = ?3, release_comment = ?4 "
                        + "where id = ?1 and released_at is null and expires_at > ?2")
                .setParameter(1, id).setParameter(2, at).setParameter(3, by).setParameter(4, comment).executeUpdate() == 1;
    }

    private List<ManualOverride> overrides(String where, Object... parameters) {
        var query = em.createNativeQuery("select id, device, point, kind, priority, value, starts_at, expires_at, created_by, comment, "
                + "released_at, released_by from control_override where " + where + " order by starts_at desc");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<ManualOverride> overrides = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            CommandedPoint point = new CommandedPoint((String) r[1], (String) r[2], CommandKind.valueOf((String) r[3]));
            overrides.add(new ManualOverride((UUID) r[0], point, new CommandPriority(((Number) r[4]).intValue()), ((Number) r[5]).doubleValue(),
                    NativeValues.instant(r[6]), NativeValues.instant(r[7]), (String) r[8], (String) r[9], r[10] == null ? null : NativeValues.instant(r[10]), (String) r[11]));
        }
        return overrides;
    }

    // --- faults and suspensions ---

    /** Records a device's fault unless one is open already; whether it was new. */
    public boolean raiseFault(String site, String device, Instant at, String reason) {
        return em.createNativeQuery("insert into control_fault (site, device, raised_at, reason) values (?1, ?2, ?3, ?4) "
                        + "on conflict (site, device) where acknowledged_at is null do nothing")
                .setParameter(1, site).setParameter(2, device).setParameter(3, at).setParameter(4, reason).executeUpdate() == 1;
    }

    public Map<String, Open> openFaults(String site) {
        Map<String, Open> open = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select device, raised_at, reason from control_fault where site = ?1 and acknowledged_at is null "
                + "order by device").setParameter(1, site).getResultList()) {
            Object[] r = (Object[]) row;
            open.put((String) r[0], new Open(NativeValues.instant(r[1]), (String) r[2]));
        }
        return open;
    }

    public boolean acknowledge(String site, String device, Instant at, String by, String comment) {
        return em.createNativeQuery("update control_fault set acknowledged_at = ?3, acknowledged_by = ?4, comment = ?5 "
                        + "where site = ?1 and device = ?2 and acknowledged_at is null")
                .setParameter(1, site).setParameter(2, device).setParameter(3, at).setParameter(4, by).setParameter(5, comment).executeUpdate() == 1;
    }

    public void suspend(String site, Instant since, String reason) {
        em.createNativeQuery("insert into control_suspension (site, since, reason) values (?1, ?2, ?3) "
                        + "on conflict (site) where resumed_at is null do nothing")
                .setParameter(1, site).setParameter(2, since).setParameter(3, reason).executeUpdate();
    }

    public Optional<Open> openSuspension(String site) {
        List<?> rows = em.createNativeQuery("select since, reason from control_suspension where site = ?1 and resumed_at is null")
                .setParameter(1, site).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new Open(NativeValues.instant(r[0]), (String) r[1])).findFirst();
    }

    public boolean resume(String site, Instant at, String by, String comment) {
        return em.createNativeQuery("update control_suspension set resumed_at = ?2, resumed_by = ?3, comment = ?4 "
                        + "where site = ?1 and resumed_at is null")
                .setParameter(1, site).setParameter(2, at).setParameter(3, by).setParameter(4, comment).executeUpdate() == 1;
    }

    /** Faults and suspensions of the site overlapping [from, until). */
    public List<Intervention> faultsAndSuspensionsDuring(String site, Instant from, Instant until) {
        List<Intervention> found = new ArrayList<>();
        for (Object row : em.createNativeQuery("select device, raised_at, acknowledged_at, reason from control_fault where site = ?1 "
                + "and raised_at < ?3 and coalesce(acknowledged_at, 'infinity') > ?2 order by raised_at")
                .setParameter(1, site).setParameter(2, from).setParameter(3, until).getResultList()) {
            Object[] r = (Object[]) row;
            found.add(new Intervention(Intervention.Kind.EQUIPMENT_FAULT, (String) r[0], NativeValues.instant(r[1]), r[2] == null ? null : NativeValues.instant(r[2]),
                    (String) r[3]));
        }
        for (Object row : em.createNativeQuery("select since, resumed_at, reason from control_suspension where site = ?1 "
                + "and since < ?3 and coalesce(resumed_at, 'infinity') > ?2 order by since")
                .setParameter(1, site).setParameter(2, from).setParameter(3, until).getResultList()) {
            Object[] r = (Object[]) row;
            found.add(new Intervention(Intervention.Kind.PLAN_SUSPENDED, null, NativeValues.instant(r[0]), r[1] == null ? null : NativeValues.instant(r[1]), (String) r[2]));
        }
        return found;
    }
}
