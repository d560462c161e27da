package io.wardwatt.readings.runtime;

import static io.restassured.RestAssured.given;
import static io.wardwatt.TestUsers.engineer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.wardwatt.SiteFixtures;
import io.wardwatt.readings.Quality;
import io.wardwatt.readings.Reading;
import io.wardwatt.readings.ReadingBatch;
import io.wardwatt.readings.ReadingsDatabase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.junit.jupiter.api.Test;

/** The channel path (as the Modbus poller uses it), the readiness check and the metrics of the pipeline. */
@QuarkusTest
class ReadingsChannelTest {

    @Inject
    @Channel("readings")
    Emitter<ReadingBatch> readings;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void batchesSentOnTheChannelAreStoredAndAcknowledgedAfterCommit() {
        SiteFixtures fixtures = new SiteFixtures(dataSource);
        long siteId = fixtures.site("CHN", "Asia/Shanghai");
        int chiller = fixtures.valuePoint(siteId, "CH-1.KW", "kW");
        List<Reading> batch = new ArrayList<>();
        Instant start = Instant.parse("2026-06-01T00:00:00Z");
        for (int i = 0; i < 1500; i++) {
            batch.add(new Reading(chiller, start.plusSeconds(60L * i), 800 + i % 7, Quality.GOOD));
        }
        var acknowledged = readings.send(new ReadingBatch("modbus:test", batch));
        // A second batch of the same readings, sent before the first is committed: stored once.
        var again = readings.send(new ReadingBatch("modbus:test", batch.subList(0, 10)));
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.toCompletableFuture().isDone() && again.toCompletableFuture().isDone());
        ReadingsDatabase db = new ReadingsDatabase(dataSource);
        assertEquals(1500, db.count("select count(*) from reading where point_id = ?", chiller));
        assertEquals(1, db.count("select count(*) from rollup_pending where point_id = ? and from_ts = ? and to_ts = ?", chiller,
                java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plusSeconds(60L * 1499))));
    }

    @Test
    void readinessShowsTheStorageModeAndTheWritersLag() {
        // The mode the migration recorded: PARTITIONED here, TIMESCALEDB where the extension is installed.
        String mode = (String) new ReadingsDatabase(dataSource).rows("select mode from storage_mode").get(0).get(0);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'readings-store' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'readings-store' }.data.mode", equalTo(mode))
                .body("checks.find { it.name == 'readings-store' }.data.detail", containsString("timescaledb"))
                .body("checks.find { it.name == 'readings-store' }.data.writerLagMs", greaterThanOrEqualTo(0))
                .body("checks.find { it.name == 'readings-store' }.data.queuedReadings", greaterThanOrEqualTo(0));
    }

    @Test
    void metricsCountWhatWasStoredAndRefused() {
        SiteFixtures fixtures = new SiteFixtures(dataSource);
        long siteId = fixtures.site("MTR", "Asia/Shanghai");
        String site = fixtures.siteCode(siteId);
        fixtures.valuePoint(siteId, "P1", "kW");
        Map<String, Object> body = Map.of("readings", List.of(Map.of("point", site + "/P1", "ts", "2026-06-02T00:00:00Z", "value", 1),
                Map.of("point", site + "/NOPE", "ts", "2026-06-02T00:00:00Z", "value", 1)));
        engineer().contentType(ContentType.JSON).body(body).post("/api/readings").then().statusCode(200).body("accepted", equalTo(1));
        engineer().contentType(ContentType.JSON).body(body).post("/api/readings").then().statusCode(200).body("duplicates", equalTo(1));
        String metrics = io.wardwatt.TestUsers.auditor().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String expected : List.of("wardwatt_readings_ingested_total ", "wardwatt_readings_rejected_total{reason=\"unknown_point\"} ",
                "wardwatt_readings_duplicates_total ", "wardwatt_readings_batch_latency_seconds_count ", "wardwatt_readings_queue ",
                "wardwatt_readings_rate ")) {
            org.hamcrest.MatcherAssert.assertThat(metrics, containsString(expected));
        }
        double rejected = metrics.lines().filter(l -> l.startsWith("wardwatt_readings_rejected_total{reason=\"unknown_point\"}"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        org.hamcrest.MatcherAssert.assertThat(rejected, org.hamcrest.Matchers.greaterThanOrEqualTo(2.0));
    }
}
