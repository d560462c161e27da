package io.wardwatt.readings.rest;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.wardwatt.SiteFixtures;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeterReplacementResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob job;

    SiteFixtures sites;
    RawReadingFixtures raw;
    long site;

    @BeforeEach
    void fixtures() {
        sites = new SiteFixtures(dataSource);
        raw = new RawReadingFixtures(dataSource);
        site = sites.site("SWAP", "Asia/Shanghai");
    }

    private int counter(String code) {
        return sites.counterPoint(site, null, code, "kWh", "electricity", 100_000);
    }

    private static Map<String, Object> swap(String at, double oldFinal, double newInitial, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("replacedAt", at);
        body.put("oldFinalValue", oldFinal);
        body.put("newInitialValue", newInitial);
        body.put("note", note);
        return body;
    }

    private double bucket(int point, String bucket) {
        return raw.value("select quantity from consumption_15m where point_id = ? and bucket = ?", point, Instant.parse(bucket));
    }

    @Test
    void onlyEngineersAndAdminsRecordReplacements() {
        int meter = counter("ROLES-KWH");
        String path = "/api/points/" + meter + "/replacements";
        Map<String, Object> body = swap("2030-02-01T02:00:00Z", 5030, 2, "MID meter swapped");
        anonymous().contentType(ContentType.JSON).body(body).post(path).then().statusCode(401);
        // the 403 names the roles the endpoint needs and those the caller has
        leader().contentType(ContentType.JSON).body(body).post(path).then().statusCode(403).contentType(ContentType.JSON)
                .body("code", equalTo(403)).body("error", equalTo("forbidden: needs one of engineer, admin; you have leader"));
        auditor().contentType(ContentType.JSON).body(body).post(path).then().statusCode(403)
                .body("error", equalTo("forbidden: needs one of engineer, admin; you have auditor"));
        engineer().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201)
                .header("Location", containsString(path + "/"))
                .body("pointId", equalTo(meter))
                .body("replacedAt", equalTo("2030-02-01T02:00:00Z"))
                .body("oldFinalValue", equalTo(5030f))
                .body("newInitialValue", equalTo(2f))
                .body("recordedBy", equalTo("engineer"));
        anonymous().get(path).then().statusCode(401);
        leader().get(path).then().statusCode(200).body("note", contains("MID meter swapped"));
        admin().contentType(ContentType.JSON).body(swap("2030-03-01T02:00:00Z", 800, 0, null)).post(path).then().statusCode(201);
    }

    @Test
    void theSameReplacementAgainIsTheSameRecordADifferentOneIsAConflict() {
        int meter = counter("IDEM-KWH");
        String path = "/api/points/" + meter + "/replacements";
        Map<String, Object> body = swap("2030-02-01T02:00:00Z", 5030, 2, "swap");
        int id = engineer().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
        engineer().contentType(ContentType.JSON).body(body).post(path).then().statusCode(200).body("id", equalTo(id));
        engineer().contentType(ContentType.JSON).body(swap("2030-02-01T02:00:00Z", 5031, 2, "swap")).post(path).then().statusCode(409)
                .body("error", containsString("different meter replacement"));
        engineer().get(path).then().statusCode(200).body("$", hasSize(1)).body("[0].oldFinalValue", equalTo(5030f));
        engineer().get(path + "/" + id).then().statusCode(200).body("id", equalTo(id));
        auditor().queryParam("entityType", "meter_replacement").queryParam("entityId", sites.siteCode(site) + "/IDEM-KWH@2030-02-01T02:00:00Z")
                .get("/api/audit").then().statusCode(200)
                .body("action", contains("create"))
                .body("[0].actor", equalTo("engineer"))
                .body("[0].after.oldFinalValue", equalTo(5030f));
    }

    @Test
    void invalidReplacementsAreRefusedNamingTheFieldAndStoreNothing() {
        int meter = counter("BAD-KWH");
        String path = "/api/points/" + meter + "/replacements";
        engineer().contentType(ContentType.JSON).body(swap("2030-02-01T02:00:00Z", -1, 100_000, null)).post(path).then().statusCode(400)
                .body("problems.where", contains("oldFinalValue", "newInitialValue"));
        Map<String, Object> missing = new HashMap<>();
        missing.put("oldFinalValue", 10);
        engineer().contentType(ContentType.JSON).body(missing).post(path).then().statusCode(400)
                .body("problems.where", contains("replacedAt", "newInitialValue"));
        engineer().contentType(ContentType.JSON).body("{\"replacedAt\": \"yesterday\", \"oldFinalValue\": 1, \"newInitialValue\": 0}")
                .post(path).then().statusCode(400).body("problems.where", contains("replacedAt"));
        int kw = sites.valuePoint(site, "BAD-KW", "kW");
        engineer().contentType(ContentType.JSON).body(swap("2030-02-01T02:00:00Z", 1, 0, null))
                .post("/api/points/" + kw + "/replacements").then().statusCode(400).body("problems.where", hasItem("pointId"));
        engineer().contentType(ContentType.JSON).body(swap("2030-02-01T02:00:00Z", 1, 0, null))
                .post("/api/points/2147483000/replacements").then().statusCode(404);
        engineer().get(path).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aReplacementRecordedBeforeTheReadingsArriveIsUsedForThem() {
        int meter = counter("BEFORE-KWH");
        engineer().contentType(ContentType.JSON).body(swap("2030-02-01T00:20:00Z", 5030, 2, null))
                .post("/api/points/" + meter + "/replacements").then().statusCode(201);
        raw.batch(meter, "2030-02-01T00:15:00Z", 5000, "2030-02-01T00:30:00Z", 12);
        raw.rollUp(job, meter);
        assertEquals(40.0, bucket(meter, "2030-02-01T00:15:00Z"), 1e-9); // (5030 - 5000) + (12 - 2)
        assertEquals(0, raw.number("select anomalies from consumption_15m where point_id = ? and bucket = ?", meter,
                Instant.parse("2030-02-01T00:15:00Z")));
    }

    @Test
    void aReplacementRecordedAfterTheReadingsCorrectsTheRollups() {
        int meter = counter("AFTER-KWH");
        raw.batch(meter, "2030-02-01T00:00:00Z", 5000, "2030-02-01T00:15:00Z", 5020, "2030-02-01T00:30:00Z", 12, "2030-02-01T00:45:00Z", 15);
        raw.rollUp(job, meter);
        assertEquals(0.0, bucket(meter, "2030-02-01T00:15:00Z"), 1e-9);
        assertEquals(1, raw.number("select anomalies from consumption_1d where point_id = ?", meter));

        engineer().contentType(ContentType.JSON).body(swap("2030-02-01T00:20:00Z", 5030, 2, "found the paper log"))
                .post("/api/points/" + meter + "/replacements").then().statusCode(201);
        raw.rollUp(job, meter);
        assertEquals(20.0, bucket(meter, "2030-02-01T00:15:00Z"), 1e-9); // (5030 - 5020) + (12 - 2)
        assertEquals(0, raw.number("select anomalies from consumption_1d where point_id = ?", meter));
        assertEquals(43.0, raw.value("select quantity from consumption_1d where point_id = ?", meter), 1e-9);
    }
}
