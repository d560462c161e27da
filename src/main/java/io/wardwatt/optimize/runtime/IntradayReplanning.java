package io.wardwatt.optimize.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wardwatt.audit.AuditTrail;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayPlanner;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.SolverSettings;
import io.wardwatt.optimize.plans.PlanInputs;
import io.wardwatt.optimize.plans.PlanKeyFigures;
import io.wardwatt.optimize.plans.PlanKind;
import io.wardwatt.optimize.plans.PlanRequest;
import io.wardwatt.optimize.plans.PlanRevision;
import io.wardwatt.optimize.plans.PlanStatus;
import io.wardwatt.optimize.plans.RestOfDayScenario;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.replan.DeviationRule;
import io.wardwatt.optimize.replan.EnvelopeVerdict;
import io.wardwatt.optimize.replan.LoadCorrection;
import io.wardwatt.optimize.replan.LoadWatch;
import io.wardwatt.optimize.replan.MeasuredPlantState;
import io.wardwatt.optimize.replan.ReplanCause;
import io.wardwatt.optimize.replan.ReplanEnvelope;
import io.wardwatt.optimize.replan.RestOfDay;
import io.wardwatt.optimize.scenario.PlanJson;
import io.wardwatt.optimize.store.LifecycleRepository;
import io.wardwatt.optimize.store.PlanRepository;
import io.wardwatt.optimize.store.RevisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Intraday re-planning: the rest of an approved plan's day planned again from the measured plant state when the
 * measured cooling load left the forecast in force (the watcher), or an engineer asks. A re-plan inside the approved
 * plan's envelope is stored as its next revision, which dispatch follows from its first slot; one outside is stored
 * as a draft for approval, and the approved plan stays in force.
 *
 * <p>The solve runs outside any transaction; what it leaves (the re-plan's own plan, its plan_revision row, the audit
 * entry) is written in one, after checking again under the day's lock that the plan is still in force and that the
 * same deviation episode (or, for a request, the minimum interval) has not re-planned meanwhile: a database outage
 * leaves nothing half-written, a second watcher tick or a repeated request finds the first re-plan.
 */
@ApplicationScoped
public class IntradayReplanning {

    private static final Logger LOG = Logger.getLogger(IntradayReplanning.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    static final String ENTITY = "plan-revision";

    @Inject
    ApprovedDays days;

    @Inject
    MeasuredPlant measured;

    @Inject
    PlanRepository plans;

    @Inject
    LifecycleRepository lifecycles;

    @Inject
    RevisionRepository revisions;

    @Inject
    OptimizeConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    ReplanMetrics metrics;

    @Inject
    ObjectMapper json;

    /** A re-plan and whether this call made it ({@code false}: an earlier one of the same episode or interval). */
    public record Outcome(PlanRevision replan, boolean created) {
    }

    /** The deviation rule as configured (checked at start-up by {@link ReplanWatcher}). */
    public DeviationRule rule() {
        return config.replan().rule();
    }

    /**
     * An engineer asks for a re-plan of plan {@code id} at {@code now}. Within the minimum interval of the last
     * re-plan, that re-plan is returned (not created).
     *
     * @throws StateConflictException when the plan is not in force, has not begun or has no slot left
     */
    public Outcome request(UUID plan, String engineer, String comment, Instant now) {
        ApprovedDay day = days.inForce(plan);
        requireSlotsLeft(day, now);
        LoadWatch watch;
        try {
            watch = measured.watch(day, rule(), now);
        } catch (StateConflictException noMeter) {
            // Without a cooling meter an engineer may still re-plan from the state: the forecast in force, uncorrected.
            LOG.infof("re-plan of plan %s asked without measured load: %s", plan, noMeter.getMessage());
            watch = new LoadWatch(rule(), day.latestReplan().map(PlanRevision::at).orElse(null));
        }
        LoadWatch.RequestAnswer answer = watch.request(now, engineer, comment);
        if (answer instanceof LoadWatch.TooSoon) {
            return new Outcome(day.latestReplan().orElseThrow(), false);
        }
        return make(day, ((LoadWatch.Granted) answer).due(), now);
    }

    /**
     * The watcher's look at plan {@code id} at {@code now}: a re-plan when the measured load has deviated as the rule
     * says and this episode has not re-planned yet; empty otherwise.
     */
    public Optional<Outcome> watch(UUID id, Instant now) {
        ApprovedDay day = days.inForce(id);
        if (day.slotAt(now) < 0 || RestOfDay.nextSlot(day.problem(), day.local(now)) < 0) {
            return Optional.empty();
        }
        Optional<LoadWatch.ReplanDue> due = measured.due(day, rule(), now);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(make(day, due.get(), now));
    }

    private void requireSlotsLeft(ApprovedDay day, Instant now) {
        UUID id = day.plan().id();
        if (now.isBefore(day.slotStart(0))) {
            throw new StateConflictException("plan " + id + " has not begun (its first slot begins at " + day.slotStart(0)
                    + "): plan the day again instead");
        }
        if (RestOfDay.nextSlot(day.problem(), day.local(now)) < 0) {
            throw new StateConflictException("plan " + id + "'s day is over: its last slot began at " + day.slotStart(day.problem().slots().size() - 1)
                    + " and it ends at " + day.end() + ", nothing is left to re-plan");
        }
    }

    private Outcome make(ApprovedDay day, LoadWatch.ReplanDue due, Instant now) {
        UUID id = day.plan().id();
        MeasuredPlantState state = measured.state(day, now);
        LoadCorrection correction = new LoadCorrection(due.observed().orElse(1.0), config.replan().correctionHalfLife());
        String clock = CLOCK.format(day.local(now));
        SolverSettings solver = new SolverSettings(config.replan().solverTimeLimit(), config.solver().unimprovedLimit(), config.solver().seed());
        String note = "re-plan of plan " + id + " at " + clock + ": " + due.cause().describe() + "; forecast × "
                + String.format(java.util.Locale.ROOT, "%.3f", correction.ratio()) + " fading by half every " + config.replan().correctionHalfLife().toMinutes()
                + " min";
        RestOfDay rest;
        String scenario;
        DayProblem problem;
        try {
            rest = RestOfDay.of(day.problem(), day.revised().forecastKw(), state, correction);
            scenario = write(RestOfDayScenario.of(read(day.scenarioJson()), rest, measured.stateOfChargeKwh(day, state), note, solver));
            problem = PlanInputs.read(scenario, day.modelFiles(), "re-plan of plan " + id).problem();
        } catch (IllegalArgumentException e) {
            // The measured state or the stored inputs do not make a problem: the caller is told why, nothing is stored.
            throw new StateConflictException("the rest of plan " + id + "'s day cannot be planned at " + clock + ": " + e.getMessage());
        }
        long started = System.nanoTime();
        DayPlan plan = new DayPlanner().plan(problem, solver);
        double seconds = (System.nanoTime() - started) / 1e9;
        EnvelopeVerdict verdict = ReplanEnvelope.check(day.problem(), rest.firstSlot(), problem, plan);
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> store(day, due, rest, scenario, plan, verdict, now));
        if (outcome.created()) {
            metrics.replanned(due.cause().code(), outcome.replan().outcome());
            LOG.infof("plan %s re-planned from %s (%s) in %.1f s: %s", id, day.local(outcome.replan().replacesFrom()).toLocalTime(),
                    due.cause().describe(), seconds, verdict.summary());
        }
        return outcome;
    }

    private Outcome store(ApprovedDay day, LoadWatch.ReplanDue due, RestOfDay rest, String scenario, DayPlan plan, EnvelopeVerdict verdict,
            Instant now) {
        StoredPlan approved = day.plan();
        lifecycles.lockDay(approved.site(), approved.date());
        var entry = lifecycles.find(approved.id());
        if (entry.isEmpty() || entry.get().state().ended()) {
            throw new StateConflictException("plan " + approved.id() + " left force while it was re-planned ("
                    + entry.map(e -> e.state().code()).orElse("draft") + ")");
        }
        List<PlanRevision> made = revisions.of(approved.id());
        Instant episode = due.cause() instanceof ReplanCause.LoadDeviation deviation ? deviation.from().truncatedTo(ChronoUnit.MICROS) : null;
        if (episode != null) {
            Optional<PlanRevision> earlier = revisions.forEpisode(approved.id(), episode);
            if (earlier.isPresent()) {
                return new Outcome(earlier.get(), false);
            }
        }
        if (!made.isEmpty()) {
            PlanRevision last = made.get(made.size() - 1);
            if (now.isBefore(last.at().plus(config.replan().minimumInterval()))) {
                return new Outcome(last, false);
            }
        }
        StoredPlan replan = plans.insert(new PlanRequest(PlanKind.REPLAN, approved.site(), approved.date(), due.cause().by(), scenario,
                day.modelFiles(), null, null, null));
        plans.claim(replan.id());
        String document = PlanJson.write(plan);
        plans.finish(replan.id(), PlanStatus.DONE, document, PlanKeyFigures.of(PlanJson.read(document)));
        PlanRevision revision = new PlanRevision(approved.id(), made.size() + 1, verdict.revision() ? PlanRevision.REVISION : PlanRevision.DRAFT,
                replan.id(), due.cause().code(), due.cause().describe(), due.cause().by(), now.truncatedTo(ChronoUnit.MICROS), rest.firstSlot(),
                day.slotStart(rest.firstSlot()), day.end(), episode, verdict.summary());
        revisions.insert(revision);
        audit.record("replan", ENTITY, approved.id() + "/" + revision.number(), null, revision);
        return new Outcome(revision, true);
    }

    private com.fasterxml.jackson.databind.JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored scenario is not JSON", e);
        }
    }

    private String write(Object tree) {
        try {
            return json.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
