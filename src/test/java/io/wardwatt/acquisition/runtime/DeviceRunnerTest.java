package io.wardwatt.acquisition.runtime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.acquisition.DeviceConfig;
import io.wardwatt.acquisition.DevicePoller;
import io.wardwatt.acquisition.DeviceState;
import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.PlanLimits;
import io.wardwatt.acquisition.PointWrite;
import io.wardwatt.acquisition.PollerSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Devices on their own threads over real Modbus TCP: a silent, a refusing and an erroring device never hold
 * up a good one. Asserted on cycle counts, not on timings.
 */
class DeviceRunnerTest {

    private static final DeviceTemplate METER = Loopback.template("runner-meter", """
              - {name: KW, function: input, address: 0, type: float32, unit: kW}
              - {name: SP, function: holding, address: 0, type: uint16, scale: 0.1, unit: "%", writable: true, min: 0, max: 100}
            """);
    private static final DeviceTemplate NOTHING_SERVED = Loopback.template("runner-other", """
              - {name: X, function: coil, address: 7, type: bool, unit: "-"}
            """);
    /** Short back-off so the failing devices keep trying during the test. */
    private static final PollerSettings SETTINGS = new PollerSettings(PlanLimits.DEFAULT, 2.0, Duration.ofSeconds(1), 3, 3,
            Duration.ofMinutes(15));

    private static DeviceRunner runner(DeviceConfig device, AtomicInteger readings) {
        DevicePoller poller = new DevicePoller(device, METER, new J2modConnector(), SETTINGS, Clock.systemUTC());
        return new DeviceRunner(poller, (p, outcome) -> readings.addAndGet(outcome.values().size())).start();
    }

    @Test
    void failingDevicesDoNotDelayAGoodOne() throws Exception {
        int goodPort = Loopback.freePort();
        int erroringPort = Loopback.freePort();
        List<DeviceRunner> runners = new ArrayList<>();
        AtomicInteger goodReadings = new AtomicInteger();
        try (TemplateSlave good = TemplateSlave.start(METER, goodPort, 1);
             TemplateSlave erroring = TemplateSlave.start(NOTHING_SERVED, erroringPort, 1);
             Loopback.SilentServer silent = new Loopback.SilentServer()) {
            good.set("KW", 12.5);
            DeviceRunner goodRunner = runner(Loopback.device("GOOD", METER, goodPort, Duration.ofMillis(50), Duration.ofSeconds(1)), goodReadings);
            runners.add(goodRunner);
            DeviceRunner silentRunner = runner(Loopback.device("SILENT", METER, silent.port(), Duration.ofMillis(50), Duration.ofSeconds(2)),
                    new AtomicInteger());
            runners.add(silentRunner);
            DeviceRunner refusedRunner = runner(Loopback.device("REFUSED", METER, Loopback.freePort(), Duration.ofMillis(50),
                    Duration.ofMillis(500)), new AtomicInteger());
            runners.add(refusedRunner);
            DeviceRunner erroringRunner = runner(Loopback.device("ERRORING", METER, erroringPort, Duration.ofMillis(50), Duration.ofSeconds(1)),
                    new AtomicInteger());
            runners.add(erroringRunner);

            // the silent device needs 2 s per attempt; in that time the good one completes its cycles regardless
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertTrue(goodRunner.status().cycles() >= 40, "good device cycles: " + goodRunner.status().cycles());
                assertEquals(DeviceState.FAULTY, refusedRunner.status().state());
                assertEquals(DeviceState.FAULTY, erroringRunner.status().state());
            });
            assertEquals(DeviceState.OK, goodRunner.status().state());
            assertEquals(0L, goodRunner.status().failedCycles());
            assertTrue(goodReadings.get() >= 80, "two points a cycle: " + goodReadings.get());
            long silentCycles = silentRunner.status().cycles();
            assertTrue(silentCycles < goodRunner.status().cycles() / 4, "silent " + silentCycles + " vs good " + goodRunner.status().cycles());
            assertTrue(erroringRunner.status().errorsByKind().get("exception") >= 3, erroringRunner.status().errorsByKind().toString());
            assertTrue(refusedRunner.status().errorsByKind().get("connect") >= 3, refusedRunner.status().errorsByKind().toString());
            // the silent device is backed off and shown as failing on itself
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(DeviceState.FAULTY, silentRunner.status().state()));
            assertEquals("timeout", silentRunner.status().errorsByKind().keySet().iterator().next());
        } finally {
            runners.forEach(DeviceRunner::close);
        }
    }

    @Test
    void aWriteRunsOnTheDeviceThreadBetweenCycles() throws Exception {
        int port = Loopback.freePort();
        try (TemplateSlave slave = TemplateSlave.start(METER, port, 1)) {
            DeviceRunner runner = runner(Loopback.device("WRITER", METER, port, Duration.ofMillis(20), Duration.ofSeconds(1)), new AtomicInteger());
            try {
                PointWrite.Result result = runner.onConnection(client -> PointWrite.perform(client, METER.point("SP").orElseThrow(), 55.5),
                        Duration.ofSeconds(10));
                assertTrue(result.confirmed(), result.toString());
                assertEquals(55.5, slave.get("SP"));
                assertEquals(55.5, result.readBack());
            } finally {
                runner.close();
            }
        }
    }
}
