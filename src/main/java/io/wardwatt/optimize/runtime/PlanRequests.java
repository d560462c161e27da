package io.wardwatt.optimize.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.carbon.GridIntensities;
import io.wardwatt.carbon.GridIntensity;
import io.wardwatt.forecast.CoolingLoadForecasts;
import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.DayWeatherForecasts;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.SolverSettings;
import io.wardwatt.optimize.SolverStatistics;
import io.wardwatt.optimize.plans.DailyScenario;
import io.wardwatt.optimize.plans.ModelFiles;
import io.wardwatt.optimize.plans.PlanInputs;
import io.wardwatt.optimize.plans.PlanKind;
import io.wardwatt.optimize.plans.PlanRequest;
import io.wardwatt.optimize.plans.PreviousDay;
import io.wardwatt.optimize.plans.SiteConditions;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.plans.TariffPeriod;
import io.wardwatt.optimize.scenario.PlanJson;
import io.wardwatt.optimize.scenario.Scenario;
import io.wardwatt.optimize.scenario.ScenarioReader;
import io.wardwatt.optimize.store.PlanRepository;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Asks for plans: what-if runs of posted scenarios, replays of stored plans, and the daily plan of a day. */
@ApplicationScoped
public class PlanRequests {

    private static final Logger LOG = Logger.getLogger(PlanRequests.class);

    /** A plan asked for; {@code created} is false when an earlier request (same Idempotency-Key) already made it. */
    public record Requested(StoredPlan plan, boolean created) {
    }

    @Inject
    PlanRepository plans;

    @Inject
    PlanTransitions transitions;

    @Inject
    PlanningService planning;

    @Inject
    OptimizeConfig config;

    @Inject
    SiteService sites;

    @Inject
    CoolingLoadForecasts forecasts;

    @Inject
    DayWeatherForecasts dayWeather;

    @Inject
    GridIntensities gridIntensities;

    @Inject
    DailySiteInputs siteInputs;

    @Inject
    ObjectMapper json;

    /**
     * Queues a what-if plan of a posted scenario, after reading it as the planner will: file references must stay
     * inside the models directory, and every problem of the scenario is reported at once (400).
     *
     * @param site the site it is about (the configured site when null)
     */
    @Transactional
    public Requested whatIf(String scenarioText, String site, String idempotencyKey, String requestedBy) {
        ObjectNode scenario = scenarioObject(scenarioText);
        String siteCode = site == null || site.isBlank() ? config.daily().site() : site;
        if (sites.find(siteCode).isEmpty()) {
            throw new InvalidInputException("site", "no site '" + siteCode + "' in the site model");
        }
        List<InputProblem> outside = ModelFiles.referencesOutside(scenario, config.modelsDir());
        if (!outside.isEmpty()) {
            throw new InvalidInputException(outside);
        }
        Scenario read = ScenarioReader.read(scenarioText, "scenario", config.modelsDir());
        checkTimeLimit(read.solver());
        if (!scenario.has("solver")) {
            // Stored with the limits it is solved with, so a replay searches as long whatever the configuration says then.
            scenario.set("solver", DailyScenario.solverNode(configuredSolver()));
        }
        String stored = write(scenario);
        if (idempotencyKey != null) {
            plans.lock("idempotency/" + idempotencyKey);
            var earlier = plans.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                // Compared as parsed text, so that a number is equal to itself whatever node type built it.
                if (!readTree(plans.scenarioJson(earlier.get().id()).orElseThrow()).equals(readTree(stored))) {
                    throw new StateConflictException("Idempotency-Key " + idempotencyKey + " was used for plan " + earlier.get().id()
                            + " with another scenario: use a new key for a new scenario");
                }
                return new Requested(earlier.get(), false);
            }
        }
        checkRoom();
        LocalDateTime start = read.problem().start();
        LocalDate date = start == null ? null : start.toLocalDate();
        return new Requested(transitions.queue(new PlanRequest(PlanKind.WHAT_IF, siteCode, date, requestedBy, stored,
                ModelFiles.copyOf(config.modelsDir()), null, null, idempotencyKey)), true);
    }

    /**
     * Queues a new plan from a finished plan's inputs, exactly as they were stored, searched exactly as the plan was:
     * its seed, and the moves it evaluated as the move limit in place of its time limits ({@link SolverSettings#replaying}),
     * so that the replay gives the same plan however busy the machine is, even when the original ended by time. A
     * plan that holds no plan (failed, stopped before it was solved) is planned again with its stored solver limits.
     *
     * @throws StateConflictException when the plan has not finished: how far its search goes is not known yet
     */
    @Transactional
    public StoredPlan replay(UUID id, String requestedBy) {
        StoredPlan original = plans.find(id).orElseThrow(() -> new UnknownEntityException("plan", id));
        if (!original.status().finished()) {
            throw new StateConflictException("plan " + id + " is " + original.status().code() + ": replay it once it is done (a replay "
                    + "repeats its search, whose length is known only then)");
        }
        PlanRepository.Inputs inputs = plans.inputs(id).orElseThrow();
        String scenario = plans.planJson(id).map(PlanJson::read).map(DayPlan::solver)
                .map(searched -> searchedAgain(inputs, searched, id)).orElse(inputs.scenarioJson());
        checkRoom();
        return transitions.queue(new PlanRequest(PlanKind.REPLAY, original.site(), original.date(), requestedBy, scenario,
                inputs.modelFiles(), id, original.forecastId(), null));
    }

    /** The stored scenario with its solver section replaced by the settings that repeat the recorded search. */
    private String searchedAgain(PlanRepository.Inputs inputs, SolverStatistics searched, UUID id) {
        SolverSettings ran;
        try {
            ran = PlanInputs.read(inputs.scenarioJson(), inputs.modelFiles(), "plan " + id).solver();
        } catch (InvalidInputException e) {
            return inputs.scenarioJson(); // the planner now refuses these inputs: the replay fails and says why
        }
        ObjectNode scenario = (ObjectNode) readTree(inputs.scenarioJson());
        scenario.set("solver", DailyScenario.solverNode(SolverSettings.replaying(ran, searched, config.solver().maxTimeLimit())));
        return write(scenario);
    }

    SolverSettings configuredSolver() {
        return new SolverSettings(config.solver().timeLimit(), config.solver().unimprovedLimit(), config.solver().seed());
    }

    private void checkTimeLimit(SolverSettings solver) {
        Duration max = config.solver().maxTimeLimit();
        if (solver.timeLimit().compareTo(max) > 0) {
            throw new InvalidInputException("solver.timeLimitSeconds", "at most " + max.toSeconds() + " s here (one solver thread serves "
                    + "every plan), got " + solver.timeLimit().toMillis() / 1000.0 + " s");
        }
    }

    void checkRoom() {
        if (planning.queueLength() >= config.solver().maxQueued()) {
            throw new StateConflictException(planning.queueLength() + " plans are waiting for the solver: try again once some are solved");
        }
    }

    private ObjectNode scenarioObject(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("body", "a scenario (JSON object) is required");
        }
        JsonNode tree;
        try {
            tree = json.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidInputException("body" + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr()),
                    "not well-formed JSON: " + e.getOriginalMessage());
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new InvalidInputException("body", "a scenario is a JSON object with slotMinutes, loadsKw and chillers or plant");
        }
        return object;
    }

    String write(JsonNode tree) {
        try {
            return json.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document is not JSON", e);
        }
    }

    /**
     * The daily plan of the configured site's day: queued from the latest forecast, or the plan already made from
     * that forecast issue, or nothing when the day has no forecast.
     */
    @Transactional
    DailyOutcome daily(LocalDate date, String requestedBy) {
        String site = config.daily().site();
        Optional<DayLoadForecast> forecast = forecasts.latest(site, date);
        if (forecast.isEmpty()) {
            return new DailyOutcome(Instant.now(), site, date, DailyOutcome.NO_FORECAST, null, "no forecast for " + site + " " + date);
        }
        plans.lock("daily/" + site + "/" + date);
        Optional<StoredPlan> existing = plans.findDaily(site, date, forecast.get().id());
        if (existing.isPresent()) {
            return new DailyOutcome(Instant.now(), site, date, DailyOutcome.EXISTING, existing.get().id(),
                    "plan " + existing.get().id() + " of " + site + " " + date + " was made from forecast " + forecast.get().id() + " before");
        }
        JsonNode previousPlan = plans.latestDailyPlanJson(site, date.minusDays(1)).map(this::readTree).orElse(null);
        List<JsonNode> initialState = PreviousDay.initialState(previousPlan);
        SiteConditions measured = siteInputs.forDay(site, date, forecast.get().slotMinutes(), forecast.get().loadsKw().size(), previousPlan);
        String scenario = write(scenarioBuilder().build(forecast.get(), initialState,
                dayWeather.forDay(site, date, forecast.get().slotMinutes()), gridCarbon(site, date), measured));
        // Read as the solver thread will, so a broken plant file is reported now (400 on request) rather than as a failed plan.
        ScenarioReader.read(scenario, "daily scenario of " + site + " " + date, config.modelsDir());
        checkRoom();
        StoredPlan plan = transitions.queue(new PlanRequest(PlanKind.DAILY, site, date, requestedBy, scenario, ModelFiles.copyOf(config.modelsDir()),
                null, forecast.get().id(), null));
        return new DailyOutcome(Instant.now(), site, date, DailyOutcome.PLANNED, plan.id(),
                "plan " + plan.id() + " of " + site + " " + date + " queued from forecast " + forecast.get().id());
    }

    private DailyScenario scenarioBuilder() {
        List<TariffPeriod> tariff = config.tariff().file().isPresent() ? List.of() : config.tariff().periods().orElse(List.of()).stream()
                .map(p -> new TariffPeriod(p.name(), p.from(), p.to(), p.pricePerKwh())).toList();
        return new DailyScenario(config.daily().site(), config.daily().plant(), tariff, config.tariff().file().orElse(null), configuredSolver());
    }

    /** The ledger's grid factor for the plan's month; the configured one when asked for, or when the factor set has none. */
    private DailyScenario.GridCarbon gridCarbon(String site, LocalDate date) {
        if (config.carbon().source().equals("fixed")) {
            return new DailyScenario.GridCarbon(config.carbon().kgPerKwh(), "configured (wardwatt.optimize.carbon.kg-per-kwh)");
        }
        try {
            GridIntensity intensity = gridIntensities.forMonth(site, YearMonth.from(date));
            return new DailyScenario.GridCarbon(intensity.kgPerKwh(), "factor set " + intensity.factorSet() + ", " + intensity.factorId() + " ("
                    + intensity.reason() + ")");
        } catch (RuntimeException e) {
            LOG.warnf("The daily plan of %s %s weighs carbon with the configured %s kg/kWh: %s", site, date, config.carbon().kgPerKwh(),
                    e.getMessage());
            return new DailyScenario.GridCarbon(config.carbon().kgPerKwh(), "configured; the factor set gave none: " + e.getMessage());
        }
    }
}
