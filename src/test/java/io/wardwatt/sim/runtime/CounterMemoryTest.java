package io.wardwatt.sim.runtime;

import io.wardwatt.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.digitalpetri.modbus.exceptions.ModbusException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restarted simulator's meters continue from where they were, as real meters do. */
class CounterMemoryTest {

    @Test
    void countersContinueAfterARestart(@TempDir Path directory) throws IOException, ModbusException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path devices = directory.resolve("devices.yaml");
        Files.writeString(devices, "devices:\n  - {code: CH1, template: wardwatt-chiller-wc, host: 127.0.0.1, port: " + port
                + ", unitId: 1, interval: 5s, timeout: 1s}\n");
        Path counters = directory.resolve("state/counters.properties");
        SimulatorOptions options = new SimulatorOptions(devices, List.of(), SimulatorOptions.DEFAULT_CHILLER_MODELS, null, 42, 1.0,
                Instant.parse("2025-07-22T06:00:00Z"), Duration.ofMinutes(10), Duration.ofSeconds(1), counters);

        MutableClock clock = new MutableClock();
        long before;
        try (ModbusHospital first = SimulatorSetup.build(options, clock)) {
            first.start(Duration.ofHours(1));
            clock.advance(Duration.ofHours(2));
            first.update();
            try (StandardModbusClient client = new StandardModbusClient(port)) {
                before = client.input(3, 2).getInt(0) & 0xFFFF_FFFFL;
            }
        }
        Map<String, Double> saved = new CounterMemory(counters).load();
        assertEquals(before * 0.1, saved.get("CH1.KWH"), 0.1);
        assertTrue(saved.keySet().containsAll(List.of("CH1.KWH", "CH1.RUN_H", "CH1.STARTS")), saved.toString());

        try (ModbusHospital second = SimulatorSetup.build(options, new MutableClock())) {
            second.start(Duration.ofHours(1));
            try (StandardModbusClient client = new StandardModbusClient(port)) {
                long after = client.input(3, 2).getInt(0) & 0xFFFF_FFFFL;
                assertEquals(before, after, 1, "the restarted chiller's KWH register continues, it does not fall back two hours");
            }
        }
    }
}
