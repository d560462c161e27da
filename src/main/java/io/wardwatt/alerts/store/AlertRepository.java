package io.wardwatt.alerts.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wardwatt.alerts.Alert;
import io.wardwatt.alerts.AlertFilter;
import io.wardwatt.alerts.AlertMessage;
import io.wardwatt.alerts.AlertStatus;
import io.wardwatt.alerts.RaisedAlert;
import io.wardwatt.alerts.Severity;
import io.wardwatt.persistence.FilteredSelect;
import io.wardwatt.persistence.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The alert table. Callers hold the transaction ({@code MANDATORY}) so an alert and its audit entry commit together. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AlertRepository {

    private static final String COLUMNS = "id, kind, site, source, period, period_start, period_end, severity, text, measured, expected, "
            + "kwh_wasted, raised_at, updated_at, cleared_at, acknowledged_at, acknowledged_by, acknowledge_comment, message_key, message_args::text";

    // arguments are numbers and short texts: a plain mapper, not the REST layer's
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> ARGS = new TypeReference<>() { };

    @Inject
    EntityManager em;

    /** Inserts the alert unless one for the same condition exists; true when this call inserted it. */
    public boolean insertIfAbsent(RaisedAlert a, Instant now) {
        int rows = em.createNativeQuery("insert into alert (kind, site, source, period, period_start, period_end, severity, text, measured, "
                        + "expected, kwh_wasted, raised_at, updated_at, message_key, message_args) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?13, cast(?14 as jsonb)) "
                        + "on conflict (kind, site, source, period) do nothing")
                .setParameter(1, a.kind()).setParameter(2, a.site()).setParameter(3, a.source()).setParameter(4, a.period())
                .setParameter(5, a.periodStart()).setParameter(6, a.periodEnd()).setParameter(7, a.severity().name())
                .setParameter(8, a.text()).setParameter(9, a.measured()).setParameter(10, a.expected()).setParameter(11, a.kwhWasted())
                .setParameter(12, now).setParameter(13, messageKey(a)).setParameter(14, messageArgs(a)).executeUpdate();
        return rows == 1;
    }

    /** The alert for a condition, locked until the transaction ends. */
    public Optional<Alert> lockByCondition(String kind, String site, String source, String period) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from alert where kind = ?1 and site = ?2 and source = ?3 and period = ?4 "
                        + "for update")
                .setParameter(1, kind).setParameter(2, site).setParameter(3, source).setParameter(4, period).getResultList();
        return rows.stream().findFirst().map(r -> alert((Object[]) r));
    }

    public Optional<Alert> lock(long id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from alert where id = ?1 for update").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> alert((Object[]) r));
    }

    /** New numbers and text for a condition found again; it is no longer cleared. */
    public void update(long id, RaisedAlert a, Instant now) {
        em.createNativeQuery("update alert set severity = ?2, text = ?3, measured = ?4, expected = ?5, kwh_wasted = ?6, updated_at = ?7, "
                        + "cleared_at = null, message_key = ?8, message_args = cast(?9 as jsonb) where id = ?1")
                .setParameter(1, id).setParameter(2, a.severity().name()).setParameter(3, a.text()).setParameter(4, a.measured())
                .setParameter(5, a.expected()).setParameter(6, a.kwhWasted()).setParameter(7, now).setParameter(8, messageKey(a))
                .setParameter(9, messageArgs(a)).executeUpdate();
    }

    public void clear(long id, Instant now) {
        em.createNativeQuery("update alert set cleared_at = ?2, updated_at = ?2 where id = ?1").setParameter(1, id).setParameter(2, now)
                .executeUpdate();
    }

    public void acknowledge(long id, String user, String comment, Instant now) {
        em.createNativeQuery("update alert set acknowledged_at = ?2, acknowledged_by = ?3, acknowledge_comment = ?4 where id = ?1")
                .setParameter(1, id).setParameter(2, now).setParameter(3, user).setParameter(4, comment).executeUpdate();
    }

    /** Newest raised first; every filter is optional. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Alert> list(AlertFilter filter, int limit) {
        AlertStatus status = filter.status();
        FilteredSelect select = new FilteredSelect("select " + COLUMNS + " from alert");
        if (status == AlertStatus.OPEN) {
            select.and("acknowledged_at is null and cleared_at is null");
        } else if (status == AlertStatus.ACKNOWLEDGED) {
            select.and("acknowledged_at is not null");
        } else if (status == AlertStatus.CLEARED) {
            select.and("acknowledged_at is null and cleared_at is not null");
        }
        select.equalIfGiven("kind", filter.kind()).equalIfGiven("site", filter.site())
                .equalIfGiven("severity", filter.severity() == null ? null : filter.severity().name());
        if (filter.from() != null) {
            select.and("period_end", ">", filter.from());
        }
        if (filter.to() != null) {
            select.and("period_start", "<", filter.to());
        }
        var query = select.query(em, "order by raised_at desc, id desc limit " + limit);
        List<Alert> alerts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            alerts.add(alert((Object[]) row));
        }
        return alerts;
    }

    private static Alert alert(Object[] r) {
        return new Alert(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], NativeValues.instant(r[5]),
                NativeValues.instant(r[6]), Severity.valueOf((String) r[7]), (String) r[8], number(r[9]), number(r[10]), number(r[11]), NativeValues.instant(r[12]),
                NativeValues.instant(r[13]), NativeValues.instant(r[14]), NativeValues.instant(r[15]), (String) r[16], (String) r[17],
                message((String) r[18], (String) r[19]));
    }

    private static String messageKey(RaisedAlert a) {
        return a.message() == null ? null : a.message().key();
    }

    private static String messageArgs(RaisedAlert a) {
        try {
            return a.message() == null ? null : JSON.writeValueAsString(a.message().args());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert message arguments are numbers and texts", e);
        }
    }

    private static AlertMessage message(String key, String args) {
        if (key == null) {
            return null;
        }
        try {
            return new AlertMessage(key, args == null ? Map.of() : JSON.readValue(args, ARGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert message arguments stored as a JSON object", e);
        }
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
