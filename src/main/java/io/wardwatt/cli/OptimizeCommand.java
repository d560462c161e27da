package io.wardwatt.cli;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayPlanner;
import io.wardwatt.optimize.scenario.PlanJson;
import io.wardwatt.optimize.scenario.Scenario;
import io.wardwatt.optimize.scenario.ScenarioReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code optimize --scenario FILE}: plans a day of the chiller plant for given loads, without a database, and
 * prints the plan as JSON. {@code optimize scenario --date DATE} writes a demo-hospital scenario for a day from
 * the simulator's load model and a typical-year weather file (how the files in chiller-models/scenarios were made).
 */
final class OptimizeCommand implements Command {

    private static final Set<String> SCENARIO_OPTIONS = Set.of("--scenario", "--time-limit", "--seed", "--output");

    @Override
    public String name() {
        return "optimize";
    }

    @Override
    public String summary() {
        return "plan the chiller plant for a scenario file, print the plan as JSON (no database)";
    }

    @Override
    public String usage() {
        return """
                Usage: optimize --scenario FILE [--time-limit SECONDS] [--seed N] [--output FILE]
                       optimize scenario --date YYYY-MM-DD --weather-file EPW [--output FILE]
                  --scenario FILE    a scenario (JSON, or YAML), format in the README ("Optimizer scenarios")
                  --time-limit S     longest search, seconds (overrides the scenario's solver.timeLimitSeconds)
                  --seed N           random seed of the search (overrides solver.seed)
                  --output FILE      write the JSON there instead of standard output
                  Prints the plan (exit 0, also when it is infeasible: feasible false and the violations);
                  every problem of a bad scenario with its line and path (exit 2).
                  'scenario --date' writes the demo hospital's day (48 slots of 30 min) from the simulator's
                  weather and cooling-load model, with the outdoor weather of the same month and day from the EPW
                  typical year (the committed days use CHN_Shanghai.Shanghai.583620_CSWD.epw) and the tariff and
                  grid factor of the README.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("scenario")) {
            return writeDemoDay(args.subList(1, args.size()), out, err);
        }
        Map<String, String> options = OptionPairs.parse(args, SCENARIO_OPTIONS);
        Path scenarioFile = options.containsKey("--scenario") ? Path.of(options.get("--scenario")) : null;
        SolverOverrides overrides = SolverOverrides.from(options);
        Path output = options.containsKey("--output") ? Path.of(options.get("--output")) : null;
        if (scenarioFile == null) {
            throw new UsageException("--scenario FILE is required");
        }
        Scenario scenario;
        try {
            scenario = overrides.applyTo(ScenarioReader.readFile(scenarioFile));
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            err.println(scenarioFile + ": " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + "; nothing planned");
            return 2;
        }
        DayPlan plan;
        try {
            plan = new DayPlanner().plan(scenario.problem(), scenario.solver());
        } catch (UnsupportedOperationException e) {
            err.println("optimize: " + e.getMessage());
            return 1;
        }
        return emit(PlanJson.write(plan), output, out, err);
    }

    private int writeDemoDay(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = OptionPairs.parse(args, Set.of("--date", "--weather-file", "--output"));
        LocalDate date = null;
        if (options.containsKey("--date")) {
            try {
                date = LocalDate.parse(options.get("--date"));
            } catch (DateTimeParseException e) {
                throw new UsageException("--date takes YYYY-MM-DD, got '" + options.get("--date") + "'");
            }
        }
        Path output = options.containsKey("--output") ? Path.of(options.get("--output")) : null;
        if (date == null) {
            throw new UsageException("scenario needs --date YYYY-MM-DD");
        }
        if (!options.containsKey("--weather-file")) {
            throw new UsageException("scenario needs --weather-file EPW (a typical year, e.g. the Shanghai CSWD file; it is not shipped)");
        }
        String json;
        try {
            json = DemoDayScenario.forDate(date, Path.of(options.get("--weather-file"))).toJson();
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return 2;
        }
        return emit(json, output, out, err);
    }

    private static int emit(String json, Path output, PrintStream out, PrintStream err) {
        if (output == null) {
            out.print(json);
            return 0;
        }
        try {
            Files.writeString(output, json, StandardCharsets.UTF_8);
            return 0;
        } catch (IOException e) {
            err.println("optimize: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
    }
}
