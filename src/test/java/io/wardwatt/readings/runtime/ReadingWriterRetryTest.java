package io.wardwatt.readings.runtime;

import static io.wardwatt.TestUsers.engineer;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.wardwatt.SiteFixtures;
import io.wardwatt.readings.ReadingsDatabase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A database outage in the middle of a batch: the writer's connection is killed while its COPY waits on a
 * lock. The batch is retried on a new connection, committed once and whole, and the caller gets its 200.
 */
@QuarkusTest
class ReadingWriterRetryTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBatchWhoseConnectionIsKilledIsRetriedNotLost() throws Exception {
        SiteFixtures fixtures = new SiteFixtures(dataSource);
        long siteId = fixtures.site("RTY", "Asia/Shanghai");
        String point = fixtures.siteCode(siteId) + "/P";
        int pointId = fixtures.valuePoint(siteId, "P", "kW");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            items.add(Map.of("point", point, "ts", String.format("2026-06-03T%02d:%02d:00Z", i / 60, i % 60), "value", i));
        }
        // The month's partition exists before the table is locked (creating one would wait on the lock too).
        engineer().contentType(ContentType.JSON).body(Map.of("readings", items.subList(0, 1))).post("/api/readings").then().statusCode(200);
        ReadingsDatabase db = new ReadingsDatabase(dataSource);

        CompletableFuture<Response> answer;
        try (Connection locker = dataSource.getConnection(); Statement sql = locker.createStatement()) {
            locker.setAutoCommit(false);
            sql.execute("lock table reading in share mode");
            answer = CompletableFuture.supplyAsync(() -> engineer().contentType(ContentType.JSON)
                    .body(Map.of("readings", items)).post("/api/readings").andReturn());
            await().atMost(Duration.ofSeconds(20)).until(() -> db.count("select count(*) from pg_stat_activity "
                    + "where wait_event_type = 'Lock' and query ilike 'copy reading %'") >= 1);
            // Both writer threads may be waiting (another test's batch can share the flush): kill every waiting COPY.
            assertTrue(1 <= db.count("select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity "
                    + "where wait_event_type = 'Lock' and query ilike 'copy reading %') killed"));
            locker.commit();
            locker.setAutoCommit(true);
        }
        Response response = answer.get(60, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode(), response.asString());
        assertEquals(499, (int) response.path("accepted"), response.asString());
        assertEquals(1, (int) response.path("duplicates"));
        assertEquals(500, db.count("select count(*) from reading where point_id = ?", pointId));
        // The retried batch reaches the rollups too (the rollup job may already have drained its marks, so await
        // the day rollup holding all 500 samples rather than counting pending marks).
        await().atMost(Duration.ofSeconds(60)).until(() ->
                db.count("select coalesce(sum(sample_count), 0) from readings_1d where point_id = ?", pointId) == 500);
    }
}
