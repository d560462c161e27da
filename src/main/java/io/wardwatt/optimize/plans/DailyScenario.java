package io.wardwatt.optimize.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.optimize.SolverSettings;
import java.time.Duration;
import java.util.List;

/**
 * The scenario of a daily plan (the scenario format of the README), written out in full so that the stored plan
 * can be solved again from it alone: the forecast's loads, the plant file, the tariff, the grid's carbon intensity,
 * the state the plant is left in by the previous day's plan, and the solver's limits.
 *
 * @param plant the plant definition file, relative to the models directory
 */
public record DailyScenario(String site, String plant, List<TariffPeriod> tariff, double carbonKgPerKwh, SolverSettings solver) {

    public DailyScenario {
        tariff = List.copyOf(tariff);
    }

    /** @param initialState from {@link PreviousDay#initialState}, empty when every chiller starts off and free */
    public ObjectNode build(DayLoadForecast forecast, List<JsonNode> initialState) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode scenario = json.objectNode();
        scenario.put("name", site + " daily " + forecast.date());
        scenario.put("start", forecast.date().atStartOfDay().toString());
        scenario.put("slotMinutes", forecast.slotMinutes());
        ArrayNode loads = scenario.putArray("loadsKw");
        forecast.loadsKw().forEach(loads::add);
        scenario.put("plant", plant);
        ArrayNode periods = scenario.putObject("tariff").putArray("periods");
        for (TariffPeriod period : tariff) {
            periods.addObject().put("name", period.name()).put("from", period.from()).put("to", period.to())
                    .put("pricePerKwh", period.pricePerKwh());
        }
        scenario.put("carbonKgPerKwh", carbonKgPerKwh);
        if (!initialState.isEmpty()) {
            scenario.putArray("initialState").addAll(initialState);
        }
        scenario.set("solver", solverNode(solver));
        return scenario;
    }

    /** The scenario format's {@code solver} object for these settings. */
    public static ObjectNode solverNode(SolverSettings settings) {
        ObjectNode solver = JsonNodeFactory.instance.objectNode();
        solver.put("timeLimitSeconds", seconds(settings.timeLimit()));
        solver.put("unimprovedSeconds", seconds(settings.unimprovedLimit()));
        solver.put("seed", settings.randomSeed());
        if (settings.maxScoreCalculations() > 0) {
            solver.put("maxScoreCalculations", settings.maxScoreCalculations());
        }
        return solver;
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
