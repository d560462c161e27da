package io.wardwatt.acquisition.runtime;

import static io.wardwatt.TestUsers.engineer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.wardwatt.SiteFixtures;
import io.wardwatt.TestUsers;
import io.wardwatt.acquisition.DeviceConfig;
import io.wardwatt.acquisition.DeviceList;
import io.wardwatt.acquisition.DeviceState;
import io.wardwatt.acquisition.DeviceStatus;
import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.site.Point;
import io.wardwatt.site.PointKind;
import io.wardwatt.sim.runtime.ModbusHospital;
import io.wardwatt.sim.runtime.SimulatorOptions;
import io.wardwatt.sim.runtime.SimulatorSetup;
import io.wardwatt.sim.weather.OutdoorConditions;
import io.wardwatt.site.runtime.PointService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The poller inside the service, against its own j2mod slaves: devices and points appear in the site model,
 * readings reach the readings table through the channel, failing devices show on themselves, a device that
 * disagrees with the site model is refused, and writes are off unless configured. The simulator's weather station
 * (as the demo configures it) is polled into the readings under the point keys the load forecast uses.
 */
@QuarkusTest
class AcquisitionServiceTest {


    @Inject
    AcquisitionService acquisition;

    @Inject
    PointService points;

    @Inject
    PlantWriter writer;

    @Inject
    DataSource dataSource;

    private final List<String> started = new ArrayList<>();
    /** A site of this test's own: the demo site HOSP must keep exactly the devices of its file. */
    private String site;
    private final List<AutoCloseable> servers = new ArrayList<>();

    @BeforeEach
    void ownSite() {
        SiteFixtures fixtures = new SiteFixtures(dataSource);
        site = fixtures.siteCode(fixtures.site("ACQ", "Asia/Shanghai"));
    }

    @AfterEach
    void stopEverything() throws Exception {
        started.forEach(acquisition::stop);
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    private DeviceTemplate gasMeter() {
        return acquisition.templates().find("wardwatt-gas-meter").orElseThrow();
    }

    private TemplateSlave serve(DeviceTemplate template) {
        TemplateSlave slave = TemplateSlave.start(template, Loopback.freePort(), 1);
        servers.add(slave);
        return slave;
    }

    private List<String> start(String yaml) {
        List<String> codes = acquisition.start(DeviceList.read(yaml, "test-devices.yaml"), site);
        started.addAll(DeviceList.read(yaml, "test-devices.yaml").devices().stream().map(d -> d.code()).toList());
        return codes;
    }

    @Test
    void readingsFlowIntoTheDatabaseAndFailingDevicesShowOnThemselves() {
        String good = TestUsers.unique("GAS");
        String silentCode = TestUsers.unique("MUTE");
        String refused = TestUsers.unique("GONE");
        TemplateSlave slave = serve(gasMeter()).set("M3", 5_432_109.8).set("FLOW", 512.75).set("P", 18.4).set("T", 12.0);
        Loopback.SilentServer silent = new Loopback.SilentServer();
        servers.add(silent);
        List<String> polled = start("""
                devices:
                  - {code: %s, name: Test gas meter, template: wardwatt-gas-meter, host: 127.0.0.1, port: %d, interval: 200ms, timeout: 500ms}
                  - {code: %s, template: wardwatt-gas-meter, host: 127.0.0.1, port: %d, interval: 200ms, timeout: 300ms}
                  - {code: %s, template: wardwatt-gas-meter, host: 127.0.0.1, port: %d, interval: 200ms, timeout: 300ms}
                """.formatted(good, slave.port(), silentCode, silent.port(), refused, Loopback.freePort()));
        assertEquals(List.of(good, silentCode, refused), polled);

        int m3 = pointId(good + ".M3");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertTrue(count("select count(*) from reading where point_id = ? and quality = 0 and abs(value - 5432109.8) < 0.001", m3) >= 3);
            assertEquals(DeviceState.FAULTY, state(silentCode));
            assertEquals(DeviceState.FAULTY, state(refused));
        });
        assertEquals(DeviceState.OK, state(good));
        assertTrue(count("select count(*) from reading where point_id = ? and abs(value - 512.75) < 0.001", pointId(good + ".FLOW")) >= 3);

        // the device and its points were created in the site model, as the template says
        engineer().get("/api/sites/{site}/devices/{code}", site, good).then().statusCode(200)
                .body("kind", equalTo("meter")).body("name", equalTo("Test gas meter")).body("manufacturer", equalTo("Wardwatt"));
        engineer().get("/api/sites/{site}/points?device={code}", site, good).then().statusCode(200)
                .body("code", containsInAnyOrder(good + ".M3", good + ".FLOW", good + ".P", good + ".T", good + ".NM3"))
                .body("tags", everyItem(contains("modbus", "wardwatt-gas-meter")));
        engineer().get("/api/sites/{site}/points/{code}", site, good + ".M3").then().statusCode(200)
                .body("kind", equalTo("COUNTER")).body("unit", equalTo("m3")).body("carrier", equalTo("natural_gas"))
                .body("rolloverValue", equalTo(99999999.9f)).body("flow", equalTo("consumption"));
        // the register map says the volume at standard conditions restates the metered volume: never added
        engineer().get("/api/sites/{site}/points/{code}", site, good + ".NM3").then().statusCode(200).body("flow", equalTo("duplicate"));

        // the API shows each device on itself
        engineer().get("/api/sites/HOSP/acquisition/devices/{code}", good).then().statusCode(200)
                .body("state", equalTo("OK")).body("requestsPerCycle", equalTo(1)).body("points", equalTo(5));
        engineer().get("/api/sites/HOSP/acquisition/devices/{code}", silentCode).then().statusCode(200)
                .body("state", equalTo("FAULTY")).body("errorsByKind.timeout", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
        engineer().get("/api/sites/HOSP/acquisition/devices/{code}", refused).then().statusCode(200)
                .body("state", equalTo("FAULTY")).body("errorsByKind.connect", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
        // the meters, by device
        String metrics = TestUsers.leader().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("wardwatt_acquisition_requests_per_cycle{device=\"" + good + "\"} 1.0"), metrics);
        assertTrue(metrics.contains("wardwatt_acquisition_device_state{device=\"" + silentCode + "\"} 2.0"), metrics);
        assertTrue(metrics.contains("wardwatt_acquisition_request_errors_total{device=\"" + refused + "\",kind=\"connect\"}"), metrics);
        assertTrue(metrics.contains("wardwatt_acquisition_cycle_seconds_count{device=\"" + good + "\"}"), metrics);
        assertTrue(metrics.contains("wardwatt_acquisition_readings_total{device=\"" + good + "\",outcome=\"stored\"}"), metrics);
        // one of three OK is below the default share of 0.5: not ready, and the data says which device is failing
        TestUsers.anonymous().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'acquisition' }.data." + good, equalTo("OK"))
                .body("checks.find { it.name == 'acquisition' }.data." + refused, org.hamcrest.Matchers.startsWith("FAULTY: connect"));
    }

    @Test
    void pollsAreCountedInTheMetricsAndNotAudited() {
        String code = TestUsers.unique("GAS");
        TemplateSlave slave = serve(gasMeter()).set("M3", 7_000);
        start("""
                devices:
                  - {code: %s, template: wardwatt-gas-meter, host: 127.0.0.1, port: %d, interval: 100ms, timeout: 500ms}
                """.formatted(code, slave.port()));
        // provisioning (the device and its points, audited as site-model changes) is over when start returns
        String audited = "select count(*) from audit_log where entity_type = 'readings' or entity_id like '" + code + "%' "
                + "or entity_id like '%/" + code + "%'";
        long auditedBefore = count(audited);
        int m3 = pointId(code + ".M3");
        String polls = "wardwatt_acquisition_polls_total{device=\"" + code + "\",outcome=\"ok\"}";
        await().atMost(Duration.ofSeconds(30)).until(() -> metric(polls) >= 5);
        acquisition.stop(code);
        started.remove(code);
        String batches = "wardwatt_readings_batches_total{outcome=\"stored\",source=\"modbus:" + code + "\"}";
        // the meters are forgotten with the device: the readings table and the writer's per-source count remain
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(count("select count(*) from reading where point_id = ?", m3), (long) metric(batches), "one stored batch per poll"));
        long n = count("select count(*) from reading where point_id = ?", m3);
        assertTrue(n >= 5, "polled " + n + " times");
        assertEquals(auditedBefore, count(audited), "no audit row for " + n + " polls");
    }

    /** A counter's value on /q/metrics; 0 when it is not there. */
    private static double metric(String nameAndTags) {
        String metrics = TestUsers.leader().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith(nameAndTags + " ")).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    @Test
    void startingTheSameDevicesAgainCreatesNothingNew() {
        String code = TestUsers.unique("GAS");
        TemplateSlave slave = serve(gasMeter()).set("M3", 1);
        String yaml = """
                devices:
                  - {code: %s, template: wardwatt-gas-meter, host: 127.0.0.1, port: %d, interval: 1s, timeout: 500ms}
                """.formatted(code, slave.port());
        start(yaml);
        int first = pointId(code + ".M3");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(DeviceState.OK, state(code)));
        TestUsers.anonymous().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'acquisition' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'acquisition' }.data." + code, equalTo("OK"));
        long points = count("select count(*) from point where code like ?", code + ".%");
        start(yaml);
        assertEquals(first, pointId(code + ".M3"));
        assertEquals(points, count("select count(*) from point where code like ?", code + ".%"));
        assertEquals(1, count("select count(*) from device where code = ?", code));
    }

    @Test
    void aDeviceWhoseTemplateDisagreesWithAStoredPointIsDisabledAndChangesNothing() {
        String code = TestUsers.unique("GAS");
        points.create(site, new Point(code + ".FLOW", "Flow in litres", "L/h", PointKind.VALUE, null, null, null, null, List.of()));
        TemplateSlave slave = serve(gasMeter());
        List<String> polled = start("""
                devices:
                  - {code: %s, template: wardwatt-gas-meter, host: 127.0.0.1, port: %d}
                """.formatted(code, slave.port()));
        assertEquals(List.of(), polled);
        DeviceStatus status = acquisition.status(code).orElseThrow();
        assertEquals(DeviceState.DISABLED, status.state());
        assertTrue(status.lastError().contains("site point " + code + ".FLOW is VALUE in L/h but template wardwatt-gas-meter reads it as VALUE in m3/h"),
                status.lastError());
        assertEquals(0, count("select count(*) from device where code = ?", code)); // nothing created
        assertEquals(1, count("select count(*) from point where code like ?", code + ".%"));
        engineer().get("/api/sites/{site}/points/{code}", site, code + ".FLOW").then().statusCode(200).body("unit", equalTo("L/h"));
        engineer().get("/api/sites/HOSP/acquisition/devices/{code}", code).then().statusCode(200).body("state", equalTo("DISABLED"));
    }

    @Test
    void writesAreOffUnlessConfigured() {
        String code = TestUsers.unique("BAT");
        DeviceTemplate battery = acquisition.templates().find("wardwatt-battery").orElseThrow();
        TemplateSlave slave = serve(battery).set("KW_SP", 10);
        start("""
                devices:
                  - {code: %s, template: wardwatt-battery, host: 127.0.0.1, port: %d, interval: 1s, timeout: 500ms}
                """.formatted(code, slave.port()));
        StateConflictException off = assertThrows(StateConflictException.class, () -> writer.write(code, "KW_SP", -50));
        assertTrue(off.getMessage().startsWith("Writing to the plant is off (wardwatt.acquisition.writes-enabled=false)"), off.getMessage());
        assertEquals(10.0, slave.get("KW_SP"));
    }

    @Test
    void theSimulatedWeatherStationsObservationsAreStoredUnderTheirPointKeys(@TempDir Path dir) throws Exception {
        // the demo's WX as deploy/demo/devices.yaml configures it, served by the simulator (a summer afternoon,
        // its clock standing still) on a port of this test's own; polled fast, into this test's site
        DeviceConfig demo = DeviceList.readFile(Path.of("deploy/demo/devices.yaml")).device("WX").orElseThrow();
        int port = Loopback.freePort();
        Path simDevices = dir.resolve("devices.yaml");
        Files.writeString(simDevices, "devices:\n  - {code: WX, template: %s, host: 127.0.0.1, port: %d, unitId: %d}\n"
                .formatted(demo.template(), port, demo.unitId()));
        Instant afternoon = Instant.parse("2025-07-22T06:00:00Z");
        ModbusHospital simulator = SimulatorSetup.build(new SimulatorOptions(simDevices, List.of(), SimulatorOptions.DEFAULT_CHILLER_MODELS, null,
                42, 1.0, afternoon, Duration.ofMinutes(10), Duration.ofSeconds(1), null), Clock.fixed(afternoon, ZoneOffset.UTC));
        servers.add(simulator);
        simulator.start(Duration.ofHours(1));
        OutdoorConditions weather = simulator.hospital().outdoor();
        Instant from = Instant.now().minusSeconds(60);
        DeviceConfig polled = new DeviceConfig(demo.code(), demo.name(), demo.template(), "127.0.0.1", port, demo.unitId(), Duration.ofMillis(200),
                Duration.ofMillis(500), Duration.ZERO, null, demo.overrides(), demo.pointPrefix(), true, demo.maxGap());
        started.add(demo.code());
        assertEquals(List.of("WX"), acquisition.start(new DeviceList(List.of(polled), "demo WX"), site));

        int oat = points.find(site, "WX.OAT").orElseThrow().id();
        int rh = points.find(site, "WX.RH").orElseThrow().id();
        int ghi = points.find(site, "WX.GHI").orElseThrow().id();
        // the simulation's weather within the sensors' noise (0.05 K, 0.3 %, 2 W/m2) and a register step
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertTrue(goodReadingsNear(oat, weather.dryBulbC(), 0.055) >= 2, "WX.OAT");
            assertTrue(goodReadingsNear(rh, weather.relativeHumidityPercent(), 0.35) >= 2, "WX.RH");
            assertTrue(goodReadingsNear(ghi, weather.globalHorizontalWm2(), 2.5) >= 2, "WX.GHI");
        });
        assertTrue(weather.globalHorizontalWm2() > 100, "the sun is up: GHI " + weather.globalHorizontalWm2());
        assertEquals(0, count("select count(*) from reading where point_id = ? and abs(value - ?) > 0.055", oat, weather.dryBulbC()),
                "every stored OAT is the weather's");
        // the key the load forecast is configured with names the point
        engineer().queryParam("point", site + "/WX.GHI").queryParam("from", from.toString())
                .queryParam("to", Instant.now().plusSeconds(60).toString()).queryParam("resolution", "raw")
                .get("/api/series").then().statusCode(200)
                .body("point.id", equalTo(ghi)).body("point.unit", equalTo("W/m²")).body("readings.size()", greaterThanOrEqualTo(2));
    }

    private long goodReadingsNear(int pointId, double expected, double tolerance) {
        return count("select count(*) from reading where point_id = ? and quality = 0 and abs(value - ?) <= ?", pointId, expected, tolerance);
    }

    private DeviceState state(String code) {
        return acquisition.status(code).orElseThrow().state();
    }

    private int pointId(String code) {
        return (int) count("select id from point where code = ?", code);
    }

    private long count(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
