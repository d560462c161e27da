package io.wardwatt.reporting.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.reporting.PlatformReport;
import io.wardwatt.reporting.ReportJson;
import io.wardwatt.reporting.ReportPayloads;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulated platform over real HTTP on loopback, driven by a plain JDK client. */
class PlatformSimulatorTest {

    private final PlatformSimulator platform = PlatformSimulator.start(0, "secret", PlatformSimulator.DuplicateAnswer.CONFLICT);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aNewKeyGetsAReceiptAndTheSameKeyAgainItsOriginalReceipt() throws Exception {
        PlatformReport report = PlatformReport.read(ReportJson.write(ReportPayloads.payload("SIM1", "2025-07")));

        HttpResponse<String> first = post(report.idempotencyKey(), report.json(), "secret");
        HttpResponse<String> again = post(report.idempotencyKey(), report.json(), "secret");
        platform.answerDuplicatesWith(PlatformSimulator.DuplicateAnswer.OK);
        HttpResponse<String> third = post(report.idempotencyKey(), report.json(), "secret");

        assertEquals(201, first.statusCode());
        JsonNode receipt = ReportJson.read(first.body());
        assertEquals(report.idempotencyKey(), receipt.get("idempotencyKey").asText());
        assertEquals(false, receipt.get("duplicate").asBoolean());
        assertEquals(409, again.statusCode());
        assertEquals(receipt.get("receiptId"), ReportJson.read(again.body()).get("receiptId"));
        assertEquals(true, ReportJson.read(again.body()).get("duplicate").asBoolean());
        assertEquals(200, third.statusCode());
        assertEquals(receipt.get("receiptId"), ReportJson.read(third.body()).get("receiptId"));
        assertEquals(1, platform.receiptsOfReport(report.reportId()).size());
        assertEquals(3, platform.requests(report.idempotencyKey()));
    }

    @Test
    void otherContentUnderAKnownKeyBadPayloadsAndBadCredentialsAreRefused() throws Exception {
        ObjectNode payload = ReportPayloads.payload("SIM2", "2025-07");
        PlatformReport report = PlatformReport.read(ReportJson.write(payload));
        post(report.idempotencyKey(), report.json(), "secret");
        ObjectNode other = (ObjectNode) ReportJson.read(report.json());
        ((ObjectNode) other.get("totals")).put("energyTce", new BigDecimal("1.5"));

        assertEquals(422, post(report.idempotencyKey(), ReportJson.write(other), "secret").statusCode());
        assertEquals(401, post(report.idempotencyKey(), report.json(), "wrong").statusCode());
        other.remove("period");
        HttpResponse<String> invalid = post("SIM2:2025-07:v1:" + "0".repeat(32), ReportJson.write(other), "secret");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("$.period"), invalid.body());
        assertEquals(400, post("another-key", report.json(), "secret").statusCode(), "the header must be the payload's key");
        assertEquals(1, platform.receipts().size());
    }

    @Test
    void faultsHitTheNextRequestsOfTheirKey() throws Exception {
        PlatformReport report = PlatformReport.read(ReportJson.write(ReportPayloads.payload("SIM3", "2025-07")));
        String key = report.idempotencyKey();

        platform.failNext(key, 2);
        assertEquals(500, post(key, report.json(), "secret").statusCode());
        assertEquals(500, post(key, report.json(), "secret").statusCode());
        assertTrue(platform.receipt(key).isEmpty(), "a 500 stores nothing");

        platform.dropNext(key);
        IOException dropped = assertThrows(IOException.class, () -> post(key, report.json(), "secret"));
        assertTrue(platform.receipt(key).isPresent(), "stored before the connection was dropped: " + dropped);

        platform.delayNext(key, Duration.ofSeconds(5));
        HttpRequest slow = request(key, report.json(), "secret").timeout(Duration.ofMillis(300)).build();
        assertThrows(HttpTimeoutException.class, () -> http.send(slow, HttpResponse.BodyHandlers.ofString()));

        assertEquals(409, post(key, report.json(), "secret").statusCode());
        assertEquals(1, platform.receiptsOfReport(report.reportId()).size());
        assertEquals(5, platform.requests(key));
    }

    private HttpResponse<String> post(String key, String body, String token) throws IOException, InterruptedException {
        return http.send(request(key, body, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String key, String body, String token) {
        return HttpRequest.newBuilder(URI.create(platform.endpoint().toString())).header("Idempotency-Key", key)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
