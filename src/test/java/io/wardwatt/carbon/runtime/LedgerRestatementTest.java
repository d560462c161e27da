package io.wardwatt.carbon.runtime;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static io.wardwatt.carbon.LedgerFixtures.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.wardwatt.SiteFixtures;
import io.wardwatt.TestUsers;
import io.wardwatt.carbon.LedgerFixtures;
import io.wardwatt.carbon.LedgerFixtures.Hospital;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Restating a closed month when a newer factor set is published (added as a file while the service runs), the monthly
 * close job with its health check, and the event the report side observes. The service reads its factor sets from a
 * directory of this test's own, which starts with a copy of the shipped set.
 */
@QuarkusTest
@TestProfile(LedgerRestatementTest.OwnFactorSets.class)
class LedgerRestatementTest {

    /** A factor directory and a job site of this test's own. */
    public static class OwnFactorSets implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "carbon-factors-");
                Files.createDirectories(directory.resolve("cn"));
                Files.copy(Path.of("carbon-factors/cn/cn-2026-11.yaml"), directory.resolve("cn/cn-2026-11.yaml"));
                return Map.of("wardwatt.carbon.factors.directory", directory.toString(), "wardwatt.carbon.sites", TestUsers.unique("LJOB"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob rollups;

    @Inject
    CarbonConfig config;

    @Inject
    LedgerCloseJob closeJob;

    @Inject
    LedgerClosedRecorder events;

    LedgerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new LedgerFixtures(dataSource, rollups);
    }

    /**
     * A set compiled after the shipped one that adds Shanghai's grid factor for data year 2024 (0.5500, a made-up value
     * published 2026-11-01): the newest provincial year up to 2026, so September 2026 moves from 2022's 0.5849 to it.
     */
    private void publishNewerSet() throws IOException {
        String shipped = Files.readString(Path.of("carbon-factors/cn/cn-2026-11.yaml"), StandardCharsets.UTF_8);
        String newer = shipped.replace("set: cn-2026-11", "set: test-2026-12").replace("compiled: 2026-11-22", "compiled: 2026-12-01")
                .replace("sources:\n", """
                        sources:
                          - id: test-2024
                            issuer: test
                            document: a made-up announcement of 2024 grid factors
                            published: 2026-11-01
                            seenIn: LedgerRestatementTest
                        """)
                .replace("  - {id: CN_GRID_PROV_SH_2022,", "  - {id: CN_GRID_PROV_SH_2024, category: grid_electricity, form: average, region: CN-SH,"
                        + " year: 2024, value: 0.5500, unit: tCO2/MWh, source: test-2024, confidence: partly_verified}\n  - {id: CN_GRID_PROV_SH_2022,");
        Files.writeString(config.factors().directory().resolve("cn/test-2026-12.yaml"), newer, StandardCharsets.UTF_8);
    }

    private static JsonNode post(String path, int status) {
        return json(reporter().post(path).then().statusCode(status).extract().asString());
    }

    @Test
    void aNewlyPublishedFactorRestatesAClosedMonthAsVersion2WithTheDifference() throws IOException {
        Hospital h = fixtures.hospital("LREST");
        fixtures.septemberAndOctober(h);
        String september = "/api/sites/" + h.code() + "/carbon/ledgers/2026-09";
        JsonNode v1 = post(september + "/close", 201);
        assertEquals("cn-2026-11", v1.path("factorSetId").asText());
        // 150 MWh x 0.5849 + gas 21.62188809 = 109.35688809
        assertEquals("109.357", v1.at("/ledger/compliance/totalTco2").asText());
        assertEquals("unchanged", post(september + "/restate", 200).path("outcome").asText());

        publishNewerSet();
        JsonNode v2 = post(september + "/restate", 201);
        assertEquals("restated", v2.path("outcome").asText());
        assertEquals(2, v2.path("version").asInt());
        assertEquals(1, v2.path("restatesVersion").asInt());
        assertEquals("test-2026-12", v2.path("factorSetId").asText());
        assertEquals(v1.path("activities"), v2.path("activities"), "a restatement keeps the activities the month was closed with");
        // 150 MWh x 0.5500 = 82.5 + 21.62188809 = 104.12188809
        assertEquals("104.122", v2.at("/ledger/compliance/totalTco2").asText());
        JsonNode difference = v2.path("difference");
        assertEquals("cn-2026-11", difference.at("/factorSet/from").asText());
        assertEquals("test-2026-12", difference.at("/factorSet/to").asText());
        JsonNode total = figure(difference.at("/views/compliance"), "totalTco2");
        assertEquals("109.357", total.path("from").asText());
        assertEquals("104.122", total.path("to").asText());
        assertEquals("-5.235", total.path("change").asText());
        assertEquals("-5.235", figure(difference.at("/views/ghgProtocol"), "scope2LocationBased/electricityTco2e").path("change").asText());
        assertEquals(0, difference.at("/views/energy").size());
        JsonNode factor = difference.at("/factors/0");
        assertEquals("grid electricity: compliance and location-based", factor.path("role").asText());
        assertEquals("CN_GRID_PROV_SH_2022", factor.at("/from/id").asText());
        assertEquals("CN_GRID_PROV_SH_2024", factor.at("/to/id").asText());

        JsonNode again = post(september + "/restate", 200);
        assertEquals("unchanged", again.path("outcome").asText());
        assertEquals(2, again.path("version").asInt());
        leader().queryParam("version", 1).get(september).then().statusCode(200).body("status", equalTo("restated"))
                .body("contentHash", equalTo(v1.path("contentHash").asText())).body("versions", equalTo(2));
        leader().get(september).then().statusCode(200).body("version", equalTo(2)).body("status", equalTo("current"));
        auditor().queryParam("version", 1).get(september + "/verify").then().statusCode(200).body("ok", equalTo(true));
        JsonNode verified = json(auditor().get(september + "/verify").then().statusCode(200).extract().asString());
        assertTrue(verified.path("ok").asBoolean(), verified.toString());
        assertTrue(verified.path("checks").toString().contains("\"check\":\"restatement\",\"ok\":true"), verified.toString());

        // October chains to September's latest version.
        JsonNode october = post("/api/sites/" + h.code() + "/carbon/ledgers/2026-10/close", 201);
        assertEquals(2, october.at("/previous/version").asInt());
        assertEquals(v2.path("contentHash").asText(), october.at("/previous/contentHash").asText());

        List<LedgerClosedRecorder.Seen> seen = events.of(h.code());
        assertEquals(List.of("2026-09 v1 false", "2026-09 v2 true", "2026-10 v1 false"), seen.stream()
                .map(s -> s.event().month() + " v" + s.event().version() + " " + s.event().restatement()).toList());
        assertTrue(seen.stream().allMatch(LedgerClosedRecorder.Seen::committed), "observers see committed ledgers only");
        assertEquals(v2.path("contentHash").asText(), seen.get(1).event().contentHash());
    }

    @Test
    void theMonthlyJobClosesThePreviousMonthOfEachConfiguredSiteOnce() {
        String code = config.sites().get(0);
        fixtures.sql("insert into site (code, name, time_zone, floor_area_m2, grid_region, province) "
                + "values ('" + code + "', 'Job hospital', 'Asia/Shanghai', 1000, 'CN-EAST', 'CN-SH')");
        long siteId = fixtures.count("select id from site where code = ?", code);
        int incomer = new SiteFixtures(dataSource).counterPoint(siteId, null, "INC1.KWH", "kWh", "electricity", 99_999_999.9);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        YearMonth previous = YearMonth.now(shanghai).minusMonths(1);
        RawReadingFixtures raw = fixtures.raw();
        raw.batch(incomer, previous.atDay(1).atStartOfDay(shanghai).toInstant().toString(), 1000.0,
                previous.plusMonths(1).atDay(1).atStartOfDay(shanghai).toInstant().toString(), 21_000.0);
        raw.rollUp(rollups, incomer);

        List<CloseJobOutcome> first = closeJob.run();
        assertEquals(1, first.size());
        assertEquals(code, first.get(0).site());
        assertEquals(previous, first.get(0).month());
        assertEquals("closed", first.get(0).result(), first.get(0).message());
        JsonNode closed = json(leader().get("/api/sites/" + code + "/carbon/ledgers/" + previous).then().statusCode(200).extract().asString());
        assertEquals("system", closed.path("closedBy").asText());
        assertEquals("20", closed.at("/ledger/compliance/purchasedElectricityMwh").asText());

        List<CloseJobOutcome> second = closeJob.run();
        assertEquals("already-closed", second.get(0).result());
        assertEquals(1, events.of(code).size(), "closed once, announced once");
        assertFalse(events.of(code).get(0).event().restatement());

        anonymous().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'carbon-ledger' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'carbon-ledger' }.data.'lastClose." + code + "'", containsString(previous + " already-closed"));
        leader().get("/q/metrics").then().statusCode(200).body(containsString("wardwatt_carbon_close_job_months_total{result=\"closed\"}"));
    }

    private static JsonNode figure(JsonNode figures, String name) {
        for (JsonNode figure : figures) {
            if (figure.path("figure").asText().equals(name)) {
                return figure;
            }
        }
        throw new AssertionError(name + " is not among " + figures);
    }
}
