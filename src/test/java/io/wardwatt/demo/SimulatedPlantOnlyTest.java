package io.wardwatt.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.demo.SimulatedPlantOnly.ModbusAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedPlantOnlyTest {

    private static final ModbusAddress CH1_SIM = new ModbusAddress("127.0.0.1", 15101, 1);
    private static final ModbusAddress PUMP_SIM = new ModbusAddress("127.0.0.1", 15111, 1);

    @Test
    void devicesPolledWhereTheSimulatorServesThemOnLoopbackPass() {
        assertEquals(List.of(), SimulatedPlantOnly.problems(List.of("CH1", "PCHWP1"), Map.of("CH1", CH1_SIM, "PCHWP1", PUMP_SIM),
                Map.of("CH1", CH1_SIM, "PCHWP1", PUMP_SIM)));
    }

    @Test
    void aDeviceThePollerDoesNotReachIsNoRisk() {
        assertEquals(List.of(), SimulatedPlantOnly.problems(List.of("CH1", "CH2"), Map.of("CH1", CH1_SIM), Map.of("CH1", CH1_SIM)));
    }

    @Test
    void aRealChillerOnAnotherHostIsRefusedByName() {
        List<String> problems = SimulatedPlantOnly.problems(List.of("CH1", "CH2"),
                Map.of("CH1", CH1_SIM, "CH2", new ModbusAddress("10.20.1.12", 502, 3)), Map.of("CH1", CH1_SIM, "CH2", new ModbusAddress("127.0.0.1", 15102, 1)));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("CH2 is polled at 10.20.1.12:502 unit 3 but the simulated hospital serves it at 127.0.0.1:15102"),
                problems.get(0));
    }

    @Test
    void aPolledDeviceTheSimulatorDoesNotServeIsRefused() {
        List<String> problems = SimulatedPlantOnly.problems(List.of("CH1"), Map.of("CH1", CH1_SIM), Map.of());
        assertEquals(List.of("CH1 is polled at 127.0.0.1:15101 unit 1 but the simulated hospital does not serve it"), problems);
    }

    @Test
    void anotherUnitOnTheSamePortIsNotTheSimulatedDevice() {
        List<String> problems = SimulatedPlantOnly.problems(List.of("CH1"), Map.of("CH1", new ModbusAddress("127.0.0.1", 15101, 2)),
                Map.of("CH1", CH1_SIM));
        assertEquals(1, problems.size());
    }

    @Test
    void theSimulatorServingOffLoopbackIsRefusedToo() {
        ModbusAddress lan = new ModbusAddress("192.0.2.7", 15101, 1);
        assertEquals(List.of("CH1 is polled at 192.0.2.7:15101 unit 1, which is not this machine's loopback"),
                SimulatedPlantOnly.problems(List.of("CH1"), Map.of("CH1", lan), Map.of("CH1", lan)));
        assertTrue(SimulatedPlantOnly.loopback("localhost"));
        assertTrue(SimulatedPlantOnly.loopback("127.0.0.1"));
    }
}
