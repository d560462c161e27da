package io.wardwatt.optimize.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.wardwatt.optimize.plans.PlanKeyFigures;
import io.wardwatt.optimize.plans.PlanKind;
import io.wardwatt.optimize.plans.PlanRequest;
import io.wardwatt.optimize.plans.PlanStatus;
import io.wardwatt.optimize.plans.StoredPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The stored plans. Status changes are conditional updates ({@code ... where status in (...)}) that report whether
 * they applied, so two parties (the solver thread and a stop request) can never both move a plan.
 */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<PlanRow, UUID> {

    private static final String HEAD = "select new io.wardwatt.optimize.store.PlanHead(p.id, p.status, p.kind, p.site, p.planDate, "
            + "p.requestedBy, p.requestedAt, p.startedAt, p.finishedAt, p.objective, p.boundObjective, p.gapPercent, p.savingPercent, "
            + "p.feasible, p.error, p.replayOf, p.forecastId, p.idempotencyKey) from PlanRow p ";

    @Inject
    ObjectMapper json;

    /** The stored inputs of a plan. */
    public record Inputs(String scenarioJson, Map<String, String> modelFiles) {
    }

    public StoredPlan insert(PlanRequest request) {
        PlanRow row = new PlanRow();
        row.id = UUID.randomUUID();
        row.kind = request.kind().code();
        row.status = PlanStatus.QUEUED.code();
        row.site = request.site();
        row.planDate = request.date();
        row.requestedBy = request.requestedBy();
        row.requestedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        row.scenario = request.scenarioJson();
        row.modelFiles = write(request.modelFiles());
        row.replayOf = request.replayOf();
        row.forecastId = request.forecastId();
        row.idempotencyKey = request.idempotencyKey();
        persist(row);
        flush();
        return find(row.id).orElseThrow();
    }

    public Optional<StoredPlan> find(UUID id) {
        return heads("where p.id = :id", Parameters.with("id", id), 1).stream().findFirst();
    }

    public Optional<StoredPlan> findByIdempotencyKey(String key) {
        return heads("where p.idempotencyKey = :key", Parameters.with("key", key), 1).stream().findFirst();
    }

    /** The daily plan already made for the site's day from this forecast issue. */
    public Optional<StoredPlan> findDaily(String site, LocalDate date, long forecastId) {
        return heads("where p.kind = 'daily' and p.site = :site and p.planDate = :date and p.forecastId = :forecast",
                Parameters.with("site", site).and("date", date).and("forecast", forecastId), 1).stream().findFirst();
    }

    /** Newest first; every filter is optional. */
    public List<StoredPlan> list(String site, LocalDate date, PlanKind kind, PlanStatus status, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        where.add("p.site = :site");
        parameters.and("site", site);
        if (date != null) {
            where.add("p.planDate = :date");
            parameters.and("date", date);
        }
        if (kind != null) {
            where.add("p.kind = :kind");
            parameters.and("kind", kind.code());
        }
        if (status != null) {
            where.add("p.status = :status");
            parameters.and("status", status.code());
        }
        return heads("where " + String.join(" and ", where), parameters, limit);
    }

    /** Plans left queued or solving (by a stop of the service), oldest first. */
    public List<UUID> unfinished() {
        return getEntityManager().createQuery("select p.id from PlanRow p where p.status in ('queued', 'solving') order by p.requestedAt, p.id",
                UUID.class).getResultList();
    }

    public Optional<Inputs> inputs(UUID id) {
        return findByIdOptional(id).map(row -> new Inputs(row.scenario, read(row.modelFiles)));
    }

    public Optional<String> scenarioJson(UUID id) {
        return findByIdOptional(id).map(row -> row.scenario);
    }

    /** The plan document, when the plan has one. */
    public Optional<String> planJson(UUID id) {
        return findByIdOptional(id).map(row -> row.plan);
    }

    /** The plan document of the site's latest finished daily plan of the day that has one. */
    public Optional<String> latestDailyPlanJson(String site, LocalDate date) {
        return find("kind = 'daily' and site = ?1 and planDate = ?2 and plan is not null", Sort.descending("finishedAt"), site, date)
                .firstResultOptional().map(row -> row.plan);
    }

    /** queued (or left solving by a stop) → solving. */
    public boolean claim(UUID id) {
        return update("status = 'solving', startedAt = ?2 where id = ?1 and status in ('queued', 'solving')", id, now()) == 1;
    }

    /** solving → done or stopped, with the plan. */
    public boolean finish(UUID id, PlanStatus status, String planJson, PlanKeyFigures figures) {
        return update("status = :status, finishedAt = :now, plan = :plan, objective = :objective, boundObjective = :bound, gapPercent = :gap, "
                        + "savingPercent = :saving, feasible = :feasible where id = :id and status = 'solving'",
                Parameters.with("status", status.code()).and("now", now()).and("plan", planJson).and("objective", figures.objective())
                        .and("bound", figures.boundObjective()).and("gap", figures.gapPercent()).and("saving", figures.savingPercent())
                        .and("feasible", figures.feasible()).and("id", id)) == 1;
    }

    /** queued or solving → failed. */
    public boolean fail(UUID id, String error) {
        return update("status = 'failed', finishedAt = ?2, error = ?3 where id = ?1 and status in ('queued', 'solving')", id, now(), error) == 1;
    }

    /** queued → stopped, without a plan. */
    public boolean cancel(UUID id, String reason) {
        return update("status = 'stopped', finishedAt = ?2, error = ?3 where id = ?1 and status = 'queued'", id, now(), reason) == 1;
    }

    /** solving → stopped, without a plan (a stop that came before the search had anything to keep). */
    public boolean stopWithoutPlan(UUID id, String reason) {
        return update("status = 'stopped', finishedAt = ?2, error = ?3 where id = ?1 and status = 'solving'", id, now(), reason) == 1;
    }

    /** Serialises, until the caller's transaction ends, everyone who asks for the same key. */
    public void lock(String key) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('plant_plan'), hashtext(?1))").setParameter(1, key)
                .getSingleResult();
    }

    private List<StoredPlan> heads(String where, Parameters parameters, int limit) {
        var query = getEntityManager().createQuery(HEAD + where + " order by p.requestedAt desc, p.id", PlanHead.class);
        parameters.map().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream().map(PlanHead::toPlan).toList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private String write(Map<String, String> files) {
        try {
            return json.writeValueAsString(files);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String files) {
        try {
            return json.readValue(files, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plant_plan.model_files is not a JSON object of texts", e);
        }
    }
}
