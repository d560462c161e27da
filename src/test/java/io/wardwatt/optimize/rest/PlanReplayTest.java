package io.wardwatt.optimize.rest;

import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.forecast.ForecastDays.body;
import static io.wardwatt.forecast.ForecastDays.unusedDay;
import static io.wardwatt.optimize.PlanScenarios.threeChillers;
import static io.wardwatt.optimize.rest.PlanApi.awaitDone;
import static io.wardwatt.optimize.rest.PlanApi.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Replays give their original's plan, and the replay check says so, or lists every difference. */
@QuarkusTest
class PlanReplayTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDailyPlanEndedByItsTimeLimitIsReplayedToTheSamePlan() {
        // The demo hospital's day with a load swinging every two hours: more starts than the plant's four a day would
        // pay, so the bound (starts relaxed) is out of reach and only the daily plan's time limit (%test: 2 s) ends it.
        LocalDate day = unusedDay();
        List<Double> loads = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            loads.add((h / 2) % 2 == 0 ? 15000.0 : 5000.0);
        }
        engineer().pathParam("site", "HOSP").contentType(ContentType.JSON).body(body("HOSP", day, 60, loads, "replay-test")).post("/api/sites/{site}/forecasts/cooling-load")
                .then().statusCode(201);
        String original = engineer().queryParam("date", day.toString()).post("/api/sites/HOSP/plans/daily").then().statusCode(202)
                .extract().jsonPath().getString("id");
        JsonPath first = awaitDone(original);
        String termination = first.getString("plan.solver.termination");
        assertTrue(termination.startsWith("time limit") || termination.startsWith("no improvement"), termination);

        String replay = engineer().post("/api/sites/HOSP/plans/" + original + "/replay").then().statusCode(202).extract().jsonPath().getString("id");
        awaitDone(replay);
        leader().get("/api/sites/HOSP/plans/" + replay).then().body("kind", equalTo("replay")).body("date", equalTo(day.toString()));
        PlanApi.assertSamePlan(original, replay);

        JsonPath check = leader().get("/api/sites/HOSP/plans/" + replay + "/replay-check").then().statusCode(200)
                .body("original", equalTo(original)).body("replay", equalTo(replay))
                .body("samePlan", equalTo(true)).body("differences", empty())
                .body("search.sameSearch", equalTo(true)).body("search.originalTermination", equalTo(termination))
                .body("verdict", containsString("same plan: the replay repeated the original's search")).extract().jsonPath();
        assertEquals(0.0, check.getDouble("costDifferenceCny"), 0.0);
        assertEquals(first.getLong("plan.solver.scoreCalculations"), check.getLong("search.replayMoves"));
    }

    @Test
    void aReplayHoldingAnotherPlanIsNotTheSameAndEveryDifferenceIsListed() throws SQLException {
        // Two plans of different inputs: the N+1 plan of some loads, and the plan of higher loads without a spare.
        String spare = post(threeChillers(8, 60, 1));
        String plain = post(threeChillers(8, 60, 0));
        awaitDone(spare);
        awaitDone(plain);
        JsonPath a = PlanApi.view(spare);
        JsonPath b = PlanApi.view(plain);
        // As a planner of another version could have left it: a finished replay of the first that holds the second's plan.
        String replay = storedReplay(spare, plain);

        JsonPath check = leader().get("/api/sites/HOSP/plans/" + replay + "/replay-check").then().statusCode(200)
                .body("samePlan", equalTo(false)).body("verdict", containsString("not the same plan")).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        assertEquals(b.getDouble("plan.totals.costCny") - a.getDouble("plan.totals.costCny"), check.getDouble("costDifferenceCny"), 1e-9);
        List<Map<String, Object>> differences = check.getList("differences");
        assertFalse(differences.isEmpty());
        assertTrue(differences.stream().anyMatch(d -> d.get("field").equals("totals.costCny") && d.get("slot") == null), differences.toString());
        // Every slot's load differs (the two scenarios' loads differ in every slot but the first and the last), so some
        // chiller's load differs in each of them; each listed value is the one of its plan.
        for (Map<String, Object> difference : differences) {
            if (difference.get("slot") == null) {
                continue;
            }
            int slot = ((Number) difference.get("slot")).intValue();
            String field = (String) difference.get("field");
            if (field.equals("supplySetpointC") || field.equals("costCny")) {
                assertEquals(a.getDouble("plan.slots[" + slot + "]." + field), ((Number) difference.get("original")).doubleValue(), 0.0);
                assertEquals(b.getDouble("plan.slots[" + slot + "]." + field), ((Number) difference.get("replay")).doubleValue(), 0.0);
            } else if (field.startsWith("chiller ") && field.endsWith(" loadKw")) {
                String chiller = "plan.slots[" + slot + "].chillers.find { it.id == '" + field.split(" ")[1] + "' }.loadKw";
                assertEquals(a.getDouble(chiller), ((Number) difference.get("original")).doubleValue(), 0.0);
                assertEquals(b.getDouble(chiller), ((Number) difference.get("replay")).doubleValue(), 0.0);
            }
        }
        for (int slot = 1; slot < 7; slot++) {
            int s = slot;
            assertTrue(differences.stream().anyMatch(d -> Integer.valueOf(s).equals(d.get("slot") == null ? null
                    : ((Number) d.get("slot")).intValue()) && ((String) d.get("field")).endsWith("loadKw")), "slot " + slot + ": " + differences);
        }
    }

    @Test
    void onlyAFinishedReplayIsChecked() {
        String plan = post(threeChillers(4, 60, 0));
        awaitDone(plan);
        leader().get("/api/sites/HOSP/plans/" + plan + "/replay-check").then().statusCode(409).body("error", containsString("not a replay"));
        leader().get("/api/sites/HOSP/plans/" + UUID.randomUUID() + "/replay-check").then().statusCode(404);
        leader().get("/api/sites/HOSP/plans/not-a-plan/replay-check").then().statusCode(404);
    }

    /** Inserts a finished replay of {@code original} holding the plan of {@code other}, with {@code other}'s inputs. */
    private String storedReplay(String original, String other) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into plant_plan (id, site, plan_date, kind, status, requested_by,"
                     + " started_at, finished_at, scenario, model_files, plan, objective, feasible, replay_of)"
                     + " select ?, site, plan_date, 'replay', 'done', 'replay-test', started_at, finished_at, scenario, model_files, plan,"
                     + " objective, feasible, ? from plant_plan where id = ?")) {
            insert.setObject(1, id);
            insert.setObject(2, UUID.fromString(original));
            insert.setObject(3, UUID.fromString(other));
            assertEquals(1, insert.executeUpdate());
        }
        return id.toString();
    }
}
