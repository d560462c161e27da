package io.wardwatt.acquisition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures polling: for each device, the requests one cycle makes against its number of points (with the
 * configured gap, with gap 0, and one request per point as a naive poller would), and the cycle time over real
 * Modbus TCP against a server per device; then all devices at once, each on its own thread as in the service.
 * The Modbus implementation (client and servers) is passed in: the command line wires j2mod.
 */
public final class PollBenchmark {

    /** A Modbus server answering for one device on loopback. */
    public interface DeviceServer extends AutoCloseable {
        int port();

        @Override
        void close();
    }

    /** Starts a server for a template, its registers filled with plausible values. */
    @FunctionalInterface
    public interface ServerFactory {
        DeviceServer serve(DeviceTemplate template, int unitId);
    }

    /** One device's figures; cycle times in milliseconds. */
    public record Row(String device, String template, int points, int requests, int requestsGap0, int registersRead, double meanMs,
                      double p95Ms) {
    }

    /** All devices: the rows, the totals, and the concurrent run (all devices cycling at once). */
    public record Result(List<Row> rows, int cycles, int points, int requests, int requestsGap0, double concurrentWallMs,
                         double concurrentRequestsPerSecond, int failedCycles) {
    }

    private final ModbusConnector connector;
    private final ServerFactory servers;
    private final PollerSettings settings;

    public PollBenchmark(ModbusConnector connector, ServerFactory servers, PollerSettings settings) {
        this.connector = connector;
        this.servers = servers;
        this.settings = settings;
    }

    /** Runs {@code cycles} measured cycles per device (after 3 warm-up cycles), one device after the other, then all at once. */
    public Result run(List<DeviceList.ConfiguredDevice> devices, int cycles) throws InterruptedException {
        List<DeviceServer> started = new ArrayList<>();
        List<DevicePoller> pollers = new ArrayList<>();
        try {
            for (DeviceList.ConfiguredDevice d : devices) {
                DeviceServer server = servers.serve(d.template(), d.config().unitId());
                started.add(server);
                pollers.add(new DevicePoller(d.config().withEndpoint("127.0.0.1", server.port()), d.template(), connector, settings,
                        Clock.systemUTC()));
            }
            List<Row> rows = new ArrayList<>();
            int failed = 0;
            for (DevicePoller poller : pollers) {
                double[] millis = new double[cycles];
                for (int i = 0; i < 3 + cycles; i++) {
                    long t0 = System.nanoTime();
                    CycleOutcome outcome = poller.cycle();
                    failed += outcome.errors().isEmpty() ? 0 : 1;
                    if (i >= 3) {
                        millis[i - 3] = (System.nanoTime() - t0) / 1e6;
                    }
                }
                rows.add(row(poller, millis));
            }
            long wall = concurrently(pollers, cycles);
            int requests = rows.stream().mapToInt(Row::requests).sum();
            return new Result(rows, cycles, rows.stream().mapToInt(Row::points).sum(), requests, rows.stream().mapToInt(Row::requestsGap0).sum(),
                    wall / 1e6, requests * (double) cycles / (wall / 1e9), failed);
        } finally {
            pollers.forEach(DevicePoller::close);
            started.forEach(DeviceServer::close);
        }
    }

    private Row row(DevicePoller poller, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(millis).average().orElse(0);
        double p95 = sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
        ReadPlan plan = poller.plan();
        int gap0 = ReadPlan.of(poller.template(), settings.limitsFor(poller.device()).withMaxGap(0)).requestCount();
        return new Row(poller.device().code(), poller.template().id(), plan.pointCount(), plan.requestCount(), gap0, plan.wordsRead(), mean, p95);
    }

    /** Every poller on its own thread, {@code cycles} cycles back to back; the wall time in nanoseconds. */
    private static long concurrently(List<DevicePoller> pollers, int cycles) throws InterruptedException {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (DevicePoller poller : pollers) {
            Thread t = new Thread(() -> {
                try {
                    for (int i = 0; i < cycles; i++) {
                        poller.cycle();
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-" + poller.device().code());
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return System.nanoTime() - t0;
    }

    /** The result as the command prints it. */
    public static String format(Result r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-14s %-26s %6s %8s %8s %9s %9s %8s%n", "device", "template", "points", "requests", "gap 0",
                "registers", "mean ms", "p95 ms"));
        for (Row row : r.rows()) {
            out.append(String.format(Locale.ROOT, "%-14s %-26s %6d %8d %8d %9d %9.2f %8.2f%n", row.device(), row.template(), row.points(),
                    row.requests(), row.requestsGap0(), row.registersRead(), row.meanMs(), row.p95Ms()));
        }
        out.append(String.format(Locale.ROOT, "%-41s %6d %8d %8d%n", "total (" + r.rows().size() + " devices)", r.points(), r.requests(),
                r.requestsGap0()));
        out.append(String.format(Locale.ROOT, "requests per cycle: %d for %d points (%.1f points a request; one request per point would be %d)%n",
                r.requests(), r.points(), r.points() / (double) Math.max(1, r.requests()), r.points()));
        out.append(String.format(Locale.ROOT, "all devices at once, each on its own thread: %d cycles in %.0f ms, %.1f ms a round, %.0f requests/s%n",
                r.cycles(), r.concurrentWallMs(), r.concurrentWallMs() / Math.max(1, r.cycles()), r.concurrentRequestsPerSecond()));
        if (r.failedCycles() > 0) {
            out.append("cycles with errors: ").append(r.failedCycles()).append('\n');
        }
        return out.toString();
    }
}
