package io.wardwatt.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformReportTest {

    @Test
    void aConformingPayloadGetsItsKeyFromSitePeriodVersionAndContent() throws Exception {
        PlatformReport report = PlatformReport.read(ReportJson.write(ReportPayloads.payload("HOSP", "2025-07")));

        assertEquals("HOSP", report.site());
        assertEquals(YearMonth.of(2025, 7), report.period());
        assertEquals(1, report.reportVersion());
        assertEquals("HOSP-2025-07-v1", report.reportId());
        assertEquals("HOSP:2025-07:v1:" + report.contentHash().substring(0, 32), report.idempotencyKey());
        assertEquals(report.idempotencyKey(), ReportJson.read(report.json()).get("idempotencyKey").asText(), "the key is in the payload sent");
        assertTrue(report.json().contains("\"value\":0.0021622"), "decimals are read as decimals, not binary doubles: " + report.json());
    }

    @Test
    void theKeyIgnoresRenderTimeAndFieldOrderButNotContent() {
        ObjectNode first = ReportPayloads.payload("HOSP", "2025-07");
        ObjectNode later = ReportPayloads.payload("HOSP", "2025-07");
        later.put("generatedAt", "2025-09-01T00:00:00Z");
        ObjectNode reordered = ReportPayloads.payload("HOSP", "2025-07");
        ObjectNode totals = (ObjectNode) reordered.remove("totals");
        reordered.set("totals", totals);
        ObjectNode changed = ReportPayloads.payload("HOSP", "2025-07");
        ((ObjectNode) changed.get("totals")).put("energyTce", new BigDecimal("605.72"));

        String key = PlatformReport.read(ReportJson.write(first)).idempotencyKey();
        assertEquals(key, PlatformReport.read(ReportJson.write(later)).idempotencyKey());
        assertEquals(key, PlatformReport.read(ReportJson.write(reordered)).idempotencyKey());
        assertNotEquals(key, PlatformReport.read(ReportJson.write(changed)).idempotencyKey());
    }

    @Test
    void aGivenKeyMustBeTheContentsKey() {
        ObjectNode payload = ReportPayloads.payload("HOSP", "2025-07");
        String key = PlatformReport.read(ReportJson.write(payload)).idempotencyKey();
        payload.put("idempotencyKey", key);
        assertEquals(key, PlatformReport.read(ReportJson.write(payload)).idempotencyKey());

        payload.put("idempotencyKey", "HOSP:2025-07:v1:" + "0".repeat(32));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PlatformReport.read(ReportJson.write(payload)));
        assertEquals("$.idempotencyKey", e.problems().get(0).where());
        assertTrue(e.problems().get(0).problem().contains(key), e.getMessage());
    }

    @Test
    void everySchemaProblemIsNamedByItsJsonPath() {
        ObjectNode payload = ReportPayloads.payload("HOSP", "2025-07");
        ((ObjectNode) payload.get("organisation")).put("unifiedSocialCreditCode", "12310000MB0A1234");   // 16 characters
        ((ObjectNode) payload.get("organisation")).remove("name");
        ((ObjectNode) payload.get("activities").get(1)).put("unit", "therm");
        ((ObjectNode) payload.get("totals")).put("scope1Tco2e", -1);
        ((ObjectNode) payload.get("site")).put("provnce", "CN-SH");
        payload.put("period", "2025-13");
        payload.put("generatedAt", "yesterday");

        List<String> where = assertThrows(InvalidInputException.class, () -> PlatformReport.read(ReportJson.write(payload)))
                .problems().stream().map(InputProblem::where).toList();

        assertEquals(List.of("$.activities[1].unit", "$.generatedAt", "$.organisation.name", "$.organisation.unifiedSocialCreditCode",
                "$.period", "$.site.provnce", "$.totals.scope1Tco2e"), where);
    }

    @Test
    void aRestatementNamesAnEarlierVersion() {
        ObjectNode withoutReason = ReportPayloads.payload("HOSP", "2025-07", 2);
        withoutReason.remove("restatement");
        assertEquals("$.restatement", only(withoutReason).where());

        ObjectNode forward = ReportPayloads.payload("HOSP", "2025-07", 2);
        ((ObjectNode) forward.get("restatement")).put("replacesVersion", 2);
        assertEquals("$.restatement.replacesVersion", only(forward).where());

        assertEquals(2, PlatformReport.read(ReportJson.write(ReportPayloads.payload("HOSP", "2025-07", 2))).reportVersion());
    }

    @Test
    void textThatIsNotAPayloadSaysWhere() {
        InvalidInputException broken = assertThrows(InvalidInputException.class, () -> PlatformReport.read("{\"period\": \"2025-07\",\n \"site\": }"));
        assertTrue(broken.getMessage().contains("line 2"), broken.getMessage());
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> PlatformReport.read("{\"period\": \"2025-07\", \"period\": \"2025-08\"}"));
        assertTrue(twice.getMessage().contains("period"), twice.getMessage());
        assertEquals("$", assertThrows(InvalidInputException.class, () -> PlatformReport.read("[1, 2]")).problems().get(0).where());
    }

    private static InputProblem only(ObjectNode payload) {
        List<InputProblem> problems = assertThrows(InvalidInputException.class, () -> PlatformReport.read(ReportJson.write(payload))).problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }
}
