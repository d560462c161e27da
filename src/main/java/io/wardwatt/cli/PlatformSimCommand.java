package io.wardwatt.cli;

import io.wardwatt.reporting.platform.PlatformSimulator;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code platform-sim}: the simulated national reporting platform alone on loopback, for the demo: point
 * {@code wardwatt.reporting.platform.endpoint} at it and watch the outbox's reports get their receipts.
 */
final class PlatformSimCommand implements Command {

    @Override
    public String name() {
        return "platform-sim";
    }

    @Override
    public String summary() {
        return "run the simulated national reporting platform on 127.0.0.1 (no service, no database)";
    }

    @Override
    public String usage() {
        return """
                Usage: platform-sim [--port N] [--token TOKEN] [--duplicates conflict|ok] [--for DURATION]
                  Serves POST /api/v1/reports (platform profile v1, README "Report submission") on 127.0.0.1:N
                  (default 8099). With --token, requests must carry "Authorization: Bearer TOKEN". A repeated
                  idempotency key is answered with the original receipt as 409 (conflict, the default) or 200 (ok).
                  GET /sim/receipts lists the receipts made; POST /sim/faults?fault=error|refuse|delay|drop&count=N[&key=K]
                  [&delayMs=M] makes the next requests fail. Runs until Ctrl-C, or for --for DURATION (30s, 10m, 2h).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = OptionPairs.parse(args, Set.of("--port", "--token", "--duplicates", "--for"));
        int port;
        Duration runFor;
        try {
            port = Integer.parseInt(options.getOrDefault("--port", "8099"));
            runFor = options.containsKey("--for") ? SimCommand.duration(options.get("--for")) : null;
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new UsageException("cannot read " + e.getMessage());
        }
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be 0..65535, got " + port);
        }
        PlatformSimulator.DuplicateAnswer duplicates = switch (options.getOrDefault("--duplicates", "conflict")) {
            case "conflict" -> PlatformSimulator.DuplicateAnswer.CONFLICT;
            case "ok" -> PlatformSimulator.DuplicateAnswer.OK;
            default -> throw new UsageException("--duplicates is conflict or ok, got " + options.get("--duplicates"));
        };
        PlatformSimulator platform;
        try {
            platform = PlatformSimulator.start(port, options.get("--token"), duplicates);
        } catch (UncheckedIOException e) {
            err.println("platform-sim: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        }
        try (platform) {
            out.printf(Locale.ROOT, "simulated platform: POST %s%s, duplicates answered %s%n", platform.endpoint(),
                    options.containsKey("--token") ? " (bearer token required)" : "", duplicates == PlatformSimulator.DuplicateAnswer.CONFLICT
                            ? "409 with the original receipt" : "200 with the original receipt");
            out.println(runFor == null ? "serving until Ctrl-C" : "serving for " + runFor);
            out.flush();
            SimCommand.awaitEnd(runFor);
            out.printf(Locale.ROOT, "stopped after %d receipts%n", platform.receipts().size());
            return 0;
        }
    }
}
