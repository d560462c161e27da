package io.wardwatt.optimize.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.optimize.PlanScenarios.json;
import static io.wardwatt.optimize.PlanScenarios.threeChillers;
import static io.wardwatt.optimize.rest.PlanApi.awaitDone;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.wardwatt.TestUsers;
import io.wardwatt.optimize.ApprovedPlans;
import io.wardwatt.optimize.SlotInForce;
import io.wardwatt.optimize.runtime.ReplanWatcher;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Intraday re-planning end to end, each case on a site of its own: an approved plan of twelve hourly slots that began
 * three hours ago, BTU-meter readings for every quarter hour so far, the watcher and the engineer's request.
 */
@QuarkusTest
class IntradayReplanTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob rollups;

    @Inject
    ReplanWatcher watcher;

    @Inject
    ApprovedPlans approvedPlans;

    @Test
    void aSustainedDeviationMakesOneRevisionThatDispatchFollowsFromItsFirstSlot() {
        String site = site("RPW");
        LocalDateTime start = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.HOURS).minusHours(3);
        String id = approvedPlan(site, start, 12, 0);
        JsonPath plan = PlanApi.view(id);
        // Measured 20 % below the forecast in every quarter so far.
        feedCooling(site, start, plan, 0.8);

        double counted = replansCounted("load-deviation", "revision");
        assertEquals(1, watcher.watch(Instant.now()), "one re-plan");
        assertEquals(0, watcher.watch(Instant.now()), "the same deviation re-plans once");
        assertEquals(counted + 1, replansCounted("load-deviation", "revision"), 1e-9);
        assertEquals(1, new RawReadingFixtures(dataSource).number(
                "select count(*) from audit_log where action = 'replan' and entity_type = 'plan-revision' and entity_id = ?", id + "/1"));

        JsonPath view = leader().get(PlanApi.path(id)).then().statusCode(200).extract().jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        assertEquals(1, view.getList("revisions").size());
        assertEquals("revision", view.getString("revisions[0].outcome"));
        assertEquals("load-deviation", view.getString("revisions[0].cause"));
        assertEquals("watcher", view.getString("revisions[0].requestedBy"));
        assertEquals("measured load 20 % below forecast for 45 min", view.getString("revisions[0].causeDetail"));
        assertTrue(view.getString("revisions[0].verdict").contains("no approval needed"), view.getString("revisions[0].verdict"));
        int first = view.getInt("revisions[0].firstSlot");
        assertEquals(4, first, "the next slot boundary after now, three hours and some into the plan");
        String replanId = view.getString("revisions[0].replanId");
        JsonPath replan = PlanApi.view(replanId);
        assertEquals("replan", replan.getString("kind"));
        assertEquals(id, replan.getString("replanOf.planId"));
        assertEquals(12 - first, replan.getList("plan.slots").size());
        for (int k = 0; k < 12 - first; k++) {
            assertTrue(replan.getDouble("plan.slots[" + k + "].loadKw") < plan.getDouble("plan.slots[" + (first + k) + "].loadKw"),
                    "slot " + (first + k) + ": the forecast corrected downwards");
        }
        // Approving a revision is refused: it is in force with its plan.
        engineer().contentType(ContentType.JSON).body(Map.of("comment", "try")).post(PlanApi.path(replanId) + "/approve").then()
                .statusCode(409).body("error", containsString("is revision 1 of plan " + id));

        // Dispatch: the current slot is still the approved plan's, the next is the revision's first.
        Instant current = Instant.now();
        SlotInForce now = approvedPlans.current(site, current).orElseThrow();
        assertEquals(first - 1, now.slotIndex());
        assertEquals(plannedLoads(plan, "plan.slots[" + (first - 1) + "]"), commandedLoads(now), 1e-6);
        SlotInForce next = approvedPlans.current(site, start.plusHours(first).plusMinutes(1).atZone(ZONE).toInstant()).orElseThrow();
        assertEquals(first, next.slotIndex());
        assertEquals(id, next.planId().toString(), "the approved plan is in force, as revised");
        assertEquals(plannedLoads(replan, "plan.slots[0]"), commandedLoads(next), 1e-6);

        // An engineer asking within the minimum interval gets the revision just made.
        engineer().contentType(ContentType.JSON).body(Map.of("comment", "theatres closed early")).post(PlanApi.path(id) + "/replan")
                .then().statusCode(200).body("number", equalTo(1)).body("replanId", equalTo(replanId));
    }

    @Test
    void aReplanOutsideTheEnvelopeIsADraftAndTheApprovedPlanStaysInForce() {
        String site = site("RPD");
        LocalDateTime start = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.HOURS).minusHours(3);
        // N+1: the forecast's peak (2,500 kW) is what two chillers carry with the third spare; 40 % more breaks it.
        String id = approvedPlan(site, start, 12, 1);
        JsonPath plan = PlanApi.view(id);
        feedCooling(site, start, plan, 1.4);
        assertEquals(1, watcher.watch(Instant.now()));
        JsonPath view = PlanApi.view(id);
        assertEquals("draft", view.getString("revisions[0].outcome"));
        assertTrue(view.getString("revisions[0].causeDetail").startsWith("measured load 40 % above forecast"), view.getString("revisions[0].causeDetail"));
        assertTrue(view.getString("revisions[0].verdict").contains("the re-plan breaks hard rules"), view.getString("revisions[0].verdict"));
        SlotInForce next = approvedPlans.current(site, start.plusHours(4).plusMinutes(1).atZone(ZONE).toInstant()).orElseThrow();
        assertEquals(plannedLoads(plan, "plan.slots[4]"), commandedLoads(next), 1e-6, "a draft changes nothing in force");
    }

    @Test
    void anEngineersRequestRevisesAndARepeatWithinTheIntervalReturnsIt() {
        String site = site("RPE");
        LocalDateTime start = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.HOURS).minusHours(2);
        String id = approvedPlan(site, start, 12, 0);
        feedCooling(site, start, PlanApi.view(id), 1.0);
        anonymous().contentType(ContentType.JSON).body(Map.of("comment", "x")).post(PlanApi.path(id) + "/replan").then().statusCode(401);
        leader().contentType(ContentType.JSON).body(Map.of("comment", "x")).post(PlanApi.path(id) + "/replan").then().statusCode(403);
        engineer().contentType(ContentType.JSON).body(Map.of()).post(PlanApi.path(id) + "/replan").then().statusCode(400);
        String replanId = engineer().contentType(ContentType.JSON).body(Map.of("comment", "chiller 2 back from service check"))
                .post(PlanApi.path(id) + "/replan").then().statusCode(201)
                .body("number", equalTo(1)).body("outcome", equalTo("revision")).body("cause", equalTo("engineer-request"))
                .body("causeDetail", equalTo("requested by engineer: chiller 2 back from service check"))
                .extract().jsonPath().getString("replanId");
        engineer().contentType(ContentType.JSON).body(Map.of("comment", "again")).post(PlanApi.path(id) + "/replan").then().statusCode(200)
                .body("replanId", equalTo(replanId));
        assertEquals(0, watcher.watch(Instant.now()), "the load is as forecast");
    }

    @Test
    void onlyAPlanInForceWithSlotsLeftIsReplanned() {
        String site = site("RPR");
        engineer().contentType(ContentType.JSON).body(Map.of("comment", "x")).post(PlanApi.path(java.util.UUID.randomUUID()) + "/replan")
                .then().statusCode(404);
        LocalDateTime now = LocalDateTime.now(ZONE);
        String draft = plan(site, now.truncatedTo(ChronoUnit.HOURS).minusHours(1), 6, 0);
        engineer().contentType(ContentType.JSON).body(Map.of("comment", "x")).post(PlanApi.path(draft) + "/replan").then().statusCode(409)
                .body("error", containsString("not approved"));
        String tomorrow = approve(plan(site, now.toLocalDate().plusDays(1).atTime(8, 0), 6, 0));
        engineer().contentType(ContentType.JSON).body(Map.of("comment", "x")).post(PlanApi.path(tomorrow) + "/replan").then().statusCode(409)
                .body("error", containsString("has not begun"));
        String site2 = site("RPO");
        // Two hourly slots, the last under way: nothing begins after now.
        String lastSlot = approve(plan(site2, now.truncatedTo(ChronoUnit.HOURS).minusHours(1), 2, 0));
        engineer().contentType(ContentType.JSON).body(Map.of("comment", "x")).post(PlanApi.path(lastSlot) + "/replan").then().statusCode(409)
                .body("error", containsString("day is over"));
        engineer().contentType(ContentType.JSON).body(Map.of("comment", "done with it")).post(PlanApi.path(lastSlot) + "/cancel").then()
                .statusCode(200);
        engineer().contentType(ContentType.JSON).body(Map.of("comment", "x")).post(PlanApi.path(lastSlot) + "/replan").then().statusCode(409)
                .body("error", containsString("cancelled"));
    }

    private static String site(String prefix) {
        String site = TestUsers.unique(prefix).toUpperCase();
        engineer().contentType(ContentType.JSON).body(Map.of("code", site, "name", "Re-plan test " + site, "timeZone", "Asia/Shanghai",
                "floorAreaM2", 1000, "gridRegion", "CN-EAST", "province", "CN-SH")).post("/api/sites").then().statusCode(201);
        for (String code : List.of("CHW.KWH", "CHP.KWH")) {
            engineer().contentType(ContentType.JSON).body(Map.of("code", code, "name", code, "unit", "kWh", "kind", "COUNTER",
                    "rolloverValue", 99999999.9)).post("/api/sites/" + site + "/points").then().statusCode(201);
        }
        return site;
    }

    private static String plan(String site, LocalDateTime start, int slots, int spareUnits) {
        Map<String, Object> scenario = new LinkedHashMap<>(threeChillers(slots, 60, spareUnits));
        scenario.put("start", start.toString());
        String id = engineer().contentType(ContentType.JSON).pathParam("site", site).body(json(scenario)).post("/api/sites/{site}/plans")
                .then().statusCode(202).extract().jsonPath().getString("id");
        awaitDone(id);
        return id;
    }

    private static String approve(String id) {
        engineer().contentType(ContentType.JSON).body(Map.of("comment", "as planned")).post(PlanApi.path(id) + "/approve").then().statusCode(200);
        return id;
    }

    private static String approvedPlan(String site, LocalDateTime start, int slots, int spareUnits) {
        return approve(plan(site, start, slots, spareUnits));
    }

    /** BTU-meter readings every quarter hour from the plan's start up to now: the planned load × {@code factor}. */
    private void feedCooling(String site, LocalDateTime start, JsonPath plan, double factor) {
        RawReadingFixtures fixtures = new RawReadingFixtures(dataSource);
        int cooling = (int) fixtures.number("select p.id from point p join site s on s.id = p.site_id where s.code = ? and p.code = ?", site,
                "CHW.KWH");
        List<Object> items = new ArrayList<>();
        Instant t = start.atZone(ZONE).toInstant();
        Instant now = Instant.now();
        double value = 10_000;
        items.add(t.toString());
        items.add(value);
        for (int q = 0; !t.plus(Duration.ofMinutes(15)).isAfter(now); q++) {
            double kw = plan.getDouble("plan.slots[" + (q / 4) + "].loadKw") * factor;
            t = t.plus(Duration.ofMinutes(15));
            value += kw / 4;
            items.add(t.toString());
            items.add(value);
        }
        fixtures.batch(cooling, items.toArray());
        fixtures.rollUp(rollups, cooling);
    }

    /** The re-plan counter's value for a cause and outcome (0 before the first). */
    private static double replansCounted(String cause, String outcome) {
        String metrics = leader().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("wardwatt_optimize_replans_total{") && l.contains("cause=\"" + cause + "\"")
                && l.contains("outcome=\"" + outcome + "\"")).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static double plannedLoads(JsonPath plan, String slot) {
        return plan.getList(slot + ".chillers.loadKw", Double.class).stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double commandedLoads(SlotInForce slot) {
        return slot.chillers().stream().mapToDouble(SlotInForce.ChillerCommand::plannedLoadKw).sum();
    }
}
