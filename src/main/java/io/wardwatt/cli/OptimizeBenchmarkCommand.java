package io.wardwatt.cli;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.optimize.scenario.Scenario;
import io.wardwatt.optimize.scenario.ScenarioBenchmark;
import io.wardwatt.optimize.scenario.ScenarioReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code bench-optimize}: plans every scenario of a directory (by default chiller-models/scenarios: the demo
 * hospital's days and the literature cases) and prints one line each: size, objective, bound and gap, saving
 * against conventional sequencing, table and solve time, feasibility.
 */
final class OptimizeBenchmarkCommand implements Command {

    static final Path DEFAULT_SCENARIOS = Path.of("chiller-models/scenarios");

    @Override
    public String name() {
        return "bench-optimize";
    }

    @Override
    public String summary() {
        return "plan every scenario of a directory: gap to the bound, saving vs conventional, solve time";
    }

    @Override
    public String usage() {
        return """
                Usage: bench-optimize [--dir DIR] [--time-limit SECONDS] [--seed N]
                  Plans each *.json and *.yaml of DIR (default chiller-models/scenarios) with its own solver settings
                  (or these overrides) and prints per scenario: slots, chillers, pumps, objective, lower bound,
                  gap %, saving % against conventional sequencing (energy, cost), table ms, solve ms, feasible.
                  Exit 2 when a scenario cannot be read, 1 when a plan is infeasible, else 0.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path dir = DEFAULT_SCENARIOS;
        Double timeLimit = null;
        Long seed = null;
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                throw new UsageException("option " + args.get(i) + " needs a value");
            }
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--dir" -> dir = Path.of(value);
                case "--time-limit" -> timeLimit = positive(value);
                case "--seed" -> seed = whole(value);
                default -> throw new UsageException("unknown option " + args.get(i));
            }
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            err.println("bench-optimize: cannot list " + dir + ": " + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println("bench-optimize: no scenario (*.json, *.yaml) in " + dir);
            return 2;
        }
        Double limit = timeLimit;
        Long fixedSeed = seed;
        ScenarioBenchmark bench = new ScenarioBenchmark();
        out.printf("bench-optimize: %d scenarios of %s, %d processors%n", files.size(), dir, Runtime.getRuntime().availableProcessors());
        out.print(ScenarioBenchmark.header());
        boolean allFeasible = true;
        for (Path file : files) {
            Scenario scenario;
            try {
                scenario = ScenarioReader.readFile(file);
            } catch (InvalidInputException e) {
                e.problems().forEach(err::println);
                return 2;
            }
            String label = file.getFileName().toString().replaceFirst("\\.(json|yaml)$", "");
            ScenarioBenchmark.Row row;
            try {
                row = bench.run(label, scenario, s -> OptimizeCommand.withOverrides(s, limit, fixedSeed));
            } catch (UnsupportedOperationException e) {
                err.println("bench-optimize: " + e.getMessage());
                return 1;
            }
            out.print(ScenarioBenchmark.format(row));
            out.flush();
            allFeasible &= row.feasible();
        }
        return allFeasible ? 0 : 1;
    }

    private static double positive(String value) {
        try {
            double seconds = Double.parseDouble(value);
            if (!(seconds >= 0.1)) {
                throw new UsageException("--time-limit must be at least 0.1 s, got " + value);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new UsageException("--time-limit takes seconds, got '" + value + "'");
        }
    }

    private static long whole(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed takes a whole number, got '" + value + "'");
        }
    }
}
