package io.wardwatt.optimize.store;

import io.wardwatt.optimize.plans.PlanRevision;
import io.wardwatt.persistence.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** plan_revision: the re-plans of approved plans, appended only. */
@ApplicationScoped
public class RevisionRepository {

    private static final String COLUMNS = "plan_id, number, outcome, replan_id, cause, cause_detail, requested_by, at, first_slot, replaces_from, "
            + "replaces_until, episode_from, verdict";

    @Inject
    EntityManager em;

    /** The plan's re-plans, oldest first. */
    public List<PlanRevision> of(UUID planId) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from plan_revision where plan_id = ?1 order by number")
                .setParameter(1, planId).getResultList();
        return rows.stream().map(r -> revision((Object[]) r)).toList();
    }

    /** The re-plan already made for the deviation that began at {@code episodeFrom}. */
    public Optional<PlanRevision> forEpisode(UUID planId, Instant episodeFrom) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from plan_revision where plan_id = ?1 and episode_from = ?2")
                .setParameter(1, planId).setParameter(2, Timestamp.from(episodeFrom)).getResultList();
        return rows.stream().map(r -> revision((Object[]) r)).findFirst();
    }

    /** The re-plan whose own plan is {@code replanId}. */
    public Optional<PlanRevision> byReplan(UUID replanId) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from plan_revision where replan_id = ?1").setParameter(1, replanId)
                .getResultList();
        return rows.stream().map(r -> revision((Object[]) r)).findFirst();
    }

    public void insert(PlanRevision r) {
        // episode_from is left out rather than bound as null: an untyped null parameter does not bind to timestamptz.
        boolean episode = r.episodeFrom() != null;
        String columns = COLUMNS.replace(", episode_from", "");
        var insert = em.createNativeQuery("insert into plan_revision (" + columns + (episode ? ", episode_from" : "")
                        + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12" + (episode ? ", ?13)" : ")"))
                .setParameter(1, r.planId()).setParameter(2, r.number()).setParameter(3, r.outcome()).setParameter(4, r.replanId())
                .setParameter(5, r.cause()).setParameter(6, r.causeDetail()).setParameter(7, r.requestedBy()).setParameter(8, Timestamp.from(r.at()))
                .setParameter(9, r.firstSlot()).setParameter(10, Timestamp.from(r.replacesFrom())).setParameter(11, Timestamp.from(r.replacesUntil()))
                .setParameter(12, r.verdict());
        if (episode) {
            insert.setParameter(13, Timestamp.from(r.episodeFrom()));
        }
        insert.executeUpdate();
    }

    private static PlanRevision revision(Object[] row) {
        return new PlanRevision((UUID) row[0], ((Number) row[1]).intValue(), (String) row[2], (UUID) row[3], (String) row[4], (String) row[5],
                (String) row[6], NativeValues.instant(row[7]), ((Number) row[8]).intValue(), NativeValues.instant(row[9]),
                NativeValues.instant(row[10]), row[11] == null ? null : NativeValues.instant(row[11]), (String) row[12]);
    }
}
