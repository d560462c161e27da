package io.wardwatt.cli;

import io.wardwatt.acquisition.DeviceConfig;
import io.wardwatt.acquisition.DeviceList;
import io.wardwatt.acquisition.PlanLimits;
import io.wardwatt.acquisition.PollBenchmark;
import io.wardwatt.acquisition.PollerSettings;
import io.wardwatt.acquisition.TemplateCatalog;
import io.wardwatt.acquisition.runtime.J2modConnector;
import io.wardwatt.acquisition.runtime.TemplateSlave;
import io.wardwatt.input.InvalidInputException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bench-poll}: requests per cycle against points and the cycle time, for the devices of a devices file
 * (by default the demo's) served by in-process j2mod slaves on loopback. The logic is in
 * {@link PollBenchmark}; this class parses options and wires j2mod (a command in {@code acquisition} would
 * make that package and this one depend on each other).
 */
final class PollBenchmarkCommand implements Command {

    static final Path DEMO_DEVICES = Path.of("deploy/demo/devices.yaml");

    @Override
    public String name() {
        return "bench-poll";
    }

    @Override
    public String summary() {
        return "measure Modbus polling: requests per cycle against points, cycle time (in-process slaves)";
    }

    @Override
    public String usage() {
        return """
                Usage: bench-poll [--devices FILE] [--cycles N] [--max-gap N] [--template-dir DIR]
                  Serves each device of FILE (default deploy/demo/devices.yaml; without it, one device per shipped
                  template) with an in-process j2mod slave on loopback and polls it as the service does.
                  Prints per device: points, requests per cycle (with the gap limit, with gap 0), registers read,
                  mean and p95 cycle time over N cycles (default 200); then all devices polled at once.
                  --max-gap N   unused registers read through to merge requests (default 10)""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path devicesFile = null;
        int cycles = 200;
        int maxGap = 10;
        List<Path> templateDirs = new ArrayList<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                throw new UsageException("option " + args.get(i) + " needs a value");
            }
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--devices" -> devicesFile = Path.of(value);
                case "--cycles" -> cycles = number("--cycles", value, 1, 1_000_000);
                case "--max-gap" -> maxGap = number("--max-gap", value, 0, 124);
                case "--template-dir" -> templateDirs.add(Path.of(value));
                default -> throw new UsageException("unknown option " + args.get(i));
            }
        }
        try {
            TemplateCatalog catalog = TemplateCatalog.load(templateDirs);
            List<DeviceList.ConfiguredDevice> devices;
            if (devicesFile == null && !Files.exists(DEMO_DEVICES)) {
                out.println("bench-poll: " + DEMO_DEVICES + " not found; one device per shipped template");
                devices = oneOfEach(catalog);
            } else {
                Path file = devicesFile == null ? DEMO_DEVICES : devicesFile;
                out.println("bench-poll: devices of " + file);
                devices = DeviceList.readFile(file).resolve(catalog).stream().filter(d -> d.config().enabled()).toList();
            }
            PollerSettings settings = new PollerSettings(PlanLimits.DEFAULT.withMaxGap(maxGap), 2.0, Duration.ofMinutes(5), 3, 3,
                    Duration.ofMinutes(15));
            PollBenchmark bench = new PollBenchmark(new J2modConnector(), PollBenchmarkCommand::serve, settings);
            out.printf("%d devices, %d cycles each, max gap %d, j2mod master and slaves on loopback%n", devices.size(), cycles, maxGap);
            out.print(PollBenchmark.format(bench.run(devices, cycles)));
            return 0;
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static List<DeviceList.ConfiguredDevice> oneOfEach(TemplateCatalog catalog) {
        return catalog.all().stream().map(t -> new DeviceList.ConfiguredDevice(new DeviceConfig(t.id().toUpperCase(java.util.Locale.ROOT), null,
                t.id(), "127.0.0.1", 502, 1, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ZERO, null, Map.of(), null, true, null), t))
                .toList();
    }

    private static PollBenchmark.DeviceServer serve(io.wardwatt.acquisition.DeviceTemplate template, int unitId) {
        TemplateSlave slave = TemplateSlave.start(template, freePort(), unitId);
        return new PollBenchmark.DeviceServer() {
            @Override
            public int port() {
                return slave.port();
            }

            @Override
            public void close() {
                slave.close();
            }
        };
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no free port on loopback", e);
        }
    }

    private static int number(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new UsageException(option + " must be " + min + ".." + max + ", got " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number, got '" + value + "'");
        }
    }
}
