package io.wardwatt.readings.rest;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.wardwatt.SiteFixtures;
import io.wardwatt.readings.ReadingsDatabase;
import io.wardwatt.readings.StorageMode;
import io.wardwatt.readings.runtime.ReadingStorage;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadingResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReadingStorage storage;

    private ReadingsDatabase db;
    private String site;
    private int power;
    private int energy;

    @BeforeEach
    void points() {
        SiteFixtures fixtures = new SiteFixtures(dataSource);
        long siteId = fixtures.site("RDG", "Asia/Shanghai");
        site = fixtures.siteCode(siteId);
        power = fixtures.valuePoint(siteId, "MAIN-1.EP", "kW");
        energy = fixtures.counterPoint(siteId, null, "MAIN-1.KWH", "kWh", "electricity", 1e9);
        db = new ReadingsDatabase(dataSource);
    }

    private static Map<String, Object> item(String point, String ts, Object value) {
        return Map.of("point", point, "ts", ts, "value", value);
    }

    private static Map<String, Object> body(Object... items) {
        return Map.of("readings", List.of(items));
    }

    @Test
    void onlyEngineersAndAdminsIngest() {
        Map<String, Object> body = body(item(site + "/MAIN-1.EP", "2026-07-01T08:00:00+08:00", 123.4));
        anonymous().contentType(ContentType.JSON).body(body).post("/api/readings").then().statusCode(401);
        leader().contentType(ContentType.JSON).body(body).post("/api/readings").then().statusCode(403);
        auditor().contentType(ContentType.JSON).body(body).post("/api/readings").then().statusCode(403);
        assertEquals(List.of(), db.readingsOf(power), "a refused caller stores nothing");
        engineer().contentType(ContentType.JSON).body(body).post("/api/readings").then().statusCode(200)
                .body("accepted", equalTo(1)).body("duplicates", equalTo(0)).body("conflicting", equalTo(0)).body("rejected", empty());
        admin().contentType(ContentType.JSON).body(body(item(site + "/MAIN-1.EP", "2026-07-01T08:01:00+08:00", 120.0)))
                .post("/api/readings").then().statusCode(200).body("accepted", equalTo(1));
        assertEquals(List.of("2026-07-01T00:00:00.000000Z 123.4 0", "2026-07-01T00:01:00.000000Z 120.0 0"), db.readingsOf(power));
    }

    @Test
    void resendingABatchStoresItOnceAndKeepsTheFirstValue() {
        Map<String, Object> first = body(item(site + "/MAIN-1.EP", "2026-07-01T08:00:00+08:00", 10.5),
                Map.of("pointId", power, "ts", "2026-07-01T00:15:00Z", "value", 11, "quality", "estimated"),
                item(site + "/MAIN-1.KWH", "2026-07-01T00:00:00Z", 5000));
        engineer().contentType(ContentType.JSON).body(first).post("/api/readings").then().statusCode(200)
                .body("accepted", equalTo(3)).body("duplicates", equalTo(0));
        engineer().contentType(ContentType.JSON).body(first).post("/api/readings").then().statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(3)).body("conflicting", equalTo(0));

        Map<String, Object> changed = body(item(site + "/MAIN-1.EP", "2026-07-01T00:00:00Z", 99.0),
                item(site + "/MAIN-1.EP", "2026-07-01T00:30:00Z", 12.0));
        engineer().contentType(ContentType.JSON).body(changed).post("/api/readings").then().statusCode(200)
                .body("accepted", equalTo(1)).body("duplicates", equalTo(1)).body("conflicting", equalTo(1));
        assertEquals(List.of("2026-07-01T00:00:00.000000Z 10.5 0", "2026-07-01T00:15:00.000000Z 11.0 1", "2026-07-01T00:30:00.000000Z 12.0 0"),
                db.readingsOf(power));
    }

    @Test
    void twiceTheSameKeyInOneRequestKeepsTheFirst() {
        engineer().contentType(ContentType.JSON).body(body(item(site + "/MAIN-1.EP", "2026-07-02T00:00:00Z", 1.0),
                item(site + "/MAIN-1.EP", "2026-07-02T08:00:00+08:00", 2.0), item(site + "/MAIN-1.EP", "2026-07-02T00:00:00Z", 1.0)))
                .post("/api/readings").then().statusCode(200)
                .body("accepted", equalTo(1)).body("duplicates", equalTo(2)).body("conflicting", equalTo(1));
        assertEquals(List.of("2026-07-02T00:00:00.000000Z 1.0 0"), db.readingsOf(power));
    }

    @Test
    void lateAndOutOfOrderReadingsAreStoredInTheirMonths() {
        int year = ThreadLocalRandom.current().nextInt(2001, 2020);
        int month = ThreadLocalRandom.current().nextInt(1, 13);
        String old = String.format("%04d-%02d-15T12:00:00Z", year, month);
        engineer().contentType(ContentType.JSON).body(body(item(site + "/MAIN-1.EP", "2026-07-03T00:00:00Z", 3.0),
                item(site + "/MAIN-1.EP", old, 1.0), item(site + "/MAIN-1.EP", "2020-02-29T23:59:59.999999Z", 2.0)))
                .post("/api/readings").then().statusCode(200).body("accepted", equalTo(3));
        assertEquals(List.of(old.replace("Z", ".000000Z") + " 1.0 0", "2020-02-29T23:59:59.999999Z 2.0 0", "2026-07-03T00:00:00.000000Z 3.0 0"),
                db.readingsOf(power));
        if (storage.mode() != StorageMode.PARTITIONED) {
            return; // TimescaleDB makes its own chunks
        }
        String partition = String.format("reading_y%04dm%02d", year, month);
        assertEquals(1, db.count("select count(*) from pg_inherits i join pg_class c on c.oid = i.inhrelid "
                + "where i.inhparent = 'reading'::regclass and c.relname = ?", partition));
        assertEquals(1, db.count("select count(*) from only " + partition + " where point_id = ?", power), "stored in its month's partition");
    }

    @Test
    void badItemsAreListedByNameAndTheGoodOnesStored() {
        engineer().contentType(ContentType.JSON).body(body(item(site + "/MAIN-1.EP", "2026-07-04T00:00:00Z", 7.0)))
                .post("/api/readings").then().statusCode(200);
        String json = "{\"readings\":[" + String.join(",",
                "{\"point\":\"" + site + "/MAIN-1.EP\",\"ts\":\"2026-07-04T00:00:00Z\",\"value\":8.0}",
                "{\"point\":\"" + site + "/XYZ\",\"ts\":\"2026-07-04T00:00:00Z\",\"value\":1}",
                "{\"point\":\"" + site + "/MAIN-1.EP\",\"ts\":\"2031-01-01T00:00:00Z\",\"value\":1}",
                "{\"point\":\"" + site + "/MAIN-1.EP\",\"ts\":\"2026-07-04T01:00:00Z\",\"value\":NaN}",
                "{\"point\":\"" + site + "/MAIN-1.KWH\",\"ts\":\"2026-07-04T01:00:00Z\",\"value\":-3}",
                "{\"point\":\"" + site + "/MAIN-1.EP\",\"ts\":\"2026-07-04T09:00:00\",\"value\":1}",
                "{\"point\":\"" + site + "/MAIN-1.EP\",\"ts\":\"last tuesday\",\"value\":1}",
                "{\"point\":\"" + site + "/MAIN-1.EP\",\"value\":1}",
                "{\"ts\":\"2026-07-04T01:00:00Z\",\"value\":1}",
                "{\"point\":\"" + site + "/MAIN-1.EP\",\"ts\":\"2026-07-04T01:00:00Z\",\"value\":1e999}",
                "{\"point\":\"" + site + "/MAIN-1.EP\",\"ts\":\"2026-07-04T02:00:00Z\",\"value\":{\"v\":1}}",
                "{\"point\":\"" + site + "/MAIN-1.EP\",\"ts\":\"2026-07-04T03:00:00Z\",\"value\":4.5}") + "]}";
        engineer().contentType(ContentType.JSON).body(json).post("/api/readings").then().statusCode(200)
                .body("accepted", equalTo(1)).body("duplicates", equalTo(1)).body("conflicting", equalTo(1))
                .body("rejected.where", contains("readings[1].point", "readings[2].ts", "readings[3].value", "readings[4].value",
                        "readings[5].ts", "readings[6].ts", "readings[7].ts", "readings[8].point", "readings[9].value", "readings[10].value"))
                .body("rejected[0].problem", equalTo("unknown point '" + site + "/XYZ'"))
                .body("rejected[1].problem", equalTo("2031-01-01T00:00:00Z is more than 10m in the future"))
                .body("rejected[2].problem", equalTo("not a finite number"))
                .body("rejected[3].problem", containsString("is negative, but " + site + "/MAIN-1.KWH is a cumulative counter"))
                .body("rejected[4].problem", containsString("has no offset"))
                .body("rejected[8].problem", equalTo("not a finite number"))
                .body("rejected[9].problem", equalTo("'{...}' is not a number"));
        assertEquals(List.of("2026-07-04T00:00:00.000000Z 7.0 0", "2026-07-04T03:00:00.000000Z 4.5 0"), db.readingsOf(power));
        assertEquals(List.of(), db.readingsOf(energy));
    }

    @Test
    void atomicModeRefusesTheWholeBatchListingEveryProblem() {
        Map<String, Object> body = body(item(site + "/MAIN-1.EP", "2026-07-05T00:00:00Z", 1.0),
                item(site + "/NOPE", "2026-07-05T00:00:00Z", 1.0), item(site + "/MAIN-1.EP", "2026-07-05", 1.0));
        engineer().contentType(ContentType.JSON).body(body).queryParam("atomic", true).post("/api/readings").then().statusCode(400)
                .body("problems.where", contains("readings[1].point", "readings[2].ts"))
                .body("problems[0].problem", equalTo("unknown point '" + site + "/NOPE'"));
        assertEquals(List.of(), db.readingsOf(power));
        engineer().contentType(ContentType.JSON).body(body(item(site + "/MAIN-1.EP", "2026-07-05T00:00:00Z", 1.0)))
                .queryParam("atomic", true).post("/api/readings").then().statusCode(200).body("accepted", equalTo(1));
    }

    @Test
    void malformedJsonIsRefusedNamingLineAndColumn() {
        engineer().contentType(ContentType.JSON).body("{\n  \"readings\": [\n    {\"point\": \"A/B\", \"ts\": }\n  ]\n}")
                .post("/api/readings").then().statusCode(400)
                .body("problems[0].where", equalTo("line 3, column 28"))
                .body("problems[0].problem", containsString("malformed JSON"));
        engineer().contentType(ContentType.JSON).body("{\"values\": []}").post("/api/readings").then().statusCode(400)
                .body("problems[0].where", equalTo("readings"));
        engineer().contentType(ContentType.JSON).body("{\"readings\": [1]}").post("/api/readings").then().statusCode(400)
                .body("problems[0].where", equalTo("readings[0]"));
    }

    @Test
    void theRollupQueueGetsOneRangePerPointWithTheBatch() {
        engineer().contentType(ContentType.JSON).body(body(item(site + "/MAIN-1.EP", "2026-07-06T10:00:00Z", 1.0),
                item(site + "/MAIN-1.KWH", "2026-07-06T10:00:00Z", 100), item(site + "/MAIN-1.EP", "2026-05-06T10:00:00Z", 1.0),
                item(site + "/MAIN-1.EP", "2026-07-06T11:00:00Z", 1.0))).post("/api/readings").then().statusCode(200);
        List<List<Object>> queued = db.rows("select point_id, to_char(from_ts at time zone 'UTC', 'YYYY-MM-DD HH24:MI'), "
                + "to_char(to_ts at time zone 'UTC', 'YYYY-MM-DD HH24:MI') from rollup_pending where point_id in (?, ?) order by point_id",
                power, energy);
        assertEquals(List.of(List.of(power, "2026-05-06 10:00", "2026-07-06 11:00"), List.of(energy, "2026-07-06 10:00", "2026-07-06 10:00")),
                queued);
    }

    @Test
    void anIngestIsCountedByItsSourceAndNotAudited() {
        long audited = db.count("select count(*) from audit_log where entity_type = 'readings'");
        double batches = metric("wardwatt_readings_batches_total{outcome=\"stored\",source=\"api:engineer\"}");
        engineer().contentType(ContentType.JSON).body(body(item(site + "/MAIN-1.EP", "2026-07-07T00:00:00Z", 1.0),
                item(site + "/MAIN-1.KWH", "2026-07-07T00:00:00Z", 1.0))).post("/api/readings").then().statusCode(200);
        assertEquals(audited, db.count("select count(*) from audit_log where entity_type = 'readings'"));
        assertEquals(batches + 1, metric("wardwatt_readings_batches_total{outcome=\"stored\",source=\"api:engineer\"}"));
    }

    /** A counter's value on /q/metrics, 0 before it first counts. */
    private static double metric(String nameAndTags) {
        String metrics = auditor().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith(nameAndTags + " ")).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    @Test
    void theEndpointIsInTheOpenApiDocument() {
        io.wardwatt.TestUsers.leader().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/readings'.post.tags", contains("Readings"));
    }

    @Test
    void csvBulkLoadsFollowTheSamePolicyNamingLines() {
        String csv = "point,ts,value,quality\n"
                + site + "/MAIN-1.EP,2026-07-08T00:00:00Z,1.5,good\n"
                + power + ",2026-07-08T00:15:00Z,1.6\n"
                + "\"" + site + "/MAIN-1.EP\",2026-07-08T00:30:00+00:00,abc\n";
        engineer().contentType("text/csv").body(csv).post("/api/readings").then().statusCode(200)
                .body("accepted", equalTo(2)).body("rejected", hasSize(1))
                .body("rejected[0].where", equalTo("line 4, value")).body("rejected[0].problem", equalTo("'abc' is not a number"));
        engineer().contentType("text/csv").body(site + "/MAIN-1.EP,2026-07-08T00:00:00Z\n").post("/api/readings").then().statusCode(400)
                .body("problems[0].where", equalTo("line 1"));
        assertEquals(List.of("2026-07-08T00:00:00.000000Z 1.5 0", "2026-07-08T00:15:00.000000Z 1.6 0"), db.readingsOf(power));
    }
}
