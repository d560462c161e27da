package io.wardwatt.reporting.runtime;

import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wardwatt.TestUsers;
import io.wardwatt.reporting.ReportJson;
import io.wardwatt.reporting.ReportPayloads;
import io.wardwatt.reporting.platform.PlatformSimulator;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The submitter against the simulated platform over real HTTP and a real PostgreSQL: errors, time-outs, a connection
 * dropped after the platform stored the report, refusals, a restart mid-submission, two submitters at once. The worker is
 * run by the test ({@link SubmissionWorker#runNow()}); retries are due within milliseconds and awaited, never slept for.
 * Each case checks the platform's side too: one receipt per report, however many requests it took.
 */
@QuarkusTest
@TestProfile(SubmissionWorkerTest.PlatformOn.class)
@WithTestResource(value = LocalPlatform.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class SubmissionWorkerTest {

    /** Its own profile: one more boot, for this class only. */
    public static class PlatformOn implements QuarkusTestProfile {
    }

    private static final String SUBMISSIONS = "/api/sites/{site}/reports/submissions";

    @Inject
    SubmissionWorker worker;

    @Inject
    DataSource database;

    @Test
    void aReportIsAcceptedOnTheFirstAttemptAndItsReceiptKept() {
        Enqueued report = enqueue("WA");

        worker.runNow();

        PlatformSimulator.Receipt receipt = platform().receipt(report.key).orElseThrow();
        submission(report).body("status", equalTo("accepted")).body("attempts", equalTo(1)).body("lastHttpStatus", equalTo(201))
                .body("receiptId", equalTo(receipt.receiptId())).body("receipt.receiptId", equalTo(receipt.receiptId()))
                .body("receipt.duplicate", equalTo(false)).body("receipt.reportId", equalTo(report.reportId));
        assertEquals(1, platform().requests(report.key));
        auditor().queryParam("entityType", "report-submission").queryParam("entityId", String.valueOf(report.id)).get("/api/audit").then()
                .body("action", equalTo(List.of("accept", "enqueue"))).body("[0].actor", equalTo("system"));
        String metrics = leader().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("wardwatt_reporting_submissions_total{result=\"accepted\"}"), "submissions by result");
        assertTrue(metrics.contains("wardwatt_reporting_submission_attempts_total"), "attempts");
        assertTrue(metrics.contains("wardwatt_reporting_submission_latency_seconds_count{answer=\"201\"}"), "latency by answer");
        RestAssured.given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'report-submission' }.data.platform", equalTo(platform().endpoint().toString()));
    }

    @Test
    void aServerErrorIsRetriedWithBackOffAndTheReportAcceptedOnce() {
        Enqueued report = enqueue("WE");
        platform().failNext(report.key, 1);

        worker.runNow();

        submission(report).body("status", equalTo("retrying")).body("attempts", equalTo(1)).body("lastHttpStatus", equalTo(500))
                .body("lastError", containsString("HTTP 500")).body("receiptId", equalTo(null));
        awaitAccepted(report);
        submission(report).body("attempts", equalTo(2)).body("lastHttpStatus", equalTo(201));
        assertEquals(1, platform().receiptsOfReport(report.reportId).size());
        assertEquals(2, platform().requests(report.key));
    }

    @Test
    void aTimeOutIsRetriedAndThePlatformsDuplicateAnswerGivesTheOriginalReceipt() {
        Enqueued report = enqueue("WT");
        platform().delayNext(report.key, Duration.ofSeconds(3));   // the client waits 500 ms
        platform().answerDuplicatesWith(PlatformSimulator.DuplicateAnswer.OK);
        try {
            worker.runNow();

            submission(report).body("status", equalTo("retrying")).body("attempts", equalTo(1))
                    .body("lastError", containsString("no answer within"));
            String stored = platform().receipt(report.key).orElseThrow().receiptId();   // the platform has it, we do not know yet
            awaitAccepted(report);
            submission(report).body("attempts", equalTo(2)).body("receiptId", equalTo(stored)).body("receipt.duplicate", equalTo(true))
                    .body("lastHttpStatus", equalTo(200));
            assertEquals(1, platform().receiptsOfReport(report.reportId).size());
        } finally {
            platform().answerDuplicatesWith(PlatformSimulator.DuplicateAnswer.CONFLICT);
        }
    }

    @Test
    void aConnectionDroppedAfterThePlatformStoredTheReportEndsWithItsOneReceipt() {
        Enqueued report = enqueue("WD");
        platform().dropNext(report.key);

        worker.runNow();

        submission(report).body("status", equalTo("retrying")).body("lastError", containsString("no answer"))
                .body("lastHttpStatus", equalTo(null));
        String stored = platform().receipt(report.key).orElseThrow().receiptId();
        awaitAccepted(report);
        submission(report).body("attempts", equalTo(2)).body("receiptId", equalTo(stored)).body("lastHttpStatus", equalTo(409))
                .body("receipt.duplicate", equalTo(true));
        assertEquals(1, platform().receiptsOfReport(report.reportId).size());
        assertEquals(2, platform().requests(report.key), "two POSTs with the same key; the client repeated none by itself");
    }

    @Test
    void aRefusalIsRejectedVisiblyNotRetriedAndSentAgainOnlyWhenAPersonSaysSo() {
        Enqueued report = enqueue("WR");
        platform().refuseNext(report.key, 1);

        worker.runNow();
        worker.runNow();

        submission(report).body("status", equalTo("rejected")).body("attempts", equalTo(1)).body("lastHttpStatus", equalTo(400))
                .body("lastError", containsString("not registered on the platform"));
        assertEquals(1, platform().requests(report.key), "a rejection is not retried by the submitter");
        auditor().pathParam("site", report.site).queryParam("status", "rejected").get(SUBMISSIONS).then().statusCode(200).body("id", hasItem((int) report.id));
        RestAssured.given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'report-submission' }.data.lastError", containsString("HTTP 400"));

        // The organisation is registered now; the reporter sends it again: same payload, same key.
        reporter().pathParam("site", report.site).post(SUBMISSIONS + "/" + report.id + "/retry").then().statusCode(200)
                .body("status", equalTo("pending")).body("manualRetries", equalTo(1)).body("idempotencyKey", equalTo(report.key));
        reporter().pathParam("site", report.site).post(SUBMISSIONS + "/" + report.id + "/retry").then().statusCode(409);
        worker.runNow();

        submission(report).body("status", equalTo("accepted")).body("attempts", equalTo(2));
        assertEquals(1, platform().receiptsOfReport(report.reportId).size());
        auditor().queryParam("entityType", "report-submission").queryParam("entityId", String.valueOf(report.id)).get("/api/audit").then()
                .body("action", equalTo(List.of("accept", "retry", "reject", "enqueue"))).body("[1].actor", equalTo("reporter"))
                .body("[1].before.status", equalTo("rejected")).body("[1].after.status", equalTo("pending"));
    }

    @Test
    void aRowLeftSendingByACrashIsSentAgainWithTheSameKeyOnceItsLeaseHasRunOut() throws Exception {
        Enqueued report = enqueue("WC");
        // The instance that crashed: it claimed the row (committed), its request reached the platform, which stored the
        // report, and it died before it could record the answer.
        try (Connection c = database.getConnection()) {
            assertEquals(1, update(c, "update report_submission set status = 'sending', attempts = attempts + 1, "
                    + "lease_until = clock_timestamp() - interval '1 second' where id = ? and status = 'pending'", report.id));
        }
        HttpResponse<String> lost = HttpClient.newHttpClient().send(HttpRequest.newBuilder(platform().endpoint())
                .header("Idempotency-Key", report.key).header("Authorization", "Bearer " + LocalPlatform.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(storedPayload(report.id))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, lost.statusCode());
        String original = platform().receipt(report.key).orElseThrow().receiptId();

        worker.runNow();   // the restarted service

        submission(report).body("status", equalTo("accepted")).body("attempts", equalTo(2)).body("receiptId", equalTo(original))
                .body("receipt.duplicate", equalTo(true));
        assertEquals(1, platform().receiptsOfReport(report.reportId).size());
        assertEquals(2, platform().requests(report.key));
    }

    @Test
    void aRowWhoseSenderStillHoldsItsLeaseIsLeftAlone() throws Exception {
        Enqueued report = enqueue("WL");
        try (Connection c = database.getConnection()) {
            update(c, "update report_submission set status = 'sending', attempts = 1, lease_until = clock_timestamp() + interval '1 hour' "
                    + "where id = ?", report.id);
        }

        worker.runNow();

        submission(report).body("status", equalTo("sending")).body("attempts", equalTo(1));
        assertEquals(0, platform().requests(report.key));
    }

    @Test
    void twoSubmittersAtOnceSendEachReportOnce() {
        List<Enqueued> reports = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reports.add(enqueue("WP"));
        }

        CompletableFuture<SubmissionWorker.RunSummary> a = CompletableFuture.supplyAsync(worker::runNow);
        CompletableFuture<SubmissionWorker.RunSummary> b = CompletableFuture.supplyAsync(worker::runNow);
        int accepted = a.join().accepted() + b.join().accepted();

        assertTrue(accepted >= reports.size(), "every report accepted by one of the two runs: " + accepted);
        for (Enqueued report : reports) {
            submission(report).body("status", equalTo("accepted")).body("attempts", equalTo(1));
            assertEquals(1, platform().requests(report.key), report.reportId + " was claimed by one run only");
            assertEquals(1, platform().receiptsOfReport(report.reportId).size());
        }
    }

    @Test
    void theTableKeepsWhatWasEnqueuedAndAnAcceptedRowForever() throws Exception {
        Enqueued report = enqueue("WF");
        try (Connection c = database.getConnection()) {
            assertRefused(c, "update report_submission set status = 'accepted', receipt_id = 'X', accepted_at = now() where id = ?", report.id,
                    "cannot move from pending to accepted");
            assertRefused(c, "update report_submission set payload = '{}' where id = ?", report.id, "keeps the report it was enqueued with");
            worker.runNow();
            assertRefused(c, "update report_submission set status = 'pending' where id = ?", report.id, "is never rewritten");
            assertRefused(c, "delete from report_submission where id = ?", report.id, "is never removed");
        }
        submission(report).body("status", equalTo("accepted"));
    }

    private record Enqueued(long id, String key, String reportId, String site) {
    }

    private static PlatformSimulator platform() {
        return LocalPlatform.platform();
    }

    private static Enqueued enqueue(String prefix) {
        String site = TestUsers.storedSite(prefix);
        JsonPath created = reporter().pathParam("site", site).contentType(ContentType.JSON).body(ReportJson.write(ReportPayloads.payload(site, "2025-07")))
                .post(SUBMISSIONS).then().statusCode(201).extract().jsonPath();
        return new Enqueued(created.getLong("id"), created.getString("idempotencyKey"), created.getString("reportId"), site);
    }

    private static io.restassured.response.ValidatableResponse submission(Enqueued report) {
        return auditor().pathParam("site", report.site()).get(SUBMISSIONS + "/" + report.id()).then().statusCode(200);
    }

    private void awaitAccepted(Enqueued report) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            worker.runNow();
            submission(report).body("status", equalTo("accepted"));
        });
    }

    private String storedPayload(long id) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement ps = c.prepareStatement("select payload from report_submission where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private static int update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            return ps.executeUpdate();
        }
    }

    private static void assertRefused(Connection c, String sql, long id, String reason) {
        SQLException refused = assertThrows(SQLException.class, () -> update(c, sql, id));
        assertNotNull(refused.getMessage());
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
