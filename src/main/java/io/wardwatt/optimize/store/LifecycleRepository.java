package io.wardwatt.optimize.store;

import io.wardwatt.optimize.plans.LifecycleState;
import io.wardwatt.optimize.plans.LifecycleTransition;
import io.wardwatt.optimize.plans.PlanLifecycle;
import io.wardwatt.persistence.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * plan_lifecycle (one row per plan that left the draft state) and plan_transition (every step, appended). The
 * table's trigger keeps the state moving forward; a partial unique index keeps one plan in force per site and day.
 */
@ApplicationScoped
public class LifecycleRepository {

    @Inject
    EntityManager em;

    /** A plan that is in force, or was: its key, day and state. */
    public record Entry(UUID planId, String site, LocalDate date, LifecycleState state, String mode) {
    }

    public Optional<Entry> find(UUID planId) {
        List<?> rows = em.createNativeQuery("select plan_id, site, plan_date, state, mode from plan_lifecycle where plan_id = ?1")
                .setParameter(1, planId).getResultList();
        return rows.stream().map(r -> entry((Object[]) r)).findFirst();
    }

    /** The plan approved or dispatching for the site's day. */
    public Optional<Entry> inForce(String site, LocalDate date) {
        List<?> rows = em.createNativeQuery("select plan_id, site, plan_date, state, mode from plan_lifecycle "
                        + "where site = ?1 and plan_date = ?2 and state in ('approved', 'dispatching')")
                .setParameter(1, site).setParameter(2, date).getResultList();
        return rows.stream().map(r -> entry((Object[]) r)).findFirst();
    }

    /** Whether any plan of the site's day has left the draft state (approved, in force, done, superseded or cancelled). */
    public boolean anyFor(String site, LocalDate date) {
        return !em.createNativeQuery("select 1 from plan_lifecycle where site = ?1 and plan_date = ?2 limit 1")
                .setParameter(1, site).setParameter(2, date).getResultList().isEmpty();
    }

    /** The site's plans approved for a day from {@code from} to {@code to} inclusive (approved, dispatching or done), by day. */
    public List<Entry> approvedBetween(String site, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("select plan_id, site, plan_date, state, mode from plan_lifecycle "
                        + "where site = ?1 and plan_date between ?2 and ?3 and state in ('approved', 'dispatching', 'done') order by plan_date")
                .setParameter(1, site).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> entry((Object[]) r)).toList();
    }

    /** Every plan approved or dispatching, on any site and day. */
    public List<Entry> allInForce() {
        List<?> rows = em.createNativeQuery("select plan_id, site, plan_date, state, mode from plan_lifecycle "
                + "where state in ('approved', 'dispatching') order by plan_date, site").getResultList();
        return rows.stream().map(r -> entry((Object[]) r)).toList();
    }

    /** A plan's first step out of draft. */
    public void insert(UUID planId, String site, LocalDate date, LifecycleState state, String mode) {
        em.createNativeQuery("insert into plan_lifecycle (plan_id, site, plan_date, state, mode) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, planId).setParameter(2, site).setParameter(3, date).setParameter(4, state.code()).setParameter(5, mode)
                .executeUpdate();
    }

    /** from → to, only if the plan is still in {@code from}; whether it applied. */
    public boolean move(UUID planId, LifecycleState from, LifecycleState to) {
        return em.createNativeQuery("update plan_lifecycle set state = ?3, changed_at = clock_timestamp() where plan_id = ?1 and state = ?2")
                .setParameter(1, planId).setParameter(2, from.code()).setParameter(3, to.code()).executeUpdate() == 1;
    }

    public void appendTransition(UUID planId, LifecycleState from, LifecycleState to, String actor, String comment) {
        em.createNativeQuery("insert into plan_transition (plan_id, from_state, to_state, actor, comment) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, planId).setParameter(2, from.code()).setParameter(3, to.code()).setParameter(4, actor)
                .setParameter(5, comment).executeUpdate();
    }

    /** The plan's life cycle, when it has left the draft state. */
    public Optional<PlanLifecycle> lifecycle(UUID planId) {
        return find(planId).map(entry -> new PlanLifecycle(entry.state(), entry.mode(), history(planId)));
    }

    private List<LifecycleTransition> history(UUID planId) {
        List<?> rows = em.createNativeQuery("select from_state, to_state, actor, at, comment from plan_transition where plan_id = ?1 order by id")
                .setParameter(1, planId).getResultList();
        return rows.stream().map(r -> {
            Object[] row = (Object[]) r;
            return new LifecycleTransition(LifecycleState.parse((String) row[0]), LifecycleState.parse((String) row[1]), (String) row[2],
                    NativeValues.instant(row[3]), (String) row[4]);
        }).toList();
    }

    /** Serialises, until the caller's transaction ends, every change of the site's day. */
    public void lockDay(String site, LocalDate date) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('plan_lifecycle'), hashtext(?1))").setParameter(1, site + "/" + date)
                .getSingleResult();
    }

    private static Entry entry(Object[] row) {
        LocalDate date = row[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[2];
        return new Entry((UUID) row[0], (String) row[1], date, LifecycleState.parse((String) row[3]), (String) row[4]);
    }
}
