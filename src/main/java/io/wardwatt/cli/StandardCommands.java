package io.wardwatt.cli;

import io.wardwatt.cli.bench.IngestBenchmarkCommand;
import java.util.List;

/** The list of sub-commands; each package contributes its own command class here. */
final class StandardCommands {

    private StandardCommands() {
    }

    static List<Command> all() {
        return List.of(new VersionCommand(), new SiteCommand(), new IngestBenchmarkCommand(), new PollBenchmarkCommand(),
                new SimCommand(), new OptimizeCommand(), new OptimizeBenchmarkCommand(), new ForecastCommand(),
                new LedgerCommand(), new PlanCommand(), new PlatformSimCommand());
    }
}
