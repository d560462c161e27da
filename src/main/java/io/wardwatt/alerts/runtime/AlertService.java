package io.wardwatt.alerts.runtime;

import io.wardwatt.alerts.Alert;
import io.wardwatt.alerts.AlertFilter;
import io.wardwatt.alerts.AlertSink;
import io.wardwatt.alerts.AlertStatus;
import io.wardwatt.alerts.RaisedAlert;
import io.wardwatt.alerts.store.AlertRepository;
import io.wardwatt.audit.AuditTrail;
import io.wardwatt.input.DecisionComment;
import io.wardwatt.input.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The alert store of the service: raises, updates and clears alerts for the watches (as {@link AlertSink}), lists
 * them and takes engineers' acknowledgements. Every change is audited in the transaction that makes it.
 */
@ApplicationScoped
@Transactional
public class AlertService implements AlertSink {

    static final String ENTITY = "alert";

    @Inject
    AlertRepository alerts;

    @Inject
    AuditTrail audit;

    @Override
    public Alert raise(RaisedAlert raised) {
        Instant now = Instant.now();
        boolean inserted = alerts.insertIfAbsent(raised, now);
        Alert before = alerts.lockByCondition(raised.kind(), raised.site(), raised.source(), raised.period()).orElseThrow();
        if (inserted) {
            audit.record("raise", ENTITY, Long.toString(before.id()), null, before);
            return before;
        }
        if (before.sameFindingAs(raised)) {
            return before;
        }
        alerts.update(before.id(), raised, now);
        Alert after = alerts.lock(before.id()).orElseThrow();
        audit.record("update", ENTITY, Long.toString(after.id()), before, after);
        return after;
    }

    @Override
    public void clear(String kind, String site, String source, String period) {
        alerts.lockByCondition(kind, site, source, period).filter(a -> a.clearedAt() == null).ifPresent(before -> {
            alerts.clear(before.id(), Instant.now());
            audit.record("clear", ENTITY, Long.toString(before.id()), before, alerts.lock(before.id()).orElseThrow());
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Alert> list(AlertStatus status, String kind, String site, int limit) {
        return list(new AlertFilter(status, kind, site, null, null, null), limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Alert> list(AlertFilter filter, int limit) {
        return alerts.list(filter, limit);
    }

    /**
     * Records who saw the alert and what they will do. Acknowledging an acknowledged alert changes nothing and returns it
     * as it is (a repeated request is harmless).
     */
    public Alert acknowledge(String site, long id, String comment, String user) {
        String why = DecisionComment.require(comment, "what was found or will be done");
        Alert before = alerts.lock(id).filter(a -> a.site().equals(site))
                .orElseThrow(() -> new UnknownEntityException(ENTITY, site + "/" + id));
        if (before.acknowledgedAt() != null) {
            return before;
        }
        alerts.acknowledge(id, user, why, Instant.now());
        Alert after = alerts.lock(id).orElseThrow();
        audit.record("acknowledge", ENTITY, Long.toString(id), before, after);
        return after;
    }
}
