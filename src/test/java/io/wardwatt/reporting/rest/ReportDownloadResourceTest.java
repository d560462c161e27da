package io.wardwatt.reporting.rest;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import io.wardwatt.carbon.LedgerFixtures;
import io.wardwatt.carbon.LedgerFixtures.Hospital;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Downloading a closed month's report over HTTP: the XLSX annex and the PDF rendered from the stored version (its
 * totals, hash and close, not a draft), the JSON exactly the payload the outbox holds, the same bytes on every
 * download; an open month, bad input, a stored ledger that no longer recomputes, and roles.
 */
@QuarkusTest
class ReportDownloadResourceTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DataSource dataSource;

    @Inject
    RollupJob job;

    LedgerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new LedgerFixtures(dataSource, job);
    }

    /** A hospital and the answer to closing its September. */
    private record Closed(Hospital h, JsonNode september) {
    }

    /** A hospital with September and October read, September closed by the reporter. */
    private Closed septemberClosed(String prefix) {
        Hospital h = fixtures.hospital(prefix);
        fixtures.septemberAndOctober(h);
        return new Closed(h, LedgerFixtures.json(reporter().post("/api/sites/" + h.code() + "/carbon/ledgers/2026-09/close").then().statusCode(201)
                .extract().asString()));
    }

    private static String report(Hospital h, String month, String format) {
        return "/api/sites/" + h.code() + "/reports/" + month + "." + format;
    }

    private static Response download(RequestSpecification as, String path, String mediaType, String fileName) {
        return as.get(path).then().statusCode(200).contentType(mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").extract().response();
    }

    @Test
    void theXlsxOfAClosedMonthShowsTheStoredLedgersTotalsHashAndClose() throws IOException {
        Closed closed = septemberClosed("DLX");
        Hospital h = closed.h();
        JsonNode september = closed.september();
        JsonNode ledger = september.path("ledger");
        byte[] xlsx = download(leader(), report(h, "2026-09", "xlsx"), XLSX, h.code() + "-2026-09-v1.xlsx").asByteArray();

        List<Row> rows;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            rows = workbook.findSheet("1 排放汇总 Emission totals").orElseThrow().read();
        }
        Map<String, String> lines = new HashMap<>();
        Map<String, BigDecimal> totals = new HashMap<>();
        boolean belowHeader = false;
        for (Row row : rows) {
            if (row.getCellText(0).equals("口径 View")) {
                belowHeader = true;
            } else if (belowHeader) {
                totals.put(row.getCellText(2), row.getCell(4).asNumber());
            } else if (row.getRowNum() > 3 && row.getCellCount() == 3) {
                lines.put(row.getCellText(1), row.getCellText(2));
            }
        }
        // the fixture's September, no diesel: 87.735 + 21.62188809 = 109.357 tCO2 (LedgerResourceTest)
        assertEquals(new BigDecimal("109.357"), totals.get("Total CO2"));
        for (String[] figure : new String[][] {{"Total CO2", "/compliance/totalTco2"}, {"Scope 1 total", "/ghgProtocol/scope1/totalTco2e"},
            {"Scope 2 location-based total", "/ghgProtocol/scope2LocationBased/totalTco2e"},
            {"Scope 2 market-based total", "/ghgProtocol/scope2MarketBased/totalTco2e"}, {"Total energy", "/energy/totalTce"}}) {
            assertEquals(0, ledger.at(figure[1]).decimalValue().compareTo(totals.get(figure[0])), figure[0] + " is the stored " + figure[1]);
        }
        assertEquals(september.path("contentHash").asText(), lines.get("Content hash (SHA-256)"));
        assertTrue(lines.get("Previous month's hash").startsWith("无（首月）"), "September starts the chain: " + lines);
        assertEquals("1", lines.get("Ledger version"));
        assertTrue(lines.get("Status").startsWith("已关账 closed ") && lines.get("Status").endsWith(", reporter"), lines.get("Status"));
        assertEquals("上海市示范综合医院 (Wardwatt demo)", lines.get("Organisation"));
        assertEquals(h.code() + " Test hospital", lines.get("Site"));
        assertTrue(lines.get("Factor set").startsWith(september.path("factorSetId").asText() + " "), lines.get("Factor set"));

        assertArrayEquals(xlsx, leader().get(report(h, "2026-09", "xlsx")).then().statusCode(200).extract().asByteArray(),
                "two downloads, the same bytes");
    }

    @Test
    void thePdfOfAClosedMonthIsForSignatureWithTheStoredHash() throws IOException {
        Closed closed = septemberClosed("DLP");
        Hospital h = closed.h();
        JsonNode september = closed.september();
        byte[] pdf = download(auditor(), report(h, "2026-09", "pdf"), "application/pdf", h.code() + "-2026-09-v1.pdf").asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("内容哈希 Content hash (SHA-256): " + september.path("contentHash").asText()), text);
        assertTrue(text.contains("二氧化碳排放总量 Total CO2 tCO2 109.357"), text);
        assertTrue(text.contains("已关账 closed "), text);
        assertFalse(text.contains("not for signature"), "a closed month is not a draft:\n" + text);
        assertFalse(text.contains("DRAFT"), text);

        assertArrayEquals(pdf, auditor().get(report(h, "2026-09", "pdf")).then().statusCode(200).extract().asByteArray(),
                "two downloads, the same bytes");
        assertArrayEquals(pdf, auditor().queryParam("version", 1).get(report(h, "2026-09", "pdf")).then().statusCode(200).extract()
                .asByteArray(), "version 1 is the latest");
    }

    @Test
    void theJsonIsThePayloadTheOutboxHoldsForTheVersion() throws SQLException {
        Closed closed = septemberClosed("DLJ");
        Hospital h = closed.h();
        JsonNode september = closed.september();
        byte[] json = download(reporter(), report(h, "2026-09", "json"), "application/json", h.code() + "-2026-09-v1.json")
                .asByteArray();

        List<Long> queued = leader().pathParam("site", h.code()).get("/api/sites/{site}/reports/submissions").then().statusCode(200).extract()
                .jsonPath().getList("id", Long.class);
        assertEquals(1, queued.size(), "the close put September's report in the outbox");
        JsonNode sent = LedgerFixtures.json(leader().pathParam("site", h.code()).get("/api/sites/{site}/reports/submissions/" + queued.get(0)).then().statusCode(200).extract()
                .asString()).path("payload");
        JsonNode downloaded = LedgerFixtures.json(new String(json, StandardCharsets.UTF_8));
        assertEquals(sent, downloaded);
        assertEquals(september.path("contentHash").asText(), downloaded.path("ledgerHash").asText());
        assertEquals(new String(json, StandardCharsets.UTF_8), storedPayload(queued.get(0)), "byte for byte what the outbox sends");
        assertArrayEquals(json, admin().get(report(h, "2026-09", "json")).then().statusCode(200).extract().asByteArray());
    }

    @Test
    void theRendersComeFromTheStoredActivitiesNotFromTodaysReadings() throws IOException {
        Hospital h = septemberClosed("DLR").h();
        // a reading changed after the close: verification sees it, the closed month's report does not
        fixtures.sql("update reading set value = 1110000 where point_id = " + h.inc1() + " and ts = '" + LedgerFixtures.OCT_START + "'");
        byte[] pdf = engineer().get(report(h, "2026-09", "pdf")).then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("Total CO2 tCO2 109.357"));
        }
        leader().get("/api/sites/" + h.code() + "/carbon/ledgers/2026-09/verify").then().statusCode(200).body("ok", equalTo(false));
    }

    @Test
    void aStoredLedgerThatNoLongerRecomputesIsNotRendered() {
        Hospital h = septemberClosed("DLT").h();
        fixtures.sql("begin",
                "alter table carbon_ledger disable trigger carbon_ledger_immutable",
                "update carbon_ledger set ledger_text = replace(ledger_text, '\"totalTco2\" : 109.357', '\"totalTco2\" : 99.357') "
                        + "where site = '" + h.code() + "' and month = '2026-09'",
                "alter table carbon_ledger enable trigger carbon_ledger_immutable",
                "commit");
        for (String format : List.of("xlsx", "pdf")) {
            leader().get(report(h, "2026-09", format)).then().statusCode(409)
                    .body("error", containsString("the stored ledger no longer recomputes: run verify"));
        }
    }

    @Test
    void anOpenMonthHasNoReport() {
        Hospital h = septemberClosed("DLO").h();
        for (String format : List.of("xlsx", "pdf", "json")) {
            leader().get(report(h, "2026-10", format)).then().statusCode(404)
                    .body("error", containsString(h.code() + " 2026-10: the month is not closed"));
        }
        leader().queryParam("version", 2).get(report(h, "2026-09", "pdf")).then().statusCode(404)
                .body("error", containsString("version 2: the month has version 1"));
        leader().get("/api/sites/NO-SUCH-SITE/reports/2026-09.pdf").then().statusCode(404).body("error", containsString("No site 'NO-SUCH-SITE'"));
    }

    @Test
    void aBadMonthFormatOrVersionIsA400NamingIt() {
        Hospital h = septemberClosed("DLB").h();
        leader().get(report(h, "2026-13", "pdf")).then().statusCode(400).body("problems[0].where", equalTo("month"))
                .body("problems[0].problem", containsString("'2026-13' is not a month"));
        leader().get(report(h, "September", "pdf")).then().statusCode(400).body("problems[0].where", equalTo("month"));
        leader().get(report(h, "2026-09", "docx")).then().statusCode(400).body("problems[0].where", equalTo("format"))
                .body("problems[0].problem", containsString("xlsx, pdf, json"));
        leader().queryParam("version", 0).get(report(h, "2026-09", "pdf")).then().statusCode(400)
                .body("problems[0].where", equalTo("version"));
    }

    @Test
    void everyRoleReadsReportsAndNobodyWithoutALogin() {
        Hospital h = septemberClosed("DLA").h();
        String path = report(h, "2026-09", "json");
        anonymous().get(path).then().statusCode(401);
        RestAssured.given().auth().preemptive().basic("leader", "not-the-password").get(path).then().statusCode(401);
        // every role there is may read (leader, reporter, auditor, admin, engineer): no role gets a 403 here
        for (Supplier<RequestSpecification> as : List.<Supplier<RequestSpecification>>of(() -> leader(), () -> reporter(), () -> auditor(),
                () -> admin(), () -> engineer())) {
            as.get().get(path).then().statusCode(200);
        }
    }

    private String storedPayload(long submission) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select payload from report_submission where id = ?")) {
            s.setLong(1, submission);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }
}
