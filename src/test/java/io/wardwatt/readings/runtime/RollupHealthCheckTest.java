package io.wardwatt.readings.runtime;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RollupHealthCheckTest {

    @jakarta.inject.Inject
    RollupJob job;

    @jakarta.inject.Inject
    ReadingStorage storage;

    @Test
    void readinessShowsTheBacklogOfTheRollupQueue() {
        job.runNow();
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'rollups' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'rollups' }.data.pendingRanges", notNullValue())
                .body("checks.find { it.name == 'rollups' }.data.oldestPendingAgeSeconds", notNullValue())
                .body("checks.find { it.name == 'rollups' }.data.valueRollups", equalTo(storage.mode().valueRollupsKeptByService() ? "tables kept by the service" : "continuous aggregates"));
    }

    @Test
    void metricsExposeTheQueueTheRunDurationAndTheAnomalies() {
        job.runNow();
        io.wardwatt.TestUsers.auditor().get("/q/metrics").then().statusCode(200)
                .body(containsString("wardwatt_rollups_pending"))
                .body(containsString("wardwatt_rollups_run_seconds_count"))
                .body(containsString("wardwatt_rollups_anomalies_total"));
    }
}
