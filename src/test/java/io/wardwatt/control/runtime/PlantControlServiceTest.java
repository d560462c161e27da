package io.wardwatt.control.runtime;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wardwatt.acquisition.DeviceList;
import io.wardwatt.acquisition.ModbusClient;
import io.wardwatt.acquisition.ModbusEndpoint;
import io.wardwatt.acquisition.RegisterFunction;
import io.wardwatt.acquisition.runtime.AcquisitionService;
import io.wardwatt.acquisition.runtime.J2modConnector;
import io.wardwatt.acquisition.runtime.Loopback;
import io.wardwatt.control.DispatchState;
import io.wardwatt.optimize.PlantInterventions;
import io.wardwatt.optimize.PlanScenarios;
import io.wardwatt.plant.PlantDefinitionReader;
import io.wardwatt.sim.runtime.ModbusHospital;
import io.wardwatt.sim.runtime.SimulatorOptions;
import io.wardwatt.sim.runtime.SimulatorSetup;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plant control in the service against the simulated hospital over real Modbus TCP on loopback, in real time (a
 * short command hold and heartbeat so it runs in seconds): an approved plan in dispatch mode is written through the
 * poller's connections, read back and followed; the heartbeat keeps it; when dispatch stops the simulated controllers
 * fall back to their own control; an engineer's override wins and expires; writes the template does not allow are
 * refused; a controller that ignores writes fails its read-back, raises a fault and gets no more writes until an
 * engineer acknowledges; faults and overrides survive a restart of control; the battery's power set-point overridden
 * within its range and followed; roles and the audit trail.
 */
@QuarkusTest
@TestProfile(PlantControlServiceTest.ControlOn.class)
class PlantControlServiceTest {

    static final String SITE = "CTLTEST";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Duration HOLD = Duration.ofSeconds(12);
    static final List<String> CHILLERS = List.of("CH1", "CH2", "CH3", "CH4", "CH5", "CH6");
    static final List<String> PUMPS = List.of("PCHWP1", "PCHWP2");

    /** Control on, writing, plans approved for dispatch; a 4 s heartbeat inside the simulator's 12 s hold; fast set-point moves. */
    public static class ControlOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wardwatt.control.enabled", "true", "wardwatt.acquisition.writes-enabled", "true",
                    "wardwatt.optimize.lifecycle.mode", "dispatch", "wardwatt.control.site", SITE, "wardwatt.control.renew-every", "4s",
                    "wardwatt.control.setpoint-rate-k-per-min", "120", "wardwatt.control.setpoint-min-interval", "1s",
                    "wardwatt.control.live-max-age", "5s");
        }
    }

    @Inject
    PlantControl control;

    @Inject
    AcquisitionService acquisition;

    @Inject
    PlantInterventions interventions;

    @Inject
    io.wardwatt.acquisition.runtime.LiveValues live;

    @Inject
    DataSource dataSource;

    @TempDir
    Path directory;

    private ModbusHospital hospital;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ModbusClient> clients = new LinkedHashMap<>();

    @BeforeEach
    void simulatedHospitalPolledByTheService() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("insert into site (code, name, time_zone, "
                + "floor_area_m2, grid_region, province) values (?, 'Control test hospital', 'Asia/Shanghai', 196000, 'CN-EAST', 'CN-SH') "
                + "on conflict (code) do nothing")) {
            s.setString(1, SITE);
            s.executeUpdate();
        }
        StringBuilder sim = new StringBuilder("devices:\n");
        StringBuilder polled = new StringBuilder("devices:\n");
        List<String> devices = new ArrayList<>(CHILLERS);
        devices.addAll(PUMPS);
        devices.add("CHW-BTU");
        devices.add("BESS");
        for (String code : devices) {
            int port = Loopback.freePort();
            ports.put(code, port);
            String template = code.startsWith("CH") && !code.equals("CHW-BTU") ? "wardwatt-chiller-wc" : code.equals("CHW-BTU") ? "wardwatt-btu-meter"
                    : code.equals("BESS") ? "wardwatt-battery" : "wardwatt-pump-vsd";
            sim.append("  - {code: ").append(code).append(", template: ").append(template).append(", host: 127.0.0.1, port: ").append(port)
                    .append("}\n");
            polled.append("  - {code: ").append(code).append(", template: ").append(template).append(", host: 127.0.0.1, port: ").append(port)
                    .append(", interval: 300ms, timeout: 500ms").append(code.equals("CHW-BTU") ? ", pointPrefix: CHW" : "").append("}\n");
        }
        Path simDevices = directory.resolve("devices.yaml");
        Files.writeString(simDevices, sim.toString());
        hospital = SimulatorSetup.build(new SimulatorOptions(simDevices, List.of(), SimulatorOptions.DEFAULT_CHILLER_MODELS, null, 42, 1.0,
                null, HOLD, Duration.ofMillis(200), null), Clock.systemUTC());
        hospital.start(Duration.ofMillis(200));
        acquisition.start(DeviceList.read(polled.toString(), "control-test-devices.yaml"), SITE);
        for (String code : devices) {
            clients.put(code, new J2modConnector().connect(new ModbusEndpoint("127.0.0.1", ports.get(code), 1, Duration.ofSeconds(1))));
        }
        // control sees the plant (6 chillers, 24 pumps and, once started with this test's devices, the battery): every chiller's RUN polled
        await().atMost(Duration.ofSeconds(20)).until(() -> control.status(Instant.now()).devices().size() >= 30
                && CHILLERS.stream().allMatch(c -> acquisition.status(c).map(s -> s.state().name().equals("OK")).orElse(false)));
        // control starts afresh with the demo plant, as after a restart: what it wrote to the last test's simulator is not taken as
        // written to this one; then nothing an earlier test (or run: restored at start-up) left open carries over, cleared as an engineer would
        control.start(PlantDefinitionReader.readFile(Path.of("chiller-models/plants/demo-hospital.yaml")), Instant.now());
        JsonPath before = leader().get("/api/sites/" + SITE + "/control").then().statusCode(200).extract().jsonPath();
        for (String device : before.<String>getList("devices.findAll { it.fault != null }.code")) {
            engineer().contentType(ContentType.JSON).body("{\"comment\": \"new test\"}").post("/api/sites/" + SITE + "/control/devices/" + device + "/acknowledge")
                    .then().statusCode(200);
        }
        for (String id : leader().get("/api/sites/" + SITE + "/control/overrides").then().statusCode(200).extract().jsonPath().<String>getList("id")) {
            engineer().contentType(ContentType.JSON).body("{\"comment\": \"new test\"}").delete("/api/sites/" + SITE + "/control/overrides/" + id).then().statusCode(200);
        }
        if (before.get("suspended") != null) {
            engineer().contentType(ContentType.JSON).body("{\"comment\": \"new test\"}").post("/api/sites/" + SITE + "/control/resume").then().statusCode(200);
        }
    }

    @AfterEach
    void stop() {
        ports.keySet().forEach(acquisition::stop);
        clients.values().forEach(ModbusClient::close);
        hospital.close();
    }

    private double setpoint(String chiller) throws Exception {
        return clients.get(chiller).readRegisters(RegisterFunction.HOLDING, 0, 1)[0] / 100.0;
    }

    private boolean enabled(String device) throws Exception {
        return clients.get(device).readBits(RegisterFunction.COIL, 0, 1)[0];
    }

    private double speed(String pump) throws Exception {
        return clients.get(pump).readRegisters(RegisterFunction.HOLDING, 0, 1)[0] / 10.0;
    }

    /** A plan of this hour and the next for the test site: a light load (two chillers and a running spare at most). */
    private JsonPath approvedPlan() {
        LocalDateTime hour = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", "control test");
        scenario.put("start", hour.toString());
        scenario.put("slotMinutes", 60);
        scenario.put("loadsKw", List.of(3000.0, 3000.0));
        scenario.put("plant", "plants/demo-hospital.yaml");
        scenario.put("solver", Map.of("timeLimitSeconds", 5, "unimprovedSeconds", 1, "seed", 7));
        String id = engineer().contentType(ContentType.JSON).pathParam("site", SITE).body(PlanScenarios.json(scenario)).post("/api/sites/{site}/plans")
                .then().statusCode(202).extract().jsonPath().getString("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> leader().get("/api/sites/" + SITE + "/plans/" + id).then().extract().jsonPath().getString("status")
                .equals("done"));
        engineer().contentType(ContentType.JSON).body("{\"comment\": \"control test: light load\"}").post("/api/sites/" + SITE + "/plans/" + id + "/approve")
                .then().statusCode(200).body("mode", equalTo("dispatch"));
        return leader().get("/api/sites/" + SITE + "/plans/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> override(String device, String point, double value, String duration, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("device", device);
        body.put("point", point);
        body.put("value", value);
        body.put("duration", duration);
        body.put("comment", comment);
        return body;
    }

    @Test
    void anApprovedPlanIsWrittenReadBackAndFollowedAndThePlantFallsBackWhenDispatchStops() throws Exception {
        JsonPath plan = approvedPlan();
        int slot = 0;
        double supply = plan.getDouble("plan.slots[" + slot + "].supplySetpointC");
        List<Map<String, Object>> planned = plan.getList("plan.slots[" + slot + "].chillers");
        List<String> on = planned.stream().filter(c -> Boolean.TRUE.equals(c.get("on"))).map(c -> (String) c.get("id")).toList();
        List<String> off = planned.stream().filter(c -> Boolean.FALSE.equals(c.get("on"))).map(c -> (String) c.get("id")).toList();
        assertFalse(on.isEmpty());
        assertFalse(off.isEmpty(), "a light load leaves chillers off");
        assertTrue(supply <= 7.5, "the plan keeps the critical zone's 7.5 °C: " + supply);

        control.tick(Instant.now());
        for (String chiller : on) {
            assertTrue(enabled(chiller), chiller + " enabled as planned");
            assertEquals(supply, setpoint(chiller), 0.005, chiller + " set-point as planned");
        }
        for (String chiller : off) {
            assertFalse(enabled(chiller), chiller + " disabled as planned");
        }
        List<Map<String, Object>> pumps = plan.getList("plan.slots[" + slot + "].pumps");
        for (Map<String, Object> pump : pumps) {
            String id = (String) pump.get("id");
            if (PUMPS.contains(id)) {
                assertEquals(Boolean.TRUE.equals(pump.get("on")), enabled(id), id + " staged as planned");
                if (Boolean.TRUE.equals(pump.get("on"))) {
                    assertEquals(Math.round(((Number) pump.get("speedFraction")).doubleValue() * 1000) / 10.0, speed(id), 0.05, id + " speed");
                }
            }
        }
        // followed: the status shows the plan's level governing, and the chillers the plan stopped stop running
        JsonPath status = leader().get("/api/sites/" + SITE + "/control").then().statusCode(200).body("writing", equalTo(true))
                .body("plan.mode", equalTo("dispatch")).extract().jsonPath();
        assertEquals(10, status.getInt("devices.find { it.code == '" + on.get(0) + "' }.points.find { it.point == 'CHWST_SP' }.effective.priority"));
        assertEquals("HOLDING", status.getString("devices.find { it.code == '" + on.get(0) + "' }.state"));
        await().atMost(Duration.ofSeconds(20)).until(() -> clients.get(off.get(0)).readBits(RegisterFunction.DISCRETE_INPUT, 0, 1)[0] == false);
        auditor().queryParam("type", "PLAN_COMMANDED").get("/api/sites/" + SITE + "/control/events").then().statusCode(200)
                .body("text", hasItem(containsString("plan " + plan.getString("id") + " slot " + slot)));

        // the heartbeat keeps the commands past the controller's hold
        Instant renewedUntil = Instant.now().plus(HOLD).plusSeconds(4);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            control.tick(Instant.now());
            return Instant.now().isAfter(renewedUntil);
        });
        assertFalse(enabled(off.get(0)), off.get(0) + " still held off by the renewed command");

        // dispatch stops (no more ticks): after the hold the controllers take over again (local enable, 7 °C)
        await().atMost(HOLD.plusSeconds(15)).until(() -> enabled(off.get(0)));
        assertEquals(7.0, setpoint(on.get(0)), 0.005, "the controller's own set-point again");
    }

    @Test
    void anOverrideWinsOverThePlanAndExpiresAndRefusedWritesLeaveThePlantAlone() throws Exception {
        JsonPath plan = approvedPlan();
        List<Map<String, Object>> planned = plan.getList("plan.slots[0].chillers");
        String chiller = planned.stream().filter(c -> Boolean.TRUE.equals(c.get("on"))).map(c -> (String) c.get("id")).findFirst().orElseThrow();
        double supply = plan.getDouble("plan.slots[0].supplySetpointC");
        control.tick(Instant.now());
        assertEquals(supply, setpoint(chiller), 0.005);

        // roles
        anonymous().contentType(ContentType.JSON).body(override(chiller, "CHWST_SP", 6.0, "PT8S", "x")).post("/api/sites/" + SITE + "/control/overrides")
                .then().statusCode(401);
        leader().contentType(ContentType.JSON).body(override(chiller, "CHWST_SP", 6.0, "PT8S", "x")).post("/api/sites/" + SITE + "/control/overrides")
                .then().statusCode(403);
        // refused before anything is written: a read-only point, a value outside the template's range, no comment, unknown device
        engineer().contentType(ContentType.JSON).body(override(chiller, "CHWST", 6.0, "PT8S", "x")).post("/api/sites/" + SITE + "/control/overrides")
                .then().statusCode(400).body("problems.where", hasItem("point"));
        engineer().contentType(ContentType.JSON).body(override(chiller, "CHWST_SP", 20.0, "PT8S", "too warm")).post("/api/sites/" + SITE + "/control/overrides")
                .then().statusCode(400).body("problems.where", hasItem("value")).body("problems.problem", hasItem(containsString("maximum 12.0")));
        engineer().contentType(ContentType.JSON).body(override("CH9", "CHWST_SP", 6.0, "PT8S", " ")).post("/api/sites/" + SITE + "/control/overrides")
                .then().statusCode(400).body("problems.where", hasItem("device")).body("problems.where", hasItem("comment"));
        assertEquals(supply, setpoint(chiller), 0.005, "nothing was written by the refused requests");

        // the override wins at once, idempotently
        String id = engineer().contentType(ContentType.JSON).header("Idempotency-Key", "ovr-" + System.nanoTime())
                .body(override(chiller, "CHWST_SP", 6.0, "PT8S", "theatre 3 humidity complaint")).post("/api/sites/" + SITE + "/control/overrides")
                .then().statusCode(201).body("priority.level", equalTo(8)).extract().jsonPath().getString("id");
        // written at once, or at the next tick when the plan's write was less than the set-point interval (1 s here) ago
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(300)).until(() -> {
            control.tick(Instant.now());
            return Math.abs(setpoint(chiller) - 6.0) < 0.005;
        });
        leader().get("/api/sites/" + SITE + "/control").then().body("devices.find { it.code == '" + chiller + "' }.points.find { it.point == 'CHWST_SP' }"
                + ".effective.priority", equalTo(8));
        // the plant now says so in its situation, and the chiller's set-point is the override's
        leader().get("/api/sites/" + SITE + "/plant/now").then().statusCode(200).body("control.state", equalTo("override"))
                .body("control.conditions.find { it.kind == 'override' }.by", equalTo("engineer"))
                .body("control.conditions.find { it.kind == 'override' }.device", equalTo(chiller))
                .body("control.conditions.find { it.kind == 'override' }.reason", equalTo("theatre 3 humidity complaint"))
                .body("chillers.find { it.id == '" + chiller + "' }.commanded.find { it.point == 'CHWST_SP' }.by", equalTo("override"))
                .body("chillers.find { it.id == '" + chiller + "' }.commanded.find { it.point == 'CHWST_SP' }.value", equalTo(6.0f))
                .body("plan.planId", equalTo(plan.getString("id")));
        anonymous().get("/api/sites/" + SITE + "/plant/now").then().statusCode(401);
        // every chiller and pump of the plant file; no plant sub-meter polled here, so the power is the chillers' and pumps'
        leader().get("/api/sites/" + SITE + "/plant/now").then().body("chillers.size()", equalTo(6)).body("pumps.size()", equalTo(24))
                .body("plant.powerSource", equalTo("chillers-and-pumps")).body("plant.coolingSource", equalTo("CHW-BTU"))
                .body("plant.supplyC.value", notNullValue()).body("asOf", notNullValue());
        leader().get("/api/sites/NOT-CONTROLLED/plant/now").then().statusCode(404);
        auditor().queryParam("entityType", "plant-point").queryParam("entityId", chiller + ".CHWST_SP").get("/api/audit").then().statusCode(200)
                .body("action", hasItem("override"));

        // it expires: the plan's set-point again
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
            control.tick(Instant.now());
            return Math.abs(setpoint(chiller) - supply) < 0.005;
        });
        auditor().queryParam("type", "EXPIRED").queryParam("device", chiller).get("/api/sites/" + SITE + "/control/events").then()
                .body("text", hasItem(containsString("override " + id)));
        // it is a cause of the slot's deviation
        List<PlantInterventions.Intervention> found = interventions.during(SITE, Instant.now().minusSeconds(60), Instant.now());
        assertTrue(found.stream().anyMatch(i -> i.kind() == PlantInterventions.Intervention.Kind.OVERRIDE && i.text().contains("theatre 3")), found.toString());
    }

    @Test
    void valuesThatStopArrivingAreShownStale() {
        String now = "/api/sites/" + SITE + "/plant/now";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> leader().get(now).then().statusCode(200)
                .body("chillers.find { it.id == 'CH1' }.chwSupplyC.stale", equalTo(false)).body("plant.supplyC.stale", equalTo(false)));
        // the plant's Modbus goes silent: the last values stay, marked stale once older than live-max-age (5 s here)
        hospital.close();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> leader().get(now).then()
                .body("chillers.find { it.id == 'CH1' }.chwSupplyC.stale", equalTo(true)).body("plant.supplyC.stale", equalTo(true))
                .body("chillers.find { it.id == 'CH1' }.chwSupplyC.value", notNullValue()));
    }

    @Test
    void aControllerThatIgnoresWritesFaultsOnlyItselfUntilAcknowledgedAndTheFaultSurvivesARestart() throws Exception {
        approvedPlan();
        control.tick(Instant.now());
        // CH2's panel is switched to local: it answers writes and ignores them
        hospital.localControl("CH2", true);
        engineer().contentType(ContentType.JSON).body(override("CH2", "CHWST_SP", 6.5, "PT2M", "test the read-back")).post("/api/sites/" + SITE + "/control/overrides")
                .then().statusCode(201);
        assertEquals(DispatchState.FAULT, control.deviceState("CH2").orElseThrow());
        leader().get("/api/sites/" + SITE + "/control").then().body("devices.find { it.code == 'CH2' }.fault", containsString("CHWST_SP"));
        leader().get("/api/sites/" + SITE + "/plant/now").then().body("control.state", equalTo("fault"))
                .body("control.conditions.find { it.kind == 'fault' }.device", equalTo("CH2"))
                .body("control.conditions.find { it.kind == 'fault' }.reason", containsString("CHWST_SP"))
                .body("chillers.find { it.id == 'CH2' }.dispatchState", equalTo("FAULT"));
        auditor().queryParam("type", "READ_BACK_FAILED").get("/api/sites/" + SITE + "/control/events").then().body("device", hasItem("CH2"));
        anonymous().get("/q/health/ready").then().body("checks.find { it.name == 'plant-control' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'plant-control' }.data.faults", equalTo(1));
        leader().queryParam("kind", "plant-control-fault").queryParam("status", "open").get("/api/sites/" + SITE + "/alerts").then().statusCode(200)
                .body("findAll { it.site == '" + SITE + "' }.source", hasItem("CH2"))
                .body("find { it.site == '" + SITE + "' && it.source == 'CH2' }.message.key", equalTo("alert.text.plant-control-fault"))
                .body("find { it.site == '" + SITE + "' && it.source == 'CH2' }.message.args.device", equalTo("CH2"));

        // other devices go on: CH1 still takes an override
        engineer().contentType(ContentType.JSON).body(override("CH1", "CHWST_SP", 6.25, "PT2M", "still written")).post("/api/sites/" + SITE + "/control/overrides")
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(300)).until(() -> {
            control.tick(Instant.now());
            return Math.abs(setpoint("CH1") - 6.25) < 0.005;
        });

        // no more writes to CH2, even once it would take them, until acknowledged; the fault survives a restart of control
        hospital.localControl("CH2", false);
        control.start(PlantDefinitionReader.readFile(Path.of("chiller-models/plants/demo-hospital.yaml")), Instant.now());
        control.tick(Instant.now());
        assertEquals(DispatchState.FAULT, control.deviceState("CH2").orElseThrow());
        assertTrue(Math.abs(setpoint("CH2") - 6.5) > 0.005, "nothing written to the faulted chiller");
        assertEquals(6.25, setpoint("CH1"), 0.005, "CH1's override survived the restart");

        engineer().contentType(ContentType.JSON).body("{}").post("/api/sites/" + SITE + "/control/devices/CH2/acknowledge").then().statusCode(400);
        leader().contentType(ContentType.JSON).body("{\"comment\": \"x\"}").post("/api/sites/" + SITE + "/control/devices/CH2/acknowledge").then().statusCode(403);
        engineer().contentType(ContentType.JSON).body("{\"comment\": \"panel back in remote\"}").post("/api/sites/" + SITE + "/control/devices/CH2/acknowledge")
                .then().statusCode(200).body("devices.find { it.code == 'CH2' }.fault", equalTo(null));
        assertEquals(6.5, setpoint("CH2"), 0.005, "written again after the acknowledgement");
        auditor().queryParam("entityType", "plant-device-fault").queryParam("entityId", "CH2").get("/api/audit").then().statusCode(200)
                .body("action", hasItem("acknowledge")).body("actor", hasItem("engineer"));

        // an override released early: audited, the plan governs again, a second release is refused
        String ch1 = leader().get("/api/sites/" + SITE + "/control/overrides").then().extract().jsonPath().getString("find { it.point.device == 'CH1' }.id");
        engineer().contentType(ContentType.JSON).body("{}").delete("/api/sites/" + SITE + "/control/overrides/" + ch1).then().statusCode(400);
        engineer().contentType(ContentType.JSON).body("{\"comment\": \"done\"}").delete("/api/sites/" + SITE + "/control/overrides/" + ch1).then().statusCode(200)
                .body("releasedBy", equalTo("engineer"));
        engineer().contentType(ContentType.JSON).body("{\"comment\": \"again\"}").delete("/api/sites/" + SITE + "/control/overrides/" + ch1).then().statusCode(409);
        engineer().contentType(ContentType.JSON).body("{\"comment\": \"x\"}").delete("/api/sites/" + SITE + "/control/overrides/not-an-id").then().statusCode(404);
        auditor().queryParam("entityType", "plant-override").queryParam("entityId", ch1).get("/api/audit").then().body("action", hasItem("release"));
        // the plan's level again (or none, when the plan runs CH1 without a set-point of its own: the plant's)
        leader().get("/api/sites/" + SITE + "/control").then().body("devices.find { it.code == 'CH1' }.points.find { it.point == 'CHWST_SP' }.levels.priority",
                not(hasItem(8)));
        engineer().contentType(ContentType.JSON).body("{\"comment\": \"again\"}").post("/api/sites/" + SITE + "/control/devices/CH2/acknowledge").then().statusCode(409);
        engineer().contentType(ContentType.JSON).body("{\"comment\": \"x\"}").post("/api/sites/" + SITE + "/control/resume").then().statusCode(409);
    }

    @Test
    void aPlantThatCannotMeetItsCriticalZoneSuspendsThePlanUntilAnEngineerResumesIt() throws Exception {
        approvedPlan();
        // the same plant with a stricter zone no chilled water of the simulator meets (about 7 °C), and no grace
        String yaml = Files.readString(Path.of("chiller-models/plants/demo-hospital.yaml")).replace(
                "{zone: Z3, reason: \"operating theatres, ICU & isolation rooms\", maxSupplyC: 7.5, minChillersAvailable: 2, graceMinutes: 5}",
                "{zone: Z3, reason: \"operating theatres, ICU & isolation rooms\", maxSupplyC: 5.6, minChillersAvailable: 2, graceMinutes: 0}")
                .replace("fixedSetpointC: 7.0", "fixedSetpointC: 5.5");
        control.start(PlantDefinitionReader.read(yaml, "strict-plant.yaml", Path.of("chiller-models/plants")), Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> good("CHW-BTU", "SUPPLY_T"));
        control.tick(Instant.now());

        JsonPath status = leader().get("/api/sites/" + SITE + "/control").then().statusCode(200).extract().jsonPath();
        assertTrue(status.getString("suspended.reason").contains("Z3"), status.getString("suspended.reason"));
        leader().get("/api/sites/" + SITE + "/plant/now").then().body("control.state", equalTo("suspended"))
                .body("control.conditions.find { it.kind == 'suspended' }.reason", containsString("Z3"));
        assertFalse(status.getList("devices.points.flatten().effective.priority").contains(10), "every plan command relinquished");
        auditor().queryParam("type", "PLAN_SUSPENDED").get("/api/sites/" + SITE + "/control/events").then().body("text", hasItem(containsString("control returns to the plant")));

        leader().contentType(ContentType.JSON).body("{\"comment\": \"x\"}").post("/api/sites/" + SITE + "/control/resume").then().statusCode(403);
        engineer().contentType(ContentType.JSON).body("{}").post("/api/sites/" + SITE + "/control/resume").then().statusCode(400);
        engineer().contentType(ContentType.JSON).body("{\"comment\": \"theatres closed tonight, plan may run\"}").post("/api/sites/" + SITE + "/control/resume")
                .then().statusCode(200);
        auditor().queryParam("entityType", "plant-plan-suspension").get("/api/audit").then().body("action", hasItem("resume"));
        auditor().queryParam("type", "PLAN_RESUMED").get("/api/sites/" + SITE + "/control/events").then().body("actor", hasItem("engineer"));
        // the limit is still not met: suspended again at the next tick
        control.tick(Instant.now());
        leader().get("/api/sites/" + SITE + "/control").then().body("suspended.reason", containsString("Z3"));
        anonymous().get("/q/health/ready").then().body("checks.find { it.name == 'plant-control' }.data.suspended", equalTo(true));
    }

    /** The simulated battery's own timetable now: 100 kW discharge 18:00-21:00, 100 kW charge 00:00-06:00, else rest. */
    private static double timetableKw() {
        int hour = LocalDateTime.now(ZONE).getHour();
        return hour >= 18 && hour < 21 ? 100.0 : hour < 6 ? -100.0 : 0.0;
    }

    /** BESS's KW_SP, kW: int32 in 0.1 kW, high word first. */
    private double batterySetpointKw() throws Exception {
        int[] words = clients.get("BESS").readRegisters(RegisterFunction.HOLDING, 0, 2);
        return ((words[0] << 16) | words[1]) / 10.0;
    }

    private double batteryPowerKw() throws Exception {
        int[] words = clients.get("BESS").readRegisters(RegisterFunction.INPUT, 2, 2);
        return ((words[0] << 16) | words[1]) / 10.0;
    }

    @Test
    void theBatterysPowerSetPointIsOverriddenWithinItsRangeWrittenReadBackFollowedAndLetGo() throws Exception {
        assertTrue(leader().get("/api/sites/" + SITE + "/control").then().statusCode(200).extract().jsonPath().<String>getList("devices.code").contains("BESS"),
                "the polled battery is commanded");
        String started = Instant.now().toString();
        assertEquals(timetableKw(), batterySetpointKw(), "the battery's own timetable");

        engineer().contentType(ContentType.JSON).body(override("BESS", "KW_SP", 600.0, "PT8S", "more than it may")).post("/api/sites/" + SITE + "/control/overrides")
                .then().statusCode(400).body("problems.where", hasItem("value")).body("problems.problem", hasItem(containsString("maximum 500.0")));
        engineer().contentType(ContentType.JSON).body(override("BESS", "KW_SP", -500.5, "PT8S", "more than it may")).post("/api/sites/" + SITE + "/control/overrides")
                .then().statusCode(400).body("problems.problem", hasItem(containsString("minimum -500.0")));
        engineer().contentType(ContentType.JSON).body(override("BESS", "KW_SP", 150.05, "PT8S", "finer than its register")).post("/api/sites/" + SITE + "/control/overrides")
                .then().statusCode(400).body("problems.problem", hasItem(containsString("0.1 kW")));
        engineer().contentType(ContentType.JSON).body(override("BESS", "ENABLE", 1.0, "PT8S", "no such point")).post("/api/sites/" + SITE + "/control/overrides")
                .then().statusCode(400).body("problems.where", hasItem("point"));
        assertEquals(timetableKw(), batterySetpointKw(), "nothing was written by the refused requests");
        auditor().queryParam("from", started).queryParam("type", "WRITTEN").queryParam("device", "BESS").get("/api/sites/" + SITE + "/control/events").then()
                .statusCode(200).body("size()", equalTo(0));

        engineer().contentType(ContentType.JSON).body(override("BESS", "KW_SP", 150.0, "PT8S", "shave the afternoon peak by hand"))
                .post("/api/sites/" + SITE + "/control/overrides").then().statusCode(201).body("priority.level", equalTo(8));
        assertEquals(150.0, batterySetpointKw(), "written at once and read back");
        leader().get("/api/sites/" + SITE + "/control").then().body("devices.find { it.code == 'BESS' }.points.find { it.point == 'KW_SP' }.effective.priority",
                equalTo(8)).body("devices.find { it.code == 'BESS' }.state", equalTo("HOLDING"));
        // the simulated battery (full at the start) discharges 150 kW
        await().atMost(Duration.ofSeconds(5)).until(() -> batteryPowerKw() == 150.0
                && clients.get("BESS").readRegisters(RegisterFunction.INPUT, 10, 1)[0] == 2);
        auditor().queryParam("entityType", "plant-point").queryParam("entityId", "BESS.KW_SP").get("/api/audit").then().statusCode(200)
                .body("action", hasItem("override")).body("action", hasItem("write"));

        // it expires after 8 s and is no longer renewed: what governs without it takes over -- the battery's power of an
        // approved plan in force (the demo plant's plans plan the battery), else, after the battery's 12 s hold, its own
        // timetable
        String kwSp = "devices.find { it.code == 'BESS' }.points.find { it.point == 'KW_SP' }.effective";
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            control.tick(Instant.now());
            JsonPath status = leader().get("/api/sites/" + SITE + "/control").then().statusCode(200).extract().jsonPath();
            Integer priority = status.get(kwSp + ".priority");
            if (priority != null && priority == 8) {
                return false;
            }
            double expected = priority == null ? timetableKw() : Math.round(status.getDouble(kwSp + ".value") * 10) / 10.0;
            return batterySetpointKw() == expected;
        });
        auditor().queryParam("from", started).queryParam("type", "EXPIRED").queryParam("device", "BESS").get("/api/sites/" + SITE + "/control/events").then()
                .body("size()", equalTo(1));
    }

    private boolean good(String device, String point) {
        return live.latest(device, point).isPresent();
    }
}
