package io.wardwatt.optimize.rest;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static io.wardwatt.optimize.PlanScenarios.cyclingDay;
import static io.wardwatt.optimize.PlanScenarios.json;
import static io.wardwatt.optimize.PlanScenarios.loads;
import static io.wardwatt.optimize.PlanScenarios.threeChillers;
import static io.wardwatt.optimize.PlanScenarios.withSolver;
import static io.wardwatt.optimize.rest.PlanApi.awaitDone;
import static io.wardwatt.optimize.rest.PlanApi.awaitStatus;
import static io.wardwatt.optimize.rest.PlanApi.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wardwatt.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanResourceTest {

    @Test
    void engineersAskForPlansAndLeadersAndAuditorsReadThem() {
        String body = json(threeChillers(4, 60, 0));
        anonymous().contentType(ContentType.JSON).body(body).post("/api/sites/HOSP/plans").then().statusCode(401);
        leader().contentType(ContentType.JSON).body(body).post("/api/sites/HOSP/plans").then().statusCode(403);
        String id = engineer().contentType(ContentType.JSON).body(body).post("/api/sites/HOSP/plans").then().statusCode(202)
                .extract().jsonPath().getString("id");
        assertNotNull(UUID.fromString(id));

        for (String path : List.of("/api/sites/HOSP/plans", "/api/sites/HOSP/plans/" + id, "/api/sites/HOSP/plans/" + id + "/scenario")) {
            anonymous().get(path).then().statusCode(401);
            reporter().get(path).then().statusCode(403);
            leader().get(path).then().statusCode(200);
            auditor().get(path).then().statusCode(200);
        }
        anonymous().queryParam("a", id).queryParam("b", id).get("/api/sites/HOSP/plans/compare").then().statusCode(401);
        reporter().queryParam("a", id).queryParam("b", id).get("/api/sites/HOSP/plans/compare").then().statusCode(403);

        awaitDone(id);
        anonymous().post("/api/sites/HOSP/plans/" + id + "/replay").then().statusCode(401);
        auditor().post("/api/sites/HOSP/plans/" + id + "/replay").then().statusCode(403);
        String replay = admin().post("/api/sites/HOSP/plans/" + id + "/replay").then().statusCode(202).extract().jsonPath().getString("id");
        anonymous().get("/api/sites/HOSP/plans/" + replay + "/replay-check").then().statusCode(401);
        reporter().get("/api/sites/HOSP/plans/" + replay + "/replay-check").then().statusCode(403);
        awaitDone(replay);
        auditor().get("/api/sites/HOSP/plans/" + replay + "/replay-check").then().statusCode(200);
        leader().get("/api/sites/HOSP/plans/" + replay + "/replay-check").then().statusCode(200);
        anonymous().post("/api/sites/HOSP/plans/" + id + "/stop").then().statusCode(401);
        leader().post("/api/sites/HOSP/plans/" + id + "/stop").then().statusCode(403);
        anonymous().post("/api/sites/HOSP/plans/daily").then().statusCode(401);
        auditor().post("/api/sites/HOSP/plans/daily").then().statusCode(403);
    }

    @Test
    void aWhatIfIsPlannedInTheBackgroundWithEveryLoadMetExactly() {
        List<Double> loads = loads(12, 0);
        var posted = engineer().contentType(ContentType.JSON).body(json(threeChillers(12, 60, 0))).post("/api/sites/HOSP/plans")
                .then().statusCode(202).body("status", equalTo("queued")).extract();
        String id = posted.jsonPath().getString("id");
        assertTrue(posted.header("Location").endsWith("/api/sites/HOSP/plans/" + id), posted.header("Location"));

        JsonPath plan = awaitDone(id);
        assertEquals("what-if", plan.getString("kind"));
        assertEquals("engineer", plan.getString("requestedBy"));
        assertEquals("2026-07-15", plan.getString("date"));
        assertEquals(12, plan.getList("plan.slots").size());
        // The scenario's wall-clock start (2026-07-15T08:00) is written with the site's offset (docs/api.md, "Time").
        assertEquals("2026-07-15T08:00:00+08:00", plan.getString("plan.start"));
        assertEquals("2026-07-15T09:00:00+08:00", plan.getString("plan.slots[1].start"));
        for (int i = 0; i < 12; i++) {
            String slot = "plan.slots[" + i + "]";
            assertEquals(loads.get(i), plan.getDouble(slot + ".loadKw"), 1e-9, "slot " + i + " plans the load it was given");
            double carried = plan.getList(slot + ".chillers.loadKw", Float.class).stream().mapToDouble(Float::doubleValue).sum();
            // Each chiller's load is written to 0.1 kW, so three of them may round 0.15 kW away from the slot's load.
            assertEquals(loads.get(i), carried, 0.151, "slot " + i + ": the running chillers carry the load");
            for (int c = 0; c < 3; c++) {
                String chiller = slot + ".chillers[" + c + "]";
                if (plan.getBoolean(chiller + ".on")) {
                    double plr = plan.getDouble(chiller + ".plr");
                    assertTrue(plr >= 0.3 - 1e-3 && plr <= 1 + 1e-3, chiller + " runs between minimum part load and full load: " + plr);
                } else {
                    assertEquals(0.0, plan.getDouble(chiller + ".powerKw"), 0.0, chiller + " is off and draws nothing");
                }
            }
        }
        assertTrue(plan.getBoolean("plan.feasible"));
        assertEquals(plan.getDouble("plan.totals.objective"), plan.getDouble("keyFigures.objective"), 1e-9);
        assertEquals(plan.getDouble("plan.bound.gapPercent"), plan.getDouble("keyFigures.gapPercent"), 1e-9);
        assertEquals(plan.getDouble("plan.saving.objectivePercent"), plan.getDouble("keyFigures.savingPercent"), 1e-9);
        assertTrue(plan.getDouble("keyFigures.boundObjective") <= plan.getDouble("keyFigures.objective") + 1e-6,
                "no plan beats its lower bound");
        assertNotNull(plan.getString("finishedAt"));

        leader().get("/q/metrics").then().statusCode(200)
                .body(containsString("wardwatt_optimize_plans_solved_total{status=\"done\"}"))
                .body(containsString("wardwatt_optimize_plan_solve_seconds_count"))
                .body(containsString("wardwatt_optimize_plan_last_gap_percent"));

        // Lists show the key figures but not the documents.
        leader().queryParam("kind", "what-if").queryParam("status", "done").queryParam("date", "2026-07-15").get("/api/sites/HOSP/plans")
                .then().statusCode(200)
                .body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.figures.feasible", equalTo(true))
                .body("find { it.id == '" + id + "' }", not(hasKey("plan")))
                .body("find { it.id == '" + id + "' }", not(hasKey("scenario")));
    }

    @Test
    void theStoredScenarioIsWhatWasPlannedWithTheSolverLimitsItRanWith() {
        Map<String, Object> scenario = threeChillers(6, 60, 1);
        String id = post(scenario);
        JsonPath stored = leader().get("/api/sites/HOSP/plans/" + id + "/scenario").then().statusCode(200).extract().jsonPath();
        assertEquals(scenario.get("loadsKw"), stored.getList("loadsKw", Double.class));
        assertEquals(1, stored.getInt("constraints.spareUnits"));
        // Not in the post: the configured limits (%test: 2 s and 1 s) are written in, so a replay searches as long.
        assertEquals(2.0, stored.getDouble("solver.timeLimitSeconds"), 1e-9);
        assertEquals(1.0, stored.getDouble("solver.unimprovedSeconds"), 1e-9);
    }

    @Test
    void badScenariosAreRefusedWithEveryProblemNamed() {
        Map<String, Object> bad = new java.util.LinkedHashMap<>(threeChillers(4, 60, 0));
        bad.put("slotMinutes", 7);
        bad.put("loadsKw", List.of(1000, -5, 2000, 1500));
        engineer().contentType(ContentType.JSON).body(json(bad)).post("/api/sites/HOSP/plans").then().statusCode(400)
                .body("problems.where", hasItem(containsString("slotMinutes")))
                .body("problems.where", hasItem(containsString("loadsKw[1]")));

        engineer().contentType(ContentType.JSON).body("{\"slotMinutes\": 60,").post("/api/sites/HOSP/plans").then().statusCode(400)
                .body("error", containsString("JSON"));
        engineer().contentType(ContentType.JSON).body("[1, 2]").post("/api/sites/HOSP/plans").then().statusCode(400);

        Map<String, Object> tooLong = withSolver(threeChillers(4, 60, 0), 3600, 60);
        engineer().contentType(ContentType.JSON).body(json(tooLong)).post("/api/sites/HOSP/plans").then().statusCode(400)
                .body("problems[0].where", equalTo("solver.timeLimitSeconds"));

        engineer().contentType(ContentType.JSON).body(json(threeChillers(4, 60, 0))).pathParam("site", "NOWHERE").post("/api/sites/{site}/plans")
                .then().statusCode(404).body("error", containsString("NOWHERE"));
    }

    @Test
    void aScenarioMayReadModelFilesOnlyInsideTheModelsDirectory() {
        Map<String, Object> escape = new java.util.LinkedHashMap<>(threeChillers(4, 60, 0));
        escape.put("plant", "../deploy/demo/site.yaml");
        engineer().contentType(ContentType.JSON).body(json(escape)).post("/api/sites/HOSP/plans").then().statusCode(400)
                .body("problems[0].where", equalTo("plant"))
                .body("problems[0].problem", containsString("'../deploy/demo/site.yaml' lies outside the models directory"));

        Map<String, Object> absolute = new java.util.LinkedHashMap<>(threeChillers(4, 60, 0));
        absolute.put("chillers", List.of(Map.of("id", "CH1", "curve", Map.of("type", "doe2-eir", "model", "/etc/passwd")),
                Map.of("id", "CH2", "curve", Map.of("type", "doe2-eir", "model", "chillers/../../pom.xml"))));
        engineer().contentType(ContentType.JSON).body(json(absolute)).post("/api/sites/HOSP/plans").then().statusCode(400)
                .body("problems.where", hasItem("chillers[0].curve.model"))
                .body("problems.where", hasItem("chillers[1].curve.model"))
                .body("problems.problem", hasItem(containsString("'/etc/passwd'")));
    }

    @Test
    void unknownPlansAreNotFound() {
        String nobody = UUID.randomUUID().toString();
        leader().get("/api/sites/HOSP/plans/" + nobody).then().statusCode(404);
        leader().get("/api/sites/HOSP/plans/" + nobody + "/scenario").then().statusCode(404);
        leader().get("/api/sites/HOSP/plans/not-a-plan").then().statusCode(404);
        engineer().post("/api/sites/HOSP/plans/" + nobody + "/stop").then().statusCode(404);
        engineer().post("/api/sites/HOSP/plans/" + nobody + "/replay").then().statusCode(404);
        leader().queryParam("a", nobody).queryParam("b", nobody).get("/api/sites/HOSP/plans/compare").then().statusCode(404);
        leader().queryParam("a", "x").get("/api/sites/HOSP/plans/compare").then().statusCode(400);
    }

    @Test
    void anIdempotencyKeyMakesARepostReturnTheSamePlan() {
        String key = TestUsers.unique("what-if");
        String body = json(threeChillers(4, 60, 0));
        String first = engineer().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/api/sites/HOSP/plans")
                .then().statusCode(202).extract().jsonPath().getString("id");
        engineer().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/api/sites/HOSP/plans")
                .then().statusCode(200).body("id", equalTo(first)).header("Location", endsWith("/api/sites/HOSP/plans/" + first));
        leader().queryParam("limit", 1000).get("/api/sites/HOSP/plans").then().body("findAll { it.idempotencyKey == '" + key + "' }.size()", equalTo(1));

        engineer().header("Idempotency-Key", key).contentType(ContentType.JSON).body(json(threeChillers(5, 60, 0))).post("/api/sites/HOSP/plans")
                .then().statusCode(409).body("error", containsString("another scenario"));
        String other = engineer().contentType(ContentType.JSON).body(body).post("/api/sites/HOSP/plans").then().statusCode(202)
                .extract().jsonPath().getString("id");
        assertNotEquals(first, other, "without the key the same scenario is a new plan");
    }

    @Test
    void aReplayPlansAgainFromIdenticalInputsToTheSamePlan() {
        String original = post(threeChillers(8, 60, 1));
        JsonPath first = awaitDone(original);
        var replayed = engineer().post("/api/sites/HOSP/plans/" + original + "/replay").then().statusCode(202).body("status", equalTo("queued")).extract();
        String replay = replayed.jsonPath().getString("id");
        assertTrue(replayed.header("Location").endsWith("/api/sites/HOSP/plans/" + replay));
        assertNotEquals(original, replay);
        leader().get("/api/sites/HOSP/plans/" + replay).then().body("kind", equalTo("replay")).body("replayOf", equalTo(original));

        // The same inputs; the search repeated by its seed and its count of moves instead of its time limits.
        Map<String, Object> a = new java.util.HashMap<>(leader().get("/api/sites/HOSP/plans/" + original + "/scenario").then().extract().jsonPath().getMap(""));
        Map<String, Object> b = new java.util.HashMap<>(leader().get("/api/sites/HOSP/plans/" + replay + "/scenario").then().extract().jsonPath().getMap(""));
        Map<?, ?> solver = (Map<?, ?>) b.remove("solver");
        a.remove("solver");
        assertEquals(a, b);
        assertEquals(first.getLong("plan.solver.scoreCalculations"), ((Number) solver.get("maxScoreCalculations")).longValue());
        assertEquals(first.getLong("plan.solver.randomSeed"), ((Number) solver.get("seed")).longValue());
        assertEquals(600.0, ((Number) solver.get("timeLimitSeconds")).doubleValue(), 1e-9, "the longest a search may take here (10 min)");

        awaitDone(replay);
        PlanApi.assertSamePlan(original, replay);
        engineer().post("/api/sites/HOSP/plans/" + replay + "/stop").then().statusCode(409);
    }

    @Test
    void twoPlansCompareTotalsAndSlots() {
        // The same loads (those N+1 can carry), with and without a running spare.
        Map<String, Object> withoutSpare = new java.util.LinkedHashMap<>(threeChillers(12, 60, 1));
        withoutSpare.put("constraints", Map.of("spareUnits", 0, "minRunMinutes", 120, "startCost", 5));
        String plain = post(withoutSpare);
        String spare = post(threeChillers(12, 60, 1));
        JsonPath a = awaitDone(plain);
        JsonPath b = awaitDone(spare);

        JsonPath compared = leader().queryParam("a", plain).queryParam("b", spare).get("/api/sites/HOSP/plans/compare").then().statusCode(200)
                .body("a", equalTo(plain)).body("b", equalTo(spare)).extract().jsonPath();
        assertEquals(a.getDouble("plan.totals.energyKwh"), compared.getDouble("totals.find { it.quantity == 'energy' }.a"), 1e-9);
        assertEquals(b.getDouble("plan.totals.energyKwh") - a.getDouble("plan.totals.energyKwh"),
                compared.getDouble("totals.find { it.quantity == 'energy' }.difference"), 1e-6);
        // Keeping a spare chiller running never costs less than not having to.
        assertTrue(compared.getDouble("totals.find { it.quantity == 'objective' }.difference") >= -1e-6);
        assertEquals(12, compared.getList("slots").size());
        assertEquals("2026-07-15T11:00:00+08:00", compared.getString("slots[3].start"), "a comparison's slots carry the site's offset");
        for (int i = 0; i < 12; i++) {
            String slot = "slots[" + i + "]";
            List<String> onB = compared.getList(slot + ".chillersOnB", String.class);
            double load = compared.getDouble(slot + ".loadKwB");
            assertTrue((onB.size() - 1) * 1280 >= load - 1e-6, "slot " + i + " of the N+1 plan keeps a spare: " + onB + " for " + load + " kW");
            assertEquals(compared.getDouble(slot + ".powerKwB") - compared.getDouble(slot + ".powerKwA"),
                    compared.getDouble(slot + ".powerDifferenceKw"), 1e-6);
            assertEquals(a.getDouble("plan.slots[" + i + "].supplySetpointC"), compared.getDouble(slot + ".supplySetpointCA"), 1e-9);
            assertEquals(onB.equals(compared.getList(slot + ".chillersOnA", String.class)), compared.getBoolean(slot + ".sameChillers"));
        }

        String shorter = post(threeChillers(6, 60, 0));
        awaitDone(shorter);
        leader().queryParam("a", plain).queryParam("b", shorter).get("/api/sites/HOSP/plans/compare").then().statusCode(409)
                .body("error", containsString("do not cover the same slots"));
    }

    @Test
    void stopEndsARunningSearchWithItsBestPlanAndAQueuedPlanWithout() {
        // A long search: a day of 15-minute slots whose starts limit binds (so the search cannot end at the bound)
        // and a time limit longer than the test waits (yet short, should a killed run leave it for the next start).
        Map<String, Object> day = withSolver(cyclingDay(96, 15), 40, 40);
        String running = post(day);
        awaitStatus(running, "solving", Duration.ofSeconds(60));
        String waiting = post(threeChillers(4, 60, 0));
        // How far a search goes is known once it has finished: only then can a replay repeat it.
        engineer().post("/api/sites/HOSP/plans/" + waiting + "/replay").then().statusCode(409).body("error", containsString("is queued: replay it once"));
        engineer().post("/api/sites/HOSP/plans/" + running + "/replay").then().statusCode(409).body("error", containsString("is solving"));

        engineer().post("/api/sites/HOSP/plans/" + waiting + "/stop").then().statusCode(202).body("status", equalTo("stopped"));
        leader().get("/api/sites/HOSP/plans/" + waiting).then().body("plan", nullValue()).body("error", containsString("stopped before"));

        engineer().post("/api/sites/HOSP/plans/" + running + "/stop").then().statusCode(202);
        JsonPath stopped = awaitStatus(running, "stopped", Duration.ofSeconds(60));
        assertEquals(96, stopped.getList("plan.slots").size(), "the best plan so far is kept");
        assertNotNull(stopped.getString("keyFigures.objective"));
        engineer().post("/api/sites/HOSP/plans/" + running + "/stop").then().statusCode(409);

        List<String> actions = auditor().queryParam("entityType", "plant-plan").queryParam("entityId", running).get("/api/audit")
                .then().statusCode(200).extract().jsonPath().getList("action", String.class);
        assertTrue(actions.containsAll(List.of("create", "start", "stop-request", "stop")), actions.toString());
        assertFalse(actions.contains("finish"));
        leader().get("/api/sites/HOSP/plans/" + running).then().body("finishedAt", notNullValue());

        // Stopped mid-search, whenever the request happened to arrive: the replay repeats exactly the moves it made.
        String replay = engineer().post("/api/sites/HOSP/plans/" + running + "/replay").then().statusCode(202).extract().jsonPath().getString("id");
        awaitDone(replay);
        PlanApi.assertSamePlan(running, replay);
        leader().get("/api/sites/HOSP/plans/" + replay + "/replay-check").then().statusCode(200).body("samePlan", equalTo(true))
                .body("search.sameSearch", equalTo(true)).body("search.originalTermination", equalTo("stopped on request"));
    }
}
