package io.wardwatt.optimize.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.scheduler.Scheduled;
import io.wardwatt.forecast.CoolingLoadForecasts;
import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.optimize.plans.DailyScenario;
import io.wardwatt.optimize.plans.ModelFiles;
import io.wardwatt.optimize.plans.PlanKind;
import io.wardwatt.optimize.plans.PlanRequest;
import io.wardwatt.optimize.plans.PreviousDay;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.plans.TariffPeriod;
import io.wardwatt.optimize.scenario.ScenarioReader;
import io.wardwatt.optimize.store.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The daily plan: at {@code wardwatt.optimize.daily.cron} it plans the site's next day from the latest cooling-load
 * forecast. One plan per site, day and forecast issue: running it again on the same forecast finds the plan made
 * before; a newer forecast gets a new plan.
 */
@ApplicationScoped
public class DailyPlanning {

    private static final Logger LOG = Logger.getLogger(DailyPlanning.class);

    @Inject
    OptimizeConfig config;

    @Inject
    CoolingLoadForecasts forecasts;

    @Inject
    PlanRepository plans;

    @Inject
    PlanTransitions transitions;

    @Inject
    PlanRequests requests;

    private final AtomicReference<DailyOutcome> last = new AtomicReference<>();

    @Scheduled(cron = "{wardwatt.optimize.daily.cron}", timeZone = "${wardwatt.optimize.daily.time-zone:Asia/Shanghai}",
            identity = "wardwatt-daily-plan", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        LocalDate tomorrow = LocalDate.now(config.daily().timeZone()).plusDays(1);
        try {
            planDay(tomorrow, "system");
        } catch (RuntimeException e) {
            LOG.errorf(e, "The daily plan of %s could not be made", tomorrow);
        }
    }

    /** Plans the day now; the outcome is also kept for the health check. */
    public DailyOutcome planDay(LocalDate date, String requestedBy) {
        DailyOutcome outcome;
        try {
            outcome = plan(date, requestedBy);
        } catch (RuntimeException e) {
            last.set(new DailyOutcome(Instant.now(), config.daily().site(), date, DailyOutcome.FAILED, null, String.valueOf(e.getMessage())));
            throw e;
        }
        last.set(outcome);
        if (!outcome.result().equals(DailyOutcome.EXISTING)) {
            LOG.info("Daily plan: " + outcome.message());
        }
        return outcome;
    }

    public Optional<DailyOutcome> lastOutcome() {
        return Optional.ofNullable(last.get());
    }

    @Transactional
    DailyOutcome plan(LocalDate date, String requestedBy) {
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
        List<JsonNode> initialState = plans.latestDailyPlanJson(site, date.minusDays(1)).map(requests::readTree).map(PreviousDay::initialState)
                .orElse(List.of());
        String scenario = requests.write(scenarioBuilder().build(forecast.get(), initialState));
        // Read as the solver thread will, so a broken plant file is reported now (400 on request) rather than as a failed plan.
        ScenarioReader.read(scenario, "daily scenario of " + site + " " + date, config.modelsDir());
        requests.checkRoom();
        StoredPlan plan = transitions.queue(new PlanRequest(PlanKind.DAILY, site, date, requestedBy, scenario, ModelFiles.copyOf(config.modelsDir()),
                null, forecast.get().id(), null));
        return new DailyOutcome(Instant.now(), site, date, DailyOutcome.PLANNED, plan.id(),
                "plan " + plan.id() + " of " + site + " " + date + " queued from forecast " + forecast.get().id());
    }

    private DailyScenario scenarioBuilder() {
        List<TariffPeriod> tariff = config.tariff().periods().stream()
                .map(p -> new TariffPeriod(p.name(), p.from(), p.to(), p.pricePerKwh())).toList();
        return new DailyScenario(config.daily().site(), config.daily().plant(), tariff, config.carbon().kgPerKwh(), requests.configuredSolver());
    }
}
