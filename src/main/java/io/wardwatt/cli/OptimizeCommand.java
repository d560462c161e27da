package io.wardwatt.cli;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayPlanner;
import io.wardwatt.optimize.SolverSettings;
import io.wardwatt.optimize.scenario.PlanJson;
import io.wardwatt.optimize.scenario.Scenario;
import io.wardwatt.optimize.scenario.ScenarioReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code optimize --scenario FILE}: plans a day of the chiller plant for given loads, without a database, and
 * prints the plan as JSON. {@code optimize scenario --date DATE} writes a demo-hospital scenario for a day from
 * the simulator's load model (how the files in chiller-models/scenarios were made).
 */
final class OptimizeCommand implements Command {

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
                       optimize scenario --date YYYY-MM-DD [--output FILE]
                  --scenario FILE    a scenario (JSON, or YAML), format in the README ("Optimizer scenarios")
                  --time-limit S     longest search, seconds (overrides the scenario's solver.timeLimitSeconds)
                  --seed N           random seed of the search (overrides solver.seed)
                  --output FILE      write the JSON there instead of standard output
                  Prints the plan (exit 0, also when it is infeasible: feasible false and the violations);
                  every problem of a bad scenario with its line and path (exit 2).
                  'scenario --date' writes the demo hospital's day (48 slots of 30 min) from the simulator's
                  weather and cooling-load model, with the tariff and grid factor of the README.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("scenario")) {
            return writeDemoDay(args.subList(1, args.size()), out, err);
        }
        Path scenarioFile = null;
        Double timeLimit = null;
        Long seed = null;
        Path output = null;
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                throw new UsageException("option " + args.get(i) + " needs a value");
            }
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--scenario" -> scenarioFile = Path.of(value);
                case "--time-limit" -> timeLimit = seconds(value);
                case "--seed" -> seed = whole("--seed", value);
                case "--output" -> output = Path.of(value);
                default -> throw new UsageException("unknown option " + args.get(i));
            }
        }
        if (scenarioFile == null) {
            throw new UsageException("--scenario FILE is required");
        }
        Scenario scenario;
        try {
            scenario = withOverrides(ScenarioReader.readFile(scenarioFile), timeLimit, seed);
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

    /** The command line's --time-limit and --seed over the scenario's own solver settings. */
    static Scenario withOverrides(Scenario scenario, Double timeLimitSeconds, Long seed) {
        SolverSettings solver = scenario.solver();
        Duration limit = timeLimitSeconds == null ? solver.timeLimit() : Duration.ofMillis(Math.round(timeLimitSeconds * 1000));
        Duration unimproved = solver.unimprovedLimit().compareTo(limit) > 0 ? limit : solver.unimprovedLimit();
        return scenario.withSolver(new SolverSettings(limit, unimproved, seed == null ? solver.randomSeed() : seed));
    }

    private int writeDemoDay(List<String> args, PrintStream out, PrintStream err) {
        LocalDate date = null;
        Path output = null;
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                throw new UsageException("option " + args.get(i) + " needs a value");
            }
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--date" -> {
                    try {
                        date = LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        throw new UsageException("--date takes YYYY-MM-DD, got '" + value + "'");
                    }
                }
                case "--output" -> output = Path.of(value);
                default -> throw new UsageException("unknown option " + args.get(i));
            }
        }
        if (date == null) {
            throw new UsageException("scenario needs --date YYYY-MM-DD");
        }
        return emit(DemoDayScenario.forDate(date).toJson(), output, out, err);
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

    private static double seconds(String value) {
        try {
            double seconds = Double.parseDouble(value);
            if (!(seconds >= 0.1 && seconds <= 86_400)) {
                throw new UsageException("--time-limit must be 0.1..86400 seconds, got " + value);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new UsageException("--time-limit takes seconds, got '" + value + "'");
        }
    }

    private static long whole(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number, got '" + value + "'");
        }
    }
}
