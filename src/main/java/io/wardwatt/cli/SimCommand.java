package io.wardwatt.cli;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.sim.runtime.ModbusHospital;
import io.wardwatt.sim.runtime.SimulatorOptions;
import io.wardwatt.sim.runtime.SimulatorSetup;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code sim}: the simulated hospital alone on Modbus TCP, without the service or a database, so that any
 * Modbus tool can be pointed at it. Runs until interrupted (Ctrl-C) or for {@code --for}.
 */
final class SimCommand implements Command {

    @Override
    public String name() {
        return "sim";
    }

    @Override
    public String summary() {
        return "run the simulated hospital on Modbus TCP alone, or a year of it in closed loop (sim year)";
    }

    @Override
    public String usage() {
        return """
                Usage: sim [--devices FILE] [--template-dir DIR]... [--chiller-models DIR] [--weather-file EPW]
                           [--seed N] [--speed FACTOR] [--start INSTANT] [--command-hold DURATION]
                           [--counter-file FILE] [--for DURATION]
                  Serves every device of the devices file (default deploy/demo/devices.yaml) on its port, unit id as
                  given, registers laid out by its template. Defaults: chiller models chiller-models/chillers, the
                  synthetic Shanghai climate, seed 20250721, speed 1 (real time), start now, commands hold 10m.
                  --counter-file keeps the meters' counter registers across runs.
                  INSTANT is ISO-8601 (2025-07-21T06:00:00Z); DURATION is 30s, 10m, 2h or ISO-8601 (PT90S).
                  Runs until Ctrl-C, or for --for DURATION. Exit 2 on a bad file, 1 when a port cannot be opened.

                """ + SimYearCommand.USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("year")) {
            try {
                return SimYearCommand.run(args.subList(1, args.size()), out, err);
            } catch (UsageException e) {
                err.println("sim year: " + e.getMessage());
                err.println(SimYearCommand.USAGE);
                return 2;
            }
        }
        Path devices = SimulatorOptions.DEFAULT_DEVICES;
        List<Path> templateDirs = new ArrayList<>();
        Path chillerModels = SimulatorOptions.DEFAULT_CHILLER_MODELS;
        Path weather = null;
        long seed = 20250721L;
        double speed = 1.0;
        Instant start = null;
        Duration hold = Duration.ofMinutes(10);
        Duration runFor = null;
        Path counterFile = null;
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            String value = args.get(i + 1);
            try {
                switch (option) {
                    case "--devices" -> devices = Path.of(value);
                    case "--template-dir" -> templateDirs.add(Path.of(value));
                    case "--chiller-models" -> chillerModels = Path.of(value);
                    case "--weather-file" -> weather = Path.of(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--speed" -> speed = Double.parseDouble(value);
                    case "--start" -> start = Instant.parse(value);
                    case "--command-hold" -> hold = duration(value);
                    case "--for" -> runFor = duration(value);
                    case "--counter-file" -> counterFile = Path.of(value);
                    default -> throw new UsageException("unknown option " + option);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new UsageException(option + ": cannot read '" + value + "'");
            }
        }
        if (!(speed > 0)) {
            throw new UsageException("--speed must be above 0, got " + speed);
        }
        SimulatorOptions options = new SimulatorOptions(devices, templateDirs, chillerModels, weather, seed, speed, start, hold,
                Duration.ofSeconds(1), counterFile);
        ModbusHospital hospital;
        try {
            hospital = SimulatorSetup.build(options, Clock.systemUTC());
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return 2;
        }
        try (hospital) {
            hospital.start(options.realUpdate());
            out.printf(Locale.ROOT, "simulated hospital: %d devices, %s, speed %s, simulated time %s%n", hospital.ports().size(),
                    hospital.hospital().settings().weather().description(), speed, hospital.lastUpdate());
            hospital.ports().forEach((code, port) -> out.printf(Locale.ROOT, "  %-12s 127.0.0.1:%d unit 1%n", code, port));
            if (!hospital.unknownDevices().isEmpty()) {
                out.println("  not simulated (no such device in the hospital): " + String.join(", ", hospital.unknownDevices()));
            }
            out.println(runFor == null ? "serving until Ctrl-C" : "serving for " + runFor);
            out.flush();
            awaitEnd(runFor);
            out.printf(Locale.ROOT, "stopped at simulated time %s%n", hospital.lastUpdate());
            return 0;
        } catch (IllegalStateException e) {
            err.println("sim: " + e.getMessage());
            return 1;
        }
    }

    static void awaitEnd(Duration runFor) {
        CountDownLatch end = new CountDownLatch(1);
        Thread hook = new Thread(end::countDown, "sim-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (runFor == null) {
                end.await();
            } else {
                end.await(runFor.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping (Ctrl-C): the hook has run
            }
        }
    }

    static Duration duration(String text) {
        if (text.startsWith("P") || text.startsWith("p")) {
            return Duration.parse(text);
        }
        if (text.length() < 2) {
            throw new NumberFormatException(text);
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> throw new NumberFormatException(text);
        };
    }
}
