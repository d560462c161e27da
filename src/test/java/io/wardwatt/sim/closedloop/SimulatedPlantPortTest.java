package io.wardwatt.sim.closedloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.control.CommandKind;
import io.wardwatt.control.CommandedPoint;
import io.wardwatt.control.PlantPort;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.plant.ChillerCurveSetReader;
import io.wardwatt.sim.HospitalSettings;
import io.wardwatt.sim.SimulatedHospital;
import io.wardwatt.sim.plant.PlantPump;
import io.wardwatt.sim.plant.SimulatedChiller;
import io.wardwatt.sim.weather.ClimateNormals;
import io.wardwatt.sim.weather.SyntheticClimate;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatedPlantPortTest {

    static final HospitalSettings SETTINGS = new HospitalSettings(ChillerCurveSetReader.readDirectory(Path.of("chiller-models/chillers")),
            new SyntheticClimate(ClimateNormals.SHANGHAI, 7), 7, Duration.ofMinutes(10), 8_000, HospitalSettings.SHANGHAI);
    static final Instant NOON = Instant.parse("2025-07-15T04:00:00Z");

    private final SimulatedHospital hospital = new SimulatedHospital(SETTINGS, NOON);
    private final SimulatedPlantPort port = new SimulatedPlantPort(hospital);

    @Test
    void aChillerStopWrittenIsHeldByItsControllerAndReadBack() throws Exception {
        PlantPort.WriteResult result = port.write(CommandedPoint.chillerEnable("CH3"), 0);

        assertTrue(result.confirmed());
        assertEquals(0, result.readBack());
        SimulatedChiller ch3 = hospital.plant().chillers().get(2);
        assertFalse(ch3.enabled(hospital.now()));
        hospital.advanceTo(NOON.plusSeconds(120), Duration.ofSeconds(60));
        assertFalse(ch3.running(), "a disabled chiller does not run");
    }

    @Test
    void aSupplySetPointChangesWhatTheChillerHolds() throws Exception {
        port.write(CommandedPoint.supplySetpoint("CH1"), 7.5);

        assertEquals(7.5, hospital.plant().chillers().get(0).setpointC(hospital.now()));
        assertEquals(SimulatedChiller.LOCAL_SETPOINT_C, hospital.plant().chillers().get(1).setpointC(hospital.now()), "CH2 keeps its own");
    }

    @Test
    void pumpAndBatteryCommandsReachTheirDevices() throws Exception {
        assertTrue(port.write(CommandedPoint.pumpSpeed("SCHWP-Z1-2"), 80.0).confirmed());
        assertTrue(port.write(CommandedPoint.batteryPower(SimulatedPlantPort.BATTERY), 120.0).confirmed());

        assertEquals(80.0, port.held("SCHWP-Z1-2", PlantPump.SPEED_SETPOINT));
        hospital.advanceTo(NOON.plusSeconds(60), Duration.ofSeconds(60));
        // at noon its own timetable idles it; the written discharge rules (it starts full)
        assertEquals(120.0, hospital.battery().powerKw(), 1e-9, "the battery discharges at the written power");
    }

    @Test
    void commandsNotRenewedExpireAndTheDeviceRunsItsOwnControlAgain() throws Exception {
        port.write(CommandedPoint.chillerEnable("CH2"), 0);
        hospital.advanceTo(NOON.plus(Duration.ofMinutes(11)), Duration.ofSeconds(60));

        assertTrue(Double.isNaN(port.held("CH2", "ENABLE")));
        assertTrue(hospital.plant().chillers().get(1).enabled(hospital.now()));
    }

    @Test
    void aDeviceOrPointTheHospitalHasNotIsRefusedWithoutAWrite() {
        InvalidInputException noDevice = assertThrows(InvalidInputException.class, () -> port.write(CommandedPoint.chillerEnable("CH9"), 1));
        assertTrue(noDevice.getMessage().contains("CH9"), noDevice.getMessage());
        assertThrows(InvalidInputException.class, () -> port.write(new CommandedPoint("CH1", "DEMAND_LIMIT", CommandKind.SUPPLY_SETPOINT), 80));
        assertThrows(InvalidInputException.class, () -> port.write(new CommandedPoint("PCHWP1", "CHWST_SP", CommandKind.SUPPLY_SETPOINT), 7));
        assertTrue(Double.isNaN(port.held("CH1", "DEMAND_LIMIT")));
    }
}
