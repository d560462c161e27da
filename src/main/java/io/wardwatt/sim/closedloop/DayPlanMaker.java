package io.wardwatt.sim.closedloop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.DayWeather;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayPlanner;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.plans.DailyScenario;
import io.wardwatt.optimize.plans.PreviousDay;
import io.wardwatt.optimize.plans.SiteConditions;
import io.wardwatt.optimize.scenario.PlanJson;
import io.wardwatt.optimize.scenario.Scenario;
import io.wardwatt.optimize.scenario.ScenarioReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the day plan as the service's daily planning does: the daily scenario written from the forecast, the day's
 * forecast weather, the tariff, the grid's carbon and the state the previous day's plan leaves (chillers and battery),
 * read back by the scenario reader and solved by the day planner. Only what the service measures on the site's meters
 * (other electricity, month peak, PV factor) is left out: the plan then goes without it, as the service's does when a
 * meter has nothing.
 */
final class DayPlanMaker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlannerSetup setup;
    private final DailyScenario scenario;
    private final DayPlanner planner = new DayPlanner();
    private String lastScenario;

    DayPlanMaker(PlannerSetup setup) {
        this.setup = setup;
        this.scenario = new DailyScenario(PlannerSetup.SITE, setup.plantFile(), List.of(), setup.tariffFile(), setup.solver());
    }

    /** @param previous the plan of the day before (null: none, every chiller starts off and free) */
    Made plan(DayLoadForecast forecast, DayWeather weather, DayPlan previous) {
        JsonNode previousJson = previous == null ? null : readTree(PlanJson.write(previous));
        List<String> sources = new ArrayList<>();
        Double stored = PreviousDay.stateOfChargeKwh(previousJson).orElse(null);
        sources.add(stored == null ? "battery at the start: the plant file's" : "battery at the start: where the previous day's plan leaves it");
        SiteConditions site = new SiteConditions(null, null, null, stored, sources);
        String text = scenario.build(forecast, PreviousDay.initialState(previousJson), Optional.of(weather),
                new DailyScenario.GridCarbon(setup.carbonKgPerKwh(), "configured"), site).toString();
        Scenario read = ScenarioReader.read(text, "daily scenario of " + forecast.site() + " " + forecast.date(), setup.modelsDir());
        lastScenario = text;
        return new Made(read.problem(), planner.plan(read.problem(), read.solver()));
    }

    /** The day's problem as the scenario reader read it, and its plan. */
    record Made(DayProblem problem, DayPlan plan) {
    }

    /** The daily scenario the last plan was made from, as the service stores it with a plan; null before the first. */
    String lastScenario() {
        return lastScenario;
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a plan written as JSON does not read back", e);
        }
    }
}
