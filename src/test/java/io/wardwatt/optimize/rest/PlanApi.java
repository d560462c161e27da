package io.wardwatt.optimize.rest;

import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;

/** The plan API as the tests use it. */
final class PlanApi {

    private PlanApi() {
    }

    /** Posts a what-if (202) and returns its id. */
    static String post(Map<String, Object> scenario) {
        return engineer().contentType(ContentType.JSON).body(io.wardwatt.optimize.PlanScenarios.json(scenario)).post("/api/plans")
                .then().statusCode(202).body("status", equalTo("queued")).extract().jsonPath().getString("id");
    }

    /** Waits until the plan has the status, and returns the plan's view. */
    static JsonPath awaitStatus(String id, String status, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                leader().get("/api/plans/" + id).then().statusCode(200).body("status", equalTo(status)));
        return leader().get("/api/plans/" + id).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitDone(String id) {
        return awaitStatus(id, "done", Duration.ofSeconds(60));
    }
}
