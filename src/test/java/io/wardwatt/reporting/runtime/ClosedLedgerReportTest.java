package io.wardwatt.reporting.runtime;

import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.wardwatt.carbon.LedgerFixtures;
import io.wardwatt.carbon.LedgerFixtures.Hospital;
import io.wardwatt.readings.runtime.RollupJob;
import io.wardwatt.reporting.platform.PlatformSimulator;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * From a closed month to the platform's receipt: closing a month puts its report in the outbox, the submitter sends it,
 * and the platform holds exactly one report whose figures and hash are the stored ledger's. Same profile and simulated platform as
 * {@link SubmissionWorkerTest}, so no extra boot.
 */
@QuarkusTest
@TestProfile(SubmissionWorkerTest.PlatformOn.class)
@WithTestResource(value = LocalPlatform.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class ClosedLedgerReportTest {

    @Inject
    DataSource dataSource;

    @Inject
    RollupJob job;

    @Inject
    SubmissionWorker worker;

    @Inject
    ClosedLedgerReports reports;

    LedgerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new LedgerFixtures(dataSource, job);
    }

    private static JsonNode close(Hospital h, String month) {
        return LedgerFixtures.json(reporter().post("/api/sites/" + h.code() + "/carbon/ledgers/" + month + "/close").then().statusCode(201)
                .extract().asString());
    }

    private static List<Long> submissions(Hospital h) {
        return leader().pathParam("site", h.code()).get("/api/sites/{site}/reports/submissions").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
    }

    private static JsonNode payload(Hospital h, long submission) {
        return LedgerFixtures.json(leader().get("/api/sites/" + h.code() + "/reports/submissions/" + submission).then().statusCode(200).extract().asString())
                .path("payload");
    }

    @Test
    void aClosedMonthReachesThePlatformOnceWithTheLedgersFiguresAndHash() {
        Hospital h = fixtures.hospital("RP");
        fixtures.septemberAndOctober(h);
        JsonNode september = close(h, "2026-09");
        List<Long> queued = submissions(h);
        assertEquals(1, queued.size(), "the close put the month's report in the outbox");
        JsonNode sent = payload(h, queued.get(0));
        String hash = september.path("contentHash").asText();
        assertEquals(hash, sent.path("ledgerHash").asText());
        assertEquals("2026-09", sent.path("period").asText());
        JsonNode ledger = september.path("ledger");
        assertEquals(0, ledger.at("/compliance/totalTco2").decimalValue().compareTo(sent.at("/totals/complianceTco2").decimalValue()), "same figure as the ledger");
        assertEquals(0, ledger.at("/ghgProtocol/scope2MarketBased/totalTco2e").decimalValue().compareTo(sent.at("/totals/scope2MarketTco2e").decimalValue()), "same figure as the ledger");
        assertEquals(0, ledger.at("/energy/totalTce").decimalValue().compareTo(sent.at("/totals/energyTce").decimalValue()), "same figure as the ledger");

        worker.runNow();
        worker.runNow();
        assertEquals(0, reports.sweep(h.code()), "the sweep finds nothing missing");
        List<PlatformSimulator.Receipt> receipts = LocalPlatform.platform().receiptsOfReport("WW-" + h.code() + "-2026-09-v1");
        assertEquals(1, receipts.size(), "one report at the platform");
        leader().get("/api/sites/" + h.code() + "/reports/submissions/" + queued.get(0)).then().body("status", org.hamcrest.Matchers.equalTo("accepted"))
                .body("receiptId", org.hamcrest.Matchers.equalTo(receipts.get(0).receiptId()));

        JsonNode october = close(h, "2026-10");
        JsonNode next = payload(h, submissions(h).stream().filter(id -> !id.equals(queued.get(0))).findFirst().orElseThrow());
        assertEquals(hash, next.path("previousLedgerHash").asText(), "the chain goes to the platform too");
        assertEquals(october.path("contentHash").asText(), next.path("ledgerHash").asText());
    }
}
