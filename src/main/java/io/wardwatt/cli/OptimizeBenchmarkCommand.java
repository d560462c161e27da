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
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code bench-optimize}: plans every scenario of a directory (by default chiller-models/scenarios: the demo
 * hospital's days and the literature cases) and prints for each: size, objective, bound and gap, table, search and
 * whole-plan time, feasibility; then its energy split into chillers, pumps and tower fans, its cost and carbon, for
 * the plan and for conventional sequencing, and the saving.
 */
final class OptimizeBenchmarkCommand implements Command {

    static final Path DEFAULT_SCENARIOS = Path.of("chiller-models/scenarios");
    private static final Set<String> OPTIONS = Set.of("--dir", "--time-limit", "--seed");

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
                  gap %, table ms, solve ms, whole plan ms, feasible; then energy (chillers, pumps, towers, total),
                  cost and carbon of the plan and of conventional sequencing, and the saving in %.
                  Exit 2 when a scenario cannot be read, 1 when a plan is infeasible, else 0.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = OptionPairs.parse(args, OPTIONS);
        Path dir = Path.of(options.getOrDefault("--dir", DEFAULT_SCENARIOS.toString()));
        SolverOverrides overrides = SolverOverrides.from(options);
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
                row = bench.run(label, scenario, overrides::applyTo);
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
}
