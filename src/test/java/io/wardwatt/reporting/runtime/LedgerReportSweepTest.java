package io.wardwatt.reporting.runtime;

import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.wardwatt.carbon.LedgerFixtures;
import io.wardwatt.carbon.LedgerFixtures.Hospital;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The sweep: a closed version the close's announcement did not put in the outbox (here the announcement is switched
 * off, as a crash between the close's commit and the event would leave it) is queued by the sweep, once, and reaches
 * the platform once.
 */
@QuarkusTest
@TestProfile(LedgerReportSweepTest.AnnouncementOff.class)
@WithTestResource(value = LocalPlatform.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class LedgerReportSweepTest {

    public static class AnnouncementOff implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wardwatt.reporting.ledgers.enqueue", "false");
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    RollupJob job;

    @Inject
    SubmissionWorker worker;

    @Inject
    ClosedLedgerReports reports;

    @Test
    void aClosedVersionMissingFromTheOutboxIsQueuedByTheSweepOnce() {
        LedgerFixtures fixtures = new LedgerFixtures(dataSource, job);
        Hospital h = fixtures.hospital("RS");
        fixtures.septemberAndOctober(h);
        reporter().post("/api/sites/" + h.code() + "/carbon/ledgers/2026-09/close").then().statusCode(201);
        leader().pathParam("site", h.code()).get("/api/sites/{site}/reports/submissions").then().body("$", hasSize(0));
        assertEquals(1, reports.sweep(h.code()));
        assertEquals(0, reports.sweep(h.code()), "a second sweep finds it queued");
        worker.runNow();
        assertEquals(1, LocalPlatform.platform().receiptsOfReport("WW-" + h.code() + "-2026-09-v1").size());
        leader().pathParam("site", h.code()).get("/api/sites/{site}/reports/submissions").then().body("$", hasSize(1))
                .body("[0].status", org.hamcrest.Matchers.equalTo("accepted"));
    }
}
