package io.wardwatt.optimize.rest;

import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The plan API as the tests use it. */
final class PlanApi {

    private PlanApi() {
    }

    /** Posts a what-if (202) and returns its id. */
    static String post(Map<String, Object> scenario) {
        return engineer().contentType(ContentType.JSON).body(io.wardwatt.optimize.PlanScenarios.json(scenario)).post("/api/sites/HOSP/plans")
                .then().statusCode(202).body("status", equalTo("queued")).extract().jsonPath().getString("id");
    }

    /**
     * A plan's path under its own site (/api/sites/{site}/plans/{id}): what-if plans of other sites than the configured
     * one live under theirs. An id that names no plan gets the configured site's path.
     */
    static String path(Object id) {
        String site = "HOSP";
        try (java.sql.Connection c = io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get().getConnection();
             java.sql.PreparedStatement q = c.prepareStatement("select site from plant_plan where id = ?")) {
            q.setObject(1, java.util.UUID.fromString(id.toString()));
            try (java.sql.ResultSet r = q.executeQuery()) {
                if (r.next()) {
                    site = r.getString(1);
                }
            }
        } catch (java.sql.SQLException | IllegalArgumentException e) {
            // not a stored plan: the configured site's path
        }
        return "/api/sites/" + site + "/plans/" + id;
    }

    /** Waits until the plan has the status, and returns the plan's view. */
    static JsonPath awaitStatus(String id, String status, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                leader().get(path(id)).then().statusCode(200).body("status", equalTo(status)));
        return leader().get(path(id)).then().statusCode(200).extract().jsonPath();
    }

    /** Where two parsed JSON values differ, by path (the first few), for a failure that can be read. */
    private static List<String> differences(String path, Object a, Object b) {
        List<String> found = new ArrayList<>();
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            java.util.Set<Object> keys = new java.util.TreeSet<>(Comparator.comparing(Object::toString));
            keys.addAll(ma.keySet());
            keys.addAll(mb.keySet());
            keys.forEach(key -> found.addAll(differences(path + "." + key, ma.get(key), mb.get(key))));
        } else if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
            for (int i = 0; i < la.size(); i++) {
                found.addAll(differences(path + "[" + i + "]", la.get(i), lb.get(i)));
            }
        } else if (!java.util.Objects.equals(a, b)) {
            found.add(path + ": " + a + " / " + b);
        }
        return found.size() > 10 ? found.subList(0, 10) : found;
    }

    /** The plan's view with every number read as a double (REST Assured's default, float, would blur them). */
    static JsonPath view(String id) {
        return leader().get(path(id)).then().statusCode(200).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    static JsonPath awaitDone(String id) {
        return awaitStatus(id, "done", Duration.ofSeconds(60));
    }

    /**
     * The whole plan of both views is the same (every slot with its chillers, pumps, set-point, costs and binding
     * rules; totals, baseline, bound, saving, limits), numbers read as doubles, and both searches evaluated as many
     * moves to the same score; only the solver's timings may differ.
     */
    static void assertSamePlan(String original, String replay) {
        Map<String, Object> a = new HashMap<>(view(original).getMap("plan"));
        Map<String, Object> b = new HashMap<>(view(replay).getMap("plan"));
        Map<?, ?> searchA = (Map<?, ?>) a.remove("solver");
        Map<?, ?> searchB = (Map<?, ?>) b.remove("solver");
        assertEquals(List.of(), differences("plan", a, b), "the plans differ");
        assertEquals(a, b);
        assertEquals(searchA.get("scoreCalculations"), searchB.get("scoreCalculations"));
        assertEquals(searchA.get("score"), searchB.get("score"));
        assertEquals(searchA.get("randomSeed"), searchB.get("randomSeed"));
    }
}
