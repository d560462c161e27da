package io.wardwatt.sim.runtime;

import io.wardwatt.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.digitalpetri.modbus.exceptions.ModbusException;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import io.wardwatt.sim.history.HistoryPoint;
import io.wardwatt.sim.weather.OutdoorConditions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standard Modbus client (digitalpetri, not j2mod and not our codec) reads the simulator over TCP on loopback
 * and gets the values the README documents for each register map: the words are decoded here by hand.
 */
class ModbusHospitalTest {

    /** Tuesday 22 July 2025, 14:00 in Shanghai: a summer clinic afternoon. */
    static final Instant SUMMER_AFTERNOON = Instant.parse("2025-07-22T06:00:00Z");

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock();
    private ModbusHospital hospital;
    private int chillerPort;
    private int pumpPort;
    private int incomerPort;
    private int mriPort;
    private int batteryPort;
    private int weatherPort;

    @BeforeEach
    void start() throws IOException {
        chillerPort = freePort();
        pumpPort = freePort();
        incomerPort = freePort();
        mriPort = freePort();
        batteryPort = freePort();
        weatherPort = freePort();
        Path devices = directory.resolve("devices.yaml");
        Files.writeString(devices, "devices:\n"
                + device("CH1", "wardwatt-chiller-wc", chillerPort)
                + device("SCHWP-Z1-1", "wardwatt-pump-vsd", pumpPort)
                + device("INC1", "wardwatt-mv-meter", incomerPort)
                + device("MRI2", "wardwatt-medical-submeter", mriPort)
                + device("BESS", "wardwatt-battery", batteryPort)
                + device("WX", "wardwatt-weather-station", weatherPort)
                + device("NOT-SIMULATED", "wardwatt-water-meter", freePort()));
        SimulatorOptions options = new SimulatorOptions(devices, List.of(), SimulatorOptions.DEFAULT_CHILLER_MODELS, null, 42, 1.0,
                SUMMER_AFTERNOON, Duration.ofMinutes(10), Duration.ofSeconds(1), null);
        hospital = SimulatorSetup.build(options, clock);
        hospital.start(Duration.ofHours(1));
    }

    @AfterEach
    void stop() {
        hospital.close();
    }

    @Test
    void aChillerShowsItsStateTemperaturesPowerAndCounters() throws ModbusException {
        try (StandardModbusClient client = new StandardModbusClient(chillerPort)) {
            assertTrue(client.discreteInput(0), "RUN: the lead chiller runs on a summer afternoon");
            assertTrue(client.coil(0), "ENABLE");
            ByteBuffer input = client.input(0, 17);
            double load = (input.getShort(0) & 0xFFFF) * 0.1;
            float kw = input.getFloat(2);
            long kwh = input.getInt(6) & 0xFFFF_FFFFL;
            double chwst = input.getShort(10) * 0.01;
            double chwrt = input.getShort(12) * 0.01;
            double cdwet = input.getShort(14) * 0.01;
            double cdwlt = input.getShort(16) * 0.01;
            float qevap = input.getFloat(18);
            assertTrue(chwst >= 5 && chwst <= 9, "CHWST " + chwst);
            assertTrue(chwrt > chwst + 1 && chwrt < chwst + 8, "CHWRT " + chwrt);
            assertTrue(cdwet > 24 && cdwet < 34 && cdwlt > cdwet, "condenser " + cdwet + " -> " + cdwlt);
            assertTrue(kw > 150 && kw < 700 && qevap > 5 * kw, "KW " + kw + ", QEVAP " + qevap);
            assertTrue(load > 20 && load <= 110, "LOAD " + load);
            assertEquals(0b11, input.getShort(32) & 0b11, "CHW_FLOW_OK and CDW_FLOW_OK: both flow switches made");

            clock.advance(Duration.ofSeconds(60));
            hospital.update();

            long later = client.input(3, 2).getInt(0) & 0xFFFF_FFFFL;
            // One minute at about KW: KWH (0.1 kWh per count) rises by KW/60 kWh.
            assertEquals(kw / 60 * 10, later - kwh, kw / 60 * 10 * 0.05 + 1);
        }
    }

    @Test
    void aWrittenSetPointIsReadBackFollowedAndExpiresWithoutRenewal() throws ModbusException {
        try (StandardModbusClient client = new StandardModbusClient(chillerPort)) {
            assertEquals(700, client.holding(0, 1).getShort(0), "CHWST_SP 7.00 °C, the local set-point");

            client.writeRegister(0, 900);
            clock.advance(Duration.ofSeconds(1));
            hospital.update();

            assertEquals(900, client.holding(0, 1).getShort(0), "CHWST_SP read back");
            assertEquals(9.0, client.input(5, 1).getShort(0) * 0.01, 0.1, "CHWST follows");
            assertTrue(client.discreteInput(2), "REMOTE while a command holds");

            clock.advance(Duration.ofMinutes(11));
            hospital.update();

            assertEquals(700, client.holding(0, 1).getShort(0), "not renewed for 11 minutes: back to local control");
            assertFalse(client.discreteInput(2));
        }
    }

    @Test
    void aDisabledChillerStops() throws ModbusException {
        try (StandardModbusClient client = new StandardModbusClient(chillerPort)) {
            client.writeCoil(0, false);
            clock.advance(Duration.ofSeconds(1));
            hospital.update();

            assertFalse(client.coil(0));
            assertFalse(client.discreteInput(0), "RUN");
            assertEquals(0f, client.input(1, 2).getFloat(0), "KW");
        }
    }

    @Test
    void aPumpFollowsAWrittenSpeedByTheAffinityLaws() throws ModbusException {
        try (StandardModbusClient client = new StandardModbusClient(pumpPort)) {
            assertTrue(client.discreteInput(0), "RUN: zone 1's first pump runs");
            ByteBuffer before = client.input(0, 7);
            double speed = (before.getShort(0) & 0xFFFF) * 0.1;
            double kw = (before.getShort(4) & 0xFFFF) * 0.1;
            before.position(6);
            long kwh = StandardModbusClient.uint32LowWordFirst(before);
            assertTrue(speed >= 30 && speed <= 100, "SPEED " + speed);
            assertEquals(50 * speed / 100, (before.getShort(2) & 0xFFFF) * 0.01, 0.05, "FREQ");

            client.writeRegister(0, 900);
            clock.advance(Duration.ofMinutes(10));
            hospital.update();

            ByteBuffer after = client.input(0, 7);
            assertEquals(90.0, (after.getShort(0) & 0xFFFF) * 0.1, 0.15, "SPEED follows SPEED_SP");
            assertEquals(900, client.holding(0, 1).getShort(0) & 0xFFFF, "SPEED_SP read back");
            double expected = kw * Math.pow(90.0 / speed, 3);
            assertEquals(expected, (after.getShort(4) & 0xFFFF) * 0.1, 0.05 * expected + 0.3, "power follows the cube of speed");
            after.position(6);
            assertTrue(StandardModbusClient.uint32LowWordFirst(after) > kwh, "KWH (low word first) counts up");
        }
    }

    @Test
    void theCountersAtStartAreWhatAClientReadsThenAndWhereTheSiteKeepsThem() throws ModbusException {
        try (StandardModbusClient client = new StandardModbusClient(incomerPort)) {
            double kwh = (lowWordFirstInt(client.holding(0, 14), 24) & 0xFFFF_FFFFL) * 0.1;

            assertEquals(SUMMER_AFTERNOON, hospital.countersAtStart().orElseThrow().at());
            assertEquals(kwh, hospital.countersAtStart().orElseThrow().value("INC1.KWH").orElseThrow(), 1e-6,
                    "the register as read (0.1 kWh resolution), by site point code; the clock has not moved");
        }
        assertEquals(new HistoryPoint("INC1.KWH", "INC1", "KWH", true, 99_999_999.9), hospital.historyPoint("INC1.KWH").orElseThrow());
        assertEquals(new HistoryPoint("WX.OAT", "WX", "OAT", false, null), hospital.historyPoint("WX.OAT").orElseThrow());
        assertTrue(hospital.historyPoint("INC9.KWH").isEmpty());
    }

    @Test
    void theIncomerMeterReadsTheSitesImport() throws ModbusException {
        try (StandardModbusClient client = new StandardModbusClient(incomerPort)) {
            ByteBuffer words = client.holding(0, 14);
            double kv = (words.getShort(0) & 0xFFFF) * 0.001;
            double amps = (words.getShort(6) & 0xFFFF) * 0.1;
            double kw = lowWordFirstInt(words, 12) * 0.01;
            double pf = words.getShort(20) * 0.001;
            double kwh = (lowWordFirstInt(words, 24) & 0xFFFF_FFFFL) * 0.1;

            assertEquals(10.2, kv, 0.03);
            assertEquals(0.93, pf, 1e-9);
            assertTrue(kw > 2_000 && kw < 8_000, "INC1 KW " + kw);
            assertEquals(kw / (Math.sqrt(3) * 10.2 * 0.93), amps, 1.0);
            assertTrue(kwh > 38_000_000, "KWH " + kwh);
            ModbusResponseException refused = assertThrows(ModbusResponseException.class, () -> client.writeRegister(6, 0));
            assertEquals(2, refused.getExceptionCode(), "a meter's registers are not writable: illegal data address");
            assertEquals(2, assertThrows(ModbusResponseException.class, () -> client.holding(500, 2)).getExceptionCode());
        }
    }

    @Test
    void theMriSubMeterShowsItsStateAndPower() throws ModbusException {
        try (StandardModbusClient client = new StandardModbusClient(mriPort)) {
            ByteBuffer words = client.input(0, 9);
            float kw = words.getFloat(0);
            long kwhMilli = words.getLong(4);
            int state = words.getShort(12);

            assertTrue(state == 2 || state == 3, "ready or scanning on a clinic afternoon: " + state);
            assertEquals(state == 3 ? 55.0 : 26.0, kw, 0.1);
            assertTrue(kwhMilli > 0);
        }
        assertEquals(List.of("NOT-SIMULATED"), hospital.unknownDevices());
    }

    @Test
    void aPowerSetPointSentAsTwoRegistersIsAppliedWhole() throws ModbusException {
        try (StandardModbusClient client = new StandardModbusClient(batteryPort)) {
            assertEquals(0, client.input(10, 1).getShort(0), "MODE standby: full, outside its daily cycle");
            assertEquals(1000, client.input(0, 1).getShort(0), "SOC 100.0 %");

            // KW_SP = +150.0 kW (discharge): int32 in 0.1 kW, high word first.
            client.writeRegisters(0, ByteBuffer.allocate(4).putInt(1500).array());
            clock.advance(Duration.ofSeconds(1));
            hospital.update();

            assertEquals(1500, client.holding(0, 2).getInt(0), "KW_SP read back");
            assertEquals(1500, client.input(2, 2).getInt(0), "KW +150.0 kW");
            assertEquals(2, client.input(10, 1).getShort(0), "MODE discharging");
        }
    }

    @Test
    void theWeatherStationObservesTheWeatherThatDrivesTheLoad() throws ModbusException {
        try (StandardModbusClient client = new StandardModbusClient(weatherPort)) {
            OutdoorConditions weather = hospital.hospital().outdoor();
            ByteBuffer words = client.input(0, 6);
            double oat = words.getShort(0) * 0.01;
            double rh = (words.getShort(2) & 0xFFFF) * 0.1;
            double dew = words.getShort(4) * 0.01;
            double wb = words.getShort(6) * 0.01;
            int ghi = words.getShort(8) & 0xFFFF;
            int faults = words.getShort(10) & 0xFFFF;

            // the simulation's weather within the sensors' noise (0.05 K, 0.3 %, 2 W/m2) and a register step
            assertEquals(weather.dryBulbC(), oat, 0.05 + 0.005, "OAT");
            assertEquals(weather.relativeHumidityPercent(), rh, 0.3 + 0.05, "RH");
            assertEquals(weather.dewPointC(), dew, 0.005 + 1e-9, "DEW");
            assertEquals(weather.wetBulbC(), wb, 0.005 + 1e-9, "WB");
            assertEquals(weather.globalHorizontalWm2(), ghi, 2 + 0.5, "GHI");
            assertTrue(dew < wb && wb < oat, "dew point " + dew + " < wet bulb " + wb + " < dry bulb " + oat);
            assertTrue(rh > 30 && rh < 100, "RH " + rh);
            assertTrue(ghi > 100 && ghi < 1_361, "the sun is up on a summer afternoon, below the solar constant: GHI " + ghi);
            assertEquals(0, faults, "no sensor fault");

            clock.advance(Duration.ofHours(6));
            hospital.update();

            OutdoorConditions evening = hospital.hospital().outdoor();
            ByteBuffer later = client.input(0, 6);
            assertEquals(evening.dryBulbC(), later.getShort(0) * 0.01, 0.05 + 0.005, "OAT follows the weather into the evening");
            assertTrue(later.getShort(0) * 0.01 < oat - 1, "20:00 is cooler than 14:00");
            assertEquals(0, later.getShort(8), "the sun has set by 20:00 in July");
        }
    }

    private static int lowWordFirstInt(ByteBuffer words, int byteOffset) {
        int low = words.getShort(byteOffset) & 0xFFFF;
        int high = words.getShort(byteOffset + 2) & 0xFFFF;
        return (high << 16) | low;
    }

    private static String device(String code, String template, int port) {
        return "  - {code: " + code + ", template: " + template + ", host: 127.0.0.1, port: " + port + ", unitId: 1, interval: 5s, timeout: 1s}\n";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
