package io.wardwatt.acquisition.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.acquisition.CycleOutcome;
import io.wardwatt.acquisition.DeviceConfig;
import io.wardwatt.acquisition.DevicePoller;
import io.wardwatt.acquisition.DeviceState;
import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.FailureKind;
import io.wardwatt.MutableClock;
import io.wardwatt.acquisition.PointWrite;
import io.wardwatt.acquisition.PolledValue;
import io.wardwatt.acquisition.PollerSettings;
import io.wardwatt.acquisition.RegisterPoint;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.readings.Quality;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One device's poller over real Modbus TCP on loopback (j2mod slaves), cycle by cycle: every type and order,
 * silent, refused and erroring devices, a dropped connection, stale detection, writes.
 */
class DevicePollerLoopbackTest {

    private static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final String[] TYPES = {"int16", "uint16", "int32", "uint32", "int64", "float32", "float64"};
    private static final String[][] ORDERS = {{"big", "big"}, {"little", "big"}, {"big", "little"}, {"little", "little"}};

    private final J2modConnector connector = new J2modConnector();

    /** A value per type that uses its sign and width: negative where signed, past 16/32 bits where it can. */
    private static double sample(String type, String function) {
        double sign = function.equals("input") ? -1 : 1;
        return switch (type) {
            case "int16" -> sign * 1234.5;      // scale 0.1 -> raw +-12345
            case "uint16" -> 6543.2;            // raw 65432
            case "int32" -> sign * 12345678.9;  // raw +-123456789
            case "uint32" -> 400000000.1;       // raw 4000000001
            case "int64" -> sign * 98765432101.2; // raw +-987654321012
            case "float32" -> sign * 12.56f;
            default -> sign * 98765.4321;
        };
    }

    /** Every type in every word and byte order, in holding and input registers, each with scale 0.1 for integers. */
    private static DeviceTemplate allTypes() {
        StringBuilder points = new StringBuilder();
        int address = 0;
        for (String function : new String[] {"holding", "input"}) {
            for (String type : TYPES) {
                for (String[] order : ORDERS) {
                    String scale = type.startsWith("float") ? "1" : "0.1";
                    points.append("  - {name: ").append(name(function, type, order)).append(", function: ").append(function)
                            .append(", address: ").append(address).append(", type: ").append(type).append(", scale: ").append(scale)
                            .append(", unit: kW, wordOrder: ").append(order[0]).append(", byteOrder: ").append(order[1]).append("}\n");
                    address += type.endsWith("64") ? 4 : type.endsWith("32") ? 2 : 1;
                }
            }
        }
        points.append("""
                  - {name: COIL, function: coil, address: 3, type: bool, unit: "-", writable: true}
                  - {name: DI, function: discrete-input, address: 9, type: bool, unit: "-"}
                  - {name: BIT0, function: holding, address: 500, type: bool, bit: 0, unit: "-", writable: true}
                  - {name: BIT9, function: holding, address: 500, type: bool, bit: 9, unit: "-", writable: true}
                  - {name: SP, function: holding, address: 501, type: int16, scale: 0.01, unit: "°C", writable: true, min: 5, max: 12}
                  - {name: RO, function: holding, address: 502, type: uint16, unit: kW}
                """);
        return Loopback.template("all-types", points.toString());
    }

    private static String name(String function, String type, String[] order) {
        return function.substring(0, 1).toUpperCase() + "_" + type + "_" + order[0].charAt(0) + order[1].charAt(0);
    }

    private DevicePoller poller(DeviceConfig device, DeviceTemplate template, Clock clock) {
        return new DevicePoller(device, template, connector, PollerSettings.DEFAULT, clock);
    }

    private static Map<String, PolledValue> byName(CycleOutcome outcome) {
        Map<String, PolledValue> values = new LinkedHashMap<>();
        outcome.values().forEach(v -> values.put(v.point().name(), v));
        return values;
    }

    @Test
    void everyTypeWordOrderAndByteOrderIsReadBackThroughThePoller() {
        DeviceTemplate template = allTypes();
        int port = Loopback.freePort();
        try (TemplateSlave slave = TemplateSlave.start(template, port, 1)) {
            Map<String, Double> expected = new HashMap<>();
            for (String function : new String[] {"holding", "input"}) {
                for (String type : TYPES) {
                    for (String[] order : ORDERS) {
                        expected.put(name(function, type, order), sample(type, function));
                        slave.set(name(function, type, order), sample(type, function));
                    }
                }
            }
            slave.set("COIL", 1).set("DI", 1).set("BIT9", 1).set("SP", 7.25);
            expected.putAll(Map.of("COIL", 1.0, "DI", 1.0, "BIT0", 0.0, "BIT9", 1.0, "SP", 7.25, "RO", 0.0));
            DevicePoller poller = poller(Loopback.device("ALL", template, port, INTERVAL, Duration.ofSeconds(2)), template, Clock.systemUTC());
            try {
                Instant before = Instant.now();
                CycleOutcome outcome = poller.cycle();
                assertEquals(List.of(), outcome.errors());
                assertEquals(DeviceState.OK, outcome.state());
                Map<String, PolledValue> values = byName(outcome);
                assertEquals(expected.keySet(), values.keySet());
                for (Map.Entry<String, Double> e : expected.entrySet()) {
                    PolledValue v = values.get(e.getKey());
                    assertEquals(e.getValue(), v.value(), Math.abs(e.getValue()) * 1e-9, e.getKey());
                    assertEquals(Quality.GOOD, v.quality());
                    assertFalse(v.ts().isBefore(before), "source time is when the answer arrived");
                }
                // the holding values 0..63, the input values 64..127, holding 500..502, one coil, one discrete input
                assertEquals(poller.plan().requestCount(), outcome.requests());
                assertEquals(5, outcome.requests());
            } finally {
                poller.close();
            }
        }
    }

    @Test
    void theRequestDelayPausesBetweenRequests() {
        DeviceTemplate template = Loopback.template("gateway", """
                  - {name: A, function: input, address: 0, type: uint16, unit: kW}
                  - {name: B, function: holding, address: 0, type: uint16, unit: kW}
                """);
        int port = Loopback.freePort();
        try (TemplateSlave slave = TemplateSlave.start(template, port, 1)) {
            DeviceConfig device = Loopback.device("GW", template, port, INTERVAL, Duration.ofSeconds(1));
            DeviceConfig slowGateway = new DeviceConfig(device.code(), device.name(), device.template(), device.host(), device.port(), 1,
                    INTERVAL, device.timeout(), Duration.ofMillis(150), null, Map.of(), null, true, null);
            DevicePoller poller = poller(slowGateway, template, Clock.systemUTC());
            try {
                Map<String, PolledValue> values = byName(poller.cycle());
                // holding is read first, then the pause, then input: the answers are at least the delay apart
                assertTrue(Duration.between(values.get("B").ts(), values.get("A").ts()).toMillis() >= 150, values.toString());
            } finally {
                poller.close();
            }
        }
    }

    @Test
    void aSilentDeviceTimesOutBecomesFaultyAndIsBackedOff() throws Exception {
        DeviceTemplate template = Loopback.template("silent", "  - {name: KW, function: input, address: 0, type: float32, unit: kW}\n");
        try (Loopback.SilentServer silent = new Loopback.SilentServer()) {
            DevicePoller poller = poller(Loopback.device("SILENT", template, silent.port(), INTERVAL, Duration.ofMillis(200)), template,
                    Clock.systemUTC());
            try {
                List<Duration> delays = new java.util.ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    CycleOutcome outcome = poller.cycle();
                    assertEquals(FailureKind.TIMEOUT, outcome.errors().get(0).kind(), outcome.errors().toString());
                    assertEquals(List.of(), outcome.values());
                    delays.add(outcome.nextDelay());
                }
                assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40)), delays); // 5 s doubled each time
                assertEquals(DeviceState.FAULTY, poller.status().state());
                assertEquals(3, poller.status().consecutiveFailures());
                assertEquals(3L, poller.status().errorsByKind().get("timeout"));
            } finally {
                poller.close();
            }
        }
    }

    @Test
    void aClosedPortIsAConnectFailure() {
        DeviceTemplate template = Loopback.template("refused", "  - {name: KW, function: input, address: 0, type: float32, unit: kW}\n");
        DevicePoller poller = poller(Loopback.device("REFUSED", template, Loopback.freePort(), INTERVAL, Duration.ofMillis(500)), template,
                Clock.systemUTC());
        CycleOutcome outcome = poller.cycle();
        assertEquals(FailureKind.CONNECT, outcome.errors().get(0).kind());
        assertEquals(0, outcome.requests());
        assertEquals(DeviceState.DEGRADED, outcome.state()); // one failed cycle: not yet faulty
        assertTrue(poller.status().lastError().startsWith("connect 127.0.0.1:"), poller.status().lastError());
    }

    @Test
    void anExceptionResponseFailsOnlyItsRequest() {
        DeviceTemplate served = Loopback.template("served", "  - {name: KW, function: input, address: 0, type: float32, unit: kW}\n");
        DeviceTemplate expected = Loopback.template("expected", """
                  - {name: KW, function: input, address: 0, type: float32, unit: kW}
                  - {name: KWH, function: input, address: 500, type: uint32, unit: kWh, kind: counter, rollover: 4294967296}
                """);
        int port = Loopback.freePort();
        try (TemplateSlave slave = TemplateSlave.start(served, port, 1)) {
            slave.set("KW", 42.5);
            DevicePoller poller = poller(Loopback.device("PARTIAL", expected, port, INTERVAL, Duration.ofSeconds(1)), expected, Clock.systemUTC());
            try {
                CycleOutcome outcome = poller.cycle();
                assertEquals(2, outcome.requests());
                assertEquals(1, outcome.errors().size());
                assertEquals(FailureKind.EXCEPTION, outcome.errors().get(0).kind());
                assertEquals(2, outcome.errors().get(0).exceptionCode());
                assertEquals("input 500..501 (2, 1 points): Modbus exception 2 (illegal data address)", outcome.errors().get(0).describe());
                assertEquals(42.5, byName(outcome).get("KW").value());
                assertEquals(DeviceState.DEGRADED, outcome.state());
                assertEquals(INTERVAL, outcome.nextDelay()); // it answers: no back-off
            } finally {
                poller.close();
            }
        }
    }

    @Test
    void aDroppedConnectionIsReopened() throws Exception {
        DeviceTemplate template = Loopback.template("drop", "  - {name: KW, function: input, address: 0, type: float32, unit: kW}\n");
        int port = Loopback.freePort();
        try (TemplateSlave slave = TemplateSlave.start(template, port, 1); Loopback.CuttableRelay network = new Loopback.CuttableRelay(port)) {
            slave.set("KW", 10);
            DevicePoller poller = poller(Loopback.device("DROP", template, network.port(), INTERVAL, Duration.ofMillis(500)), template,
                    Clock.systemUTC());
            try {
                assertEquals(DeviceState.OK, poller.cycle().state());
                network.cut();
                CycleOutcome lost = poller.cycle();
                assertFalse(lost.errors().isEmpty());
                assertTrue(lost.errors().get(0).kind().losesConnection(), lost.errors().toString());
                CycleOutcome hungUp = poller.cycle();
                assertFalse(hungUp.errors().isEmpty(), "while the network is down a cycle fails");
                assertTrue(hungUp.errors().get(0).kind().losesConnection() || hungUp.errors().get(0).kind() == FailureKind.CONNECT,
                        hungUp.errors().toString());
                network.restore();
                slave.set("KW", 11);
                CycleOutcome back = poller.cycle();
                assertEquals(List.of(), back.errors());
                assertEquals(11.0, byName(back).get("KW").value());
                assertEquals(DeviceState.OK, back.state());
                assertEquals(0, poller.status().consecutiveFailures());
            } finally {
                poller.close();
            }
        }
    }

    @Test
    void aFrozenValueIsStaleOnlyWhileItMustChange() {
        DeviceTemplate template = Loopback.template("frozen", """
                  - {name: RUN, function: discrete-input, address: 0, type: bool, unit: "-"}
                  - {name: T, function: input, address: 0, type: int16, scale: 0.01, unit: "°C", mustChange: true, staleAfter: 10m}
                  - {name: KWH, function: input, address: 1, type: uint32, unit: kWh, kind: counter, rollover: 4294967296, mustChange: true, mustChangeWhile: RUN, staleAfter: 10m}
                  - {name: SP, function: input, address: 3, type: int16, unit: "°C"}
                """);
        int port = Loopback.freePort();
        MutableClock clock = new MutableClock(Instant.parse("2026-07-01T08:00:00Z"));
        try (TemplateSlave slave = TemplateSlave.start(template, port, 1)) {
            slave.set("T", 7.0).set("KWH", 1000).set("SP", 7);
            DevicePoller poller = poller(Loopback.device("FROZEN", template, port, Duration.ofMinutes(1), Duration.ofSeconds(1)), template, clock);
            try {
                assertEquals(Quality.GOOD, byName(poller.cycle()).get("T").quality());
                clock.advance(Duration.ofMinutes(10));
                Map<String, PolledValue> tenMinutes = byName(poller.cycle());
                assertEquals(Quality.STALE, tenMinutes.get("T").quality()); // 7.00 degC for 10 minutes: a stuck sensor
                assertEquals(Quality.GOOD, tenMinutes.get("KWH").quality()); // the chiller is stopped: its counter may hold
                assertEquals(Quality.GOOD, tenMinutes.get("SP").quality()); // set-points may hold forever
                assertEquals(List.of("T"), poller.status().stalePoints());

                slave.set("T", 7.01).set("RUN", 1);
                clock.advance(Duration.ofMinutes(1));
                Map<String, PolledValue> running = byName(poller.cycle());
                assertEquals(Quality.GOOD, running.get("T").quality()); // it moved again
                clock.advance(Duration.ofMinutes(10));
                Map<String, PolledValue> runningFrozen = byName(poller.cycle());
                assertEquals(Quality.STALE, runningFrozen.get("KWH").quality()); // running 10 minutes without counting
                slave.set("KWH", 1001);
                clock.advance(Duration.ofMinutes(1));
                assertEquals(Quality.GOOD, byName(poller.cycle()).get("KWH").quality());
            } finally {
                poller.close();
            }
        }
    }

    @Test
    void aPointThatStopsArrivingGetsOneStaleReadingOfItsLastValue() {
        DeviceTemplate template = Loopback.template("gone", "  - {name: KW, function: input, address: 0, type: float32, unit: kW}\n");
        int port = Loopback.freePort();
        MutableClock clock = new MutableClock(Instant.parse("2026-07-01T08:00:00Z"));
        try (TemplateSlave slave = TemplateSlave.start(template, port, 1)) {
            slave.set("KW", 55.5);
            DevicePoller poller = poller(Loopback.device("GONE", template, port, Duration.ofMinutes(1), Duration.ofMillis(300)), template, clock);
            try {
                assertEquals(Quality.GOOD, poller.cycle().values().get(0).quality());
                slave.stop();
                clock.advance(Duration.ofMinutes(2));
                assertEquals(List.of(), poller.cycle().values()); // two intervals missed: not yet stale
                clock.advance(Duration.ofMinutes(1));
                CycleOutcome third = poller.cycle(); // three intervals (missed-intervals) without a good read
                assertEquals(1, third.values().size());
                PolledValue marker = third.values().get(0);
                assertEquals(Quality.STALE, marker.quality());
                assertEquals(55.5, marker.value());
                assertEquals(clock.instant(), marker.ts());
                assertEquals(List.of("KW"), poller.status().stalePoints());
                clock.advance(Duration.ofMinutes(1));
                assertEquals(List.of(), poller.cycle().values()); // marked once, nothing invented after that
            } finally {
                poller.close();
            }
        }
    }

    @Test
    void writesGoOnlyToWritablePointsAndAreReadBack() throws Exception {
        DeviceTemplate template = allTypes();
        int port = Loopback.freePort();
        try (TemplateSlave slave = TemplateSlave.start(template, port, 1)) {
            slave.set("BIT0", 1).set("RO", 17);
            DevicePoller poller = poller(Loopback.device("WRITE", template, port, INTERVAL, Duration.ofSeconds(1)), template, Clock.systemUTC());
            try {
                RegisterPoint sp = template.point("SP").orElseThrow();
                PointWrite.Result result = poller.withConnection(client -> PointWrite.perform(client, sp, 6.5));
                assertTrue(result.confirmed(), result.toString());
                assertEquals(6.5, result.readBack());
                assertEquals(6.5, slave.get("SP"));

                RegisterPoint bit9 = template.point("BIT9").orElseThrow();
                assertTrue(poller.withConnection(client -> PointWrite.perform(client, bit9, 1)).confirmed());
                assertEquals(1.0, slave.get("BIT0"), "the other bit of the register is kept");
                assertEquals(1.0, slave.get("BIT9"));

                RegisterPoint coil = template.point("COIL").orElseThrow();
                assertEquals(1.0, poller.withConnection(client -> PointWrite.perform(client, coil, 1)).readBack());
                assertEquals(1.0, slave.get("COIL"));

                RegisterPoint readOnly = template.point("RO").orElseThrow();
                InvalidInputException refused = assertThrows(InvalidInputException.class,
                        () -> poller.withConnection(client -> PointWrite.perform(client, readOnly, 3)));
                assertEquals("RO: is not writable (the template marks it read-only): nothing was written", refused.getMessage());
                assertEquals(17.0, slave.get("RO"));
                InvalidInputException tooCold = assertThrows(InvalidInputException.class,
                        () -> poller.withConnection(client -> PointWrite.perform(client, sp, 4.0)));
                assertTrue(tooCold.getMessage().contains("below the point's minimum 5.0"), tooCold.getMessage());
                assertEquals(6.5, slave.get("SP"));
            } finally {
                poller.close();
            }
        }
    }
}
