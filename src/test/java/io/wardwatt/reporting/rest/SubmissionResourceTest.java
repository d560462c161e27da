package io.wardwatt.reporting.rest;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wardwatt.TestUsers;
import io.wardwatt.reporting.ReportJson;
import io.wardwatt.reporting.ReportPayloads;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The outbox API with sending off (the default): reports are checked, stored once per version, and wait as pending. */
@QuarkusTest
class SubmissionResourceTest {

    static final String SUBMISSIONS = "/api/sites/{site}/reports/submissions";

    @Test
    void aReportIsStoredOnceAndWaitsWhileSendingIsOff() {
        String site = TestUsers.storedSite("RS");
        String payload = ReportJson.write(ReportPayloads.payload(site, "2025-07"));

        JsonPath created = reporter().pathParam("site", site).contentType(ContentType.JSON).body(payload).post(SUBMISSIONS).then().statusCode(201)
                .header("Location", containsString("/api/sites/" + site + "/reports/submissions/"))
                .body("status", equalTo("pending")).body("attempts", equalTo(0)).body("site", equalTo(site))
                .body("period", equalTo("2025-07")).body("reportVersion", equalTo(1)).body("reportId", equalTo(site + "-2025-07-v1"))
                .body("idempotencyKey", startsWith(site + ":2025-07:v1:")).body("enqueuedBy", equalTo("reporter"))
                .body("receipt", nullValue()).body("payload", nullValue())
                .extract().jsonPath();
        long id = created.getLong("id");
        String key = created.getString("idempotencyKey");

        // Rendered again later (another generatedAt), or with the key filled in: the same report version, nothing changes.
        ObjectNode again = ReportPayloads.payload(site, "2025-07");
        again.put("generatedAt", "2025-08-03T09:30:00+08:00");
        again.put("idempotencyKey", key);
        admin().pathParam("site", site).contentType(ContentType.JSON).body(ReportJson.write(again)).post(SUBMISSIONS).then().statusCode(200)
                .body("id", equalTo((int) id)).body("idempotencyKey", equalTo(key));

        auditor().pathParam("site", site).get(SUBMISSIONS + "/" + id).then().statusCode(200)
                .body("status", equalTo("pending")).body("payload.idempotencyKey", equalTo(key))
                .body("payload.generatedAt", equalTo("2025-08-02T01:00:00Z")).body("payload.totals.complianceTco2", equalTo(2079.49f));
        leader().pathParam("site", site).get(SUBMISSIONS).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].id", equalTo((int) id)).body("[0].payload", nullValue());
        auditor().queryParam("entityType", "report-submission").queryParam("entityId", String.valueOf(id)).get("/api/audit").then()
                .statusCode(200).body("size()", equalTo(1)).body("[0].action", equalTo("enqueue")).body("[0].actor", equalTo("reporter"));
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'report-submission' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'report-submission' }.data.platform", equalTo("disabled"));
    }

    @Test
    void otherContentForAStoredVersionIsAConflictAndANewVersionIsANewSubmission() {
        String site = TestUsers.storedSite("RC");
        reporter().pathParam("site", site).contentType(ContentType.JSON).body(ReportJson.write(ReportPayloads.payload(site, "2025-06"))).post(SUBMISSIONS)
                .then().statusCode(201);
        ObjectNode corrected = ReportPayloads.payload(site, "2025-06");
        ((ObjectNode) corrected.get("totals")).put("complianceTco2", new BigDecimal("2080.00"));

        reporter().pathParam("site", site).contentType(ContentType.JSON).body(ReportJson.write(corrected)).post(SUBMISSIONS).then().statusCode(409)
                .body("error", containsString("version 1")).body("error", containsString("a correction is a new version"));

        ObjectNode restated = ReportPayloads.payload(site, "2025-06", 2);
        ((ObjectNode) restated.get("totals")).put("complianceTco2", new BigDecimal("2080.00"));
        reporter().pathParam("site", site).contentType(ContentType.JSON).body(ReportJson.write(restated)).post(SUBMISSIONS).then().statusCode(201)
                .body("reportVersion", equalTo(2)).body("idempotencyKey", startsWith(site + ":2025-06:v2:"));
        auditor().pathParam("site", site).get(SUBMISSIONS).then().body("size()", equalTo(2))
                .body("reportVersion", hasItems(1, 2)).body("status", everyItem(equalTo("pending")));
    }

    @Test
    void aPayloadTheSchemaRefusesIsA400NamingEachPathAndNothingIsStored() {
        String site = TestUsers.storedSite("RB");
        ObjectNode payload = ReportPayloads.payload(site, "2025-07");
        ((ObjectNode) payload.get("activities").get(0)).put("carrier", "coal");
        ((ObjectNode) payload.get("organisation")).remove("unifiedSocialCreditCode");

        reporter().pathParam("site", site).contentType(ContentType.JSON).body(ReportJson.write(payload)).post(SUBMISSIONS).then().statusCode(400)
                .body("problems.where", equalTo(java.util.List.of("$.activities[0].carrier", "$.organisation.unifiedSocialCreditCode")))
                .body("problems[1].problem", containsString("required"));
        reporter().pathParam("site", site).contentType(ContentType.JSON).body("{\"period\": ").post(SUBMISSIONS).then().statusCode(400)
                .body("problems.where", hasItem(startsWith("$")));
        auditor().pathParam("site", site).get(SUBMISSIONS).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void rolesAndUnknownIds() {
        String site = TestUsers.storedSite("RR");
        String payload = ReportJson.write(ReportPayloads.payload(site, "2025-05"));
        anonymous().pathParam("site", site).contentType(ContentType.JSON).body(payload).post(SUBMISSIONS).then().statusCode(401);
        engineer().pathParam("site", site).contentType(ContentType.JSON).body(payload).post(SUBMISSIONS).then().statusCode(403);
        leader().pathParam("site", site).contentType(ContentType.JSON).body(payload).post(SUBMISSIONS).then().statusCode(403);
        long id = admin().pathParam("site", site).contentType(ContentType.JSON).body(payload).post(SUBMISSIONS).then().statusCode(201).extract().jsonPath().getLong("id");

        anonymous().pathParam("site", site).get(SUBMISSIONS).then().statusCode(401);
        engineer().pathParam("site", site).get(SUBMISSIONS).then().statusCode(403);
        anonymous().pathParam("site", site).post(SUBMISSIONS + "/" + id + "/retry").then().statusCode(401);
        auditor().pathParam("site", site).post(SUBMISSIONS + "/" + id + "/retry").then().statusCode(403);
        reporter().pathParam("site", site).post(SUBMISSIONS + "/" + id + "/retry").then().statusCode(409).body("error", containsString("is pending"));
        reporter().pathParam("site", site).post(SUBMISSIONS + "/999999999/retry").then().statusCode(404);
        auditor().pathParam("site", site).get(SUBMISSIONS + "/999999999").then().statusCode(404);
        auditor().pathParam("site", site).get(SUBMISSIONS + "/not-a-number").then().statusCode(404);
        auditor().pathParam("site", site).queryParam("status", "lost").get(SUBMISSIONS).then().statusCode(400).body("problems[0].where", equalTo("status"));
        auditor().pathParam("site", site).queryParam("period", "July").get(SUBMISSIONS).then().statusCode(400).body("problems[0].where", equalTo("period"));
    }

    @Test
    void thePlatformProfileAndItsSchemaAreServed() {
        reporter().get("/api/reports/platform").then().statusCode(200).body("enabled", equalTo(false))
                .body("schemaVersion", equalTo("platform-report/1"));
        String schema = auditor().get("/api/reports/platform/schema").then().statusCode(200).extract().asString();
        assertEquals("platform-report/1", JsonPath.from(schema).getString("properties.schemaVersion.const"));
        anonymous().get("/api/reports/platform").then().statusCode(401);
        engineer().get("/api/reports/platform/schema").then().statusCode(403);
    }
}
