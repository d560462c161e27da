package io.wardwatt.carbon.rest;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static io.wardwatt.carbon.LedgerFixtures.entry;
import static io.wardwatt.carbon.LedgerFixtures.json;
import static io.wardwatt.carbon.LedgerFixtures.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.wardwatt.carbon.LedgerFixtures;
import io.wardwatt.carbon.LedgerFixtures.Hospital;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger in the service, through its API: a metered month from ingested readings plus manual entries, closing
 * (lock, idempotent, in order), corrections booked in the next open month, the hash chain, verification against the raw
 * readings (and what it finds when a stored row or a reading was changed behind the service's back), bad input, roles.
 */
@QuarkusTest
class LedgerResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob job;

    LedgerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new LedgerFixtures(dataSource, job);
    }

    private static String ledgers(Hospital h, String month) {
        return "/api/sites/" + h.code() + "/carbon/ledgers/" + month;
    }

    private static JsonNode close(Hospital h, String month, int status) {
        return json(reporter().post(ledgers(h, month) + "/close").then().statusCode(status).extract().asString());
    }

    private static JsonNode verify(Hospital h, String month) {
        return json(auditor().get(ledgers(h, month) + "/verify").then().statusCode(200).extract().asString());
    }

    private static long dieselDelivery(Hospital h, String month) {
        return post(entry("site", h.code(), "month", month, "carrier", "diesel", "quantity", 1.2, "unit", "t", "source", "manual",
                "reference", "delivery note DN-0912", "note", "generator fuel")).statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * September 2026 of a Shanghai hospital, computed by hand from the published factors of cn-2026-11 (the same ones as
     * LedgerCommandTest's example):
     * <pre>
     *   electricity  incomers 100,000 + 50,000 kWh = 150 MWh x 0.5849 (Shanghai, data year 2022)          =  87.735
     *   natural gas  10,000 m3 x 0.038931 GJ/m3 x 0.0153 tC/GJ x 0.99 x 44/12                              =  21.62188809
     *   diesel       1.2 t x 42.652 GJ/t x 0.0202 x 0.98 x 44/12                                            =   3.7150915648
     *   compliance   87.735 + 21.62188809 + 3.7150915648 = 113.0719796548                                 -> 113.072 tCO2
     *   market-based 150 MWh x 0.6096 (national residual, 2023) = 91.44; + fuel 25.3369796548              -> 116.777 tCO2e
     *   energy       150 MWh x 0.1229 + 10,000 m3 x 1.33 kgce + 1.2 t x 1.4571 = 18.435 + 13.3 + 1.74852  ->  33.484 tce
     *   PV           2,000 kWh generated: a memo item (2 MWh)
     * </pre>
     */
    @Test
    void aMeteredMonthWithAManualEntryPreviewsAsComputedByHand() {
        Hospital h = fixtures.hospital("LSEP");
        fixtures.septemberAndOctober(h);
        long diesel = dieselDelivery(h, "2026-09");

        JsonNode preview = json(leader().get(ledgers(h, "2026-09") + "/preview").then().statusCode(200).extract().asString());
        assertEquals("open", preview.path("status").asText());
        assertEquals("cn-2026-11", preview.path("factorSetId").asText());
        JsonNode ledger = preview.path("ledger");
        assertEquals("CN-SH", ledger.at("/region/code").asText());
        assertEquals("150", ledger.at("/compliance/purchasedElectricityMwh").asText());
        assertEquals("87.735", ledger.at("/compliance/netElectricityTco2").asText());
        assertEquals("25.337", ledger.at("/compliance/fuelCombustionTco2").asText());
        assertEquals("113.072", ledger.at("/compliance/totalTco2").asText());
        assertEquals("113.072", ledger.at("/ghgProtocol/totalLocationBasedTco2e").asText());
        assertEquals("116.777", ledger.at("/ghgProtocol/totalMarketBasedTco2e").asText());
        assertEquals("2", ledger.at("/ghgProtocol/memo/pvGeneratedMwh").asText());
        assertEquals("33.484", ledger.at("/energy/purchasedTce").asText());
        assertEquals("0.0", ledger.at("/estimatedData/ghgSharePct").asText());

        JsonNode activities = preview.at("/activities/activities");
        assertEquals("electricity", activities.at("/0/carrier").asText());
        assertEquals("150000", activities.at("/0/quantity").asText());
        assertEquals("kWh", activities.at("/0/unit").asText());
        assertEquals("metered", activities.at("/0/source").asText());
        assertEquals(h.code() + "/INC1.KWH", activities.at("/0/meters/0/point").asText());
        assertEquals("100000", activities.at("/0/meters/0/quantity").asText());
        assertEquals("50000", activities.at("/0/meters/1/quantity").asText());
        assertEquals("pv_generated", activities.at("/1/carrier").asText());
        assertEquals("natural_gas", activities.at("/2/carrier").asText());
        assertEquals("10000", activities.at("/2/quantity").asText());
        assertEquals("diesel", activities.at("/3/carrier").asText());
        assertEquals(diesel, activities.at("/3/entryId").asLong());
        assertEquals("entry " + diesel, ledger.at("/entries/3/origin").asText());
        assertEquals("3.715", ledger.at("/entries/3/complianceTco2").asText());
    }

    @Test
    void closingLocksTheMonthAndACorrectionIsBookedInTheNextOpenMonth() {
        Hospital h = fixtures.hospital("LLOCK");
        fixtures.septemberAndOctober(h);
        long diesel = dieselDelivery(h, "2026-09");

        JsonNode closed = close(h, "2026-09", 201);
        assertEquals("closed", closed.path("outcome").asText());
        assertEquals(1, closed.path("version").asInt());
        assertEquals("current", closed.path("status").asText());
        assertTrue(closed.path("previous").isNull(), "the site's first closed month starts its chain");
        assertTrue(closed.path("contentHash").asText().matches("[0-9a-f]{64}"));
        assertEquals("113.072", closed.at("/ledger/compliance/totalTco2").asText());
        assertEquals("reporter", closed.path("closedBy").asText());

        JsonNode again = close(h, "2026-09", 200);
        assertEquals("already-closed", again.path("outcome").asText());
        assertEquals(closed.path("contentHash"), again.path("contentHash"));
        assertEquals(closed.path("closedAt"), again.path("closedAt"));

        // Nothing more goes into September: the entry is refused and nothing stored changes.
        post(entry("site", h.code(), "month", "2026-09", "carrier", "diesel", "quantity", 0.4, "unit", "t", "reference", "DN-0930"))
                .statusCode(409).body("error", containsString(h.code() + " 2026-09 is closed")).body("error", containsString("adjustsEntryId"));
        post(entry("site", h.code(), "month", "2026-09", "carrier", "lpg", "quantity", 20, "unit", "kg", "source", "estimated", "note", "kitchen"))
                .statusCode(409);
        engineer().pathParam("site", h.code()).get("/api/sites/{site}/carbon/activities").then().statusCode(200).body("$", hasSize(1));
        leader().get(ledgers(h, "2026-09")).then().statusCode(200).body("contentHash", equalTo(closed.path("contentHash").asText()))
                .body("versions", equalTo(1));
        // The database itself refuses what the service refuses: an entry for the closed month, any change to a closed ledger.
        assertEquals("WL409", sqlState("insert into carbon_activity_entry (site, month, carrier, quantity, unit, source, booked_quantity,"
                + " reference, fingerprint, entered_by) values ('" + h.code() + "', '2026-09', 'diesel', 1, 't', 'manual', 1, 'x', 'f', 'sql')"));
        assertEquals("P0001", sqlState("update carbon_ledger set closed_by = 'someone else' where site = '" + h.code() + "'"));
        assertEquals("P0001", sqlState("delete from carbon_activity_entry where id = " + diesel));

        // The delivery note was misread: 1.5 t, not 1.2 t. October books the difference, then a second correction to 1.0 t.
        post(entry("site", h.code(), "month", "2026-10", "carrier", "diesel", "quantity", 1.5, "unit", "t", "adjustsEntryId", diesel,
                "reference", "DN-0912 rev. 1", "note", "delivery note misread")).statusCode(201)
                .body("correction", equalTo(true)).body("bookedQuantity", equalTo(0.3f)).body("month", equalTo("2026-10"));
        post(entry("site", h.code(), "month", "2026-10", "carrier", "diesel", "quantity", 1.0, "unit", "t", "adjustsEntryId", diesel,
                "reference", "DN-0912 rev. 2", "note", "partly returned")).statusCode(201).body("bookedQuantity", equalTo(-0.5f));
        // A correction is booked in an open month only.
        post(entry("site", h.code(), "month", "2026-09", "carrier", "diesel", "quantity", 1.5, "unit", "t", "adjustsEntryId", diesel,
                "reference", "DN-0912 rev. 1", "note", "delivery note misread")).statusCode(409);
        // September's metered electricity was under-read by 1,000 kWh: corrected in October as an estimate.
        post(entry("site", h.code(), "month", "2026-10", "carrier", "electricity", "quantity", 151000, "unit", "kWh", "adjustsMonth", "2026-09",
                "source", "estimated", "note", "incomer 2 CT ratio was wrong for two days")).statusCode(201).body("bookedQuantity", equalTo(1000));

        JsonNode october = json(leader().get(ledgers(h, "2026-10") + "/preview").then().statusCode(200).extract().asString());
        JsonNode entries = october.at("/ledger/entries");
        // metered electricity, PV, gas, then the three corrections in the order entered
        JsonNode plus = entries.get(3);
        assertEquals("diesel", plus.path("carrier").asText());
        assertTrue(plus.path("correction").asBoolean());
        assertTrue(plus.path("origin").asText().matches("entry \\d+, correcting entry " + diesel + " to 1.5 t \\(booked 1.2 t before\\)"),
                plus.path("origin").asText());
        // 0.3 t x 42.652 x 0.0202 x 0.98 x 44/12 = 0.9287728912
        assertEquals("0.929", plus.path("complianceTco2").asText());
        // -0.5 t: 1.5479548187 taken off
        assertEquals("-1.548", entries.get(4).path("complianceTco2").asText());
        assertTrue(entries.get(4).path("origin").asText().endsWith("to 1.0 t (booked 1.5 t before)"), entries.get(4).path("origin").asText());
        JsonNode electricity = entries.get(5);
        assertEquals("electricity", electricity.path("carrier").asText());
        assertEquals("estimated", electricity.path("source").asText());
        assertEquals("1", electricity.path("quantity").asText());
        assertTrue(electricity.path("origin").asText().contains("correcting metered electricity of 2026-09 to 151000 kWh (booked 150000 kWh before)"));
        // October: incomers 60,000 + 40,000 kWh metered + 1,000 kWh corrected = 101 MWh bought
        assertEquals("101", october.at("/ledger/compliance/purchasedElectricityMwh").asText());
        leader().pathParam("site", h.code()).get("/api/sites/{site}/carbon/ledgers").then().statusCode(200)
                .body("month", org.hamcrest.Matchers.contains("2026-10", "2026-09"))
                .body("status", org.hamcrest.Matchers.contains("open", "closed"));
    }

    @Test
    void monthsAreChainedByHashAndVerifyAgainstTheRawReadings() {
        Hospital h = fixtures.hospital("LCHAIN");
        fixtures.septemberAndOctober(h);
        dieselDelivery(h, "2026-09");
        JsonNode september = close(h, "2026-09", 201);
        JsonNode october = close(h, "2026-10", 201);
        assertEquals("2026-09", october.at("/previous/month").asText());
        assertEquals(1, october.at("/previous/version").asInt());
        assertEquals(september.path("contentHash").asText(), october.at("/previous/contentHash").asText());
        assertNotEquals(september.path("contentHash"), october.path("contentHash"));

        JsonNode verified = verify(h, "2026-10");
        assertTrue(verified.path("ok").asBoolean(), verified.toString());
        assertEquals(october.path("contentHash"), verified.path("contentHash"));
        assertEquals(0, verified.path("differences").size());
        for (JsonNode check : verified.path("checks")) {
            assertTrue(check.path("ok").asBoolean(), check.toString());
        }
        assertTrue(verified.toString().contains("1 link(s) back to 2026-09"), verified.toString());
        assertTrue(verify(h, "2026-09").path("ok").asBoolean());
        leader().pathParam("site", h.code()).get("/api/sites/{site}/carbon/ledgers").then().statusCode(200)
                .body("month", org.hamcrest.Matchers.contains("2026-10", "2026-09"))
                .body("[1].status", equalTo("closed"))
                .body("[1].contentHash", equalTo(september.path("contentHash").asText()))
                .body("[1].totals.complianceTco2", equalTo(113.072f));
    }

    @Test
    void verifyFindsAStoredLedgerChangedBehindTheServicesBack() {
        Hospital h = fixtures.hospital("LTAMPER");
        fixtures.septemberAndOctober(h);
        close(h, "2026-09", 201);
        close(h, "2026-10", 201);
        fixtures.sql("begin",
                "alter table carbon_ledger disable trigger carbon_ledger_immutable",
                "update carbon_ledger set ledger_text = replace(ledger_text, '\"totalTco2\" : 109.357', '\"totalTco2\" : 99.357') "
                        + "where site = '" + h.code() + "' and month = '2026-09'",
                "alter table carbon_ledger enable trigger carbon_ledger_immutable",
                "commit");

        JsonNode september = verify(h, "2026-09");
        assertFalse(september.path("ok").asBoolean());
        JsonNode hash = check(september, "content hash");
        assertFalse(hash.path("ok").asBoolean());
        assertTrue(hash.path("detail").asText().contains("the row was changed after it was closed"));
        JsonNode difference = september.path("differences").get(0);
        assertEquals("ledger", difference.path("in").asText());
        assertEquals("/compliance/totalTco2", difference.path("where").asText());
        assertEquals("99.357", difference.path("stored").asText());
        // no diesel here: 87.735 + 21.62188809 = 109.35688809
        assertEquals("109.357", difference.path("recomputed").asText());

        JsonNode october = verify(h, "2026-10");
        assertFalse(october.path("ok").asBoolean());
        assertTrue(check(october, "content hash").path("ok").asBoolean(), "October itself is as it was closed");
        assertFalse(check(october, "chain").path("ok").asBoolean());
        assertTrue(check(october, "chain").path("detail").asText().contains("the previous ledger's stored content hashes to"));
    }

    @Test
    void verifyFindsARawReadingChangedAfterClosing() {
        Hospital h = fixtures.hospital("LRAW");
        fixtures.septemberAndOctober(h);
        close(h, "2026-09", 201);
        fixtures.sql("update reading set value = 1110000 where point_id = " + h.inc1() + " and ts = '" + LedgerFixtures.OCT_START + "'");

        JsonNode verified = verify(h, "2026-09");
        assertFalse(verified.path("ok").asBoolean());
        assertTrue(check(verified, "content hash").path("ok").asBoolean());
        assertFalse(check(verified, "activities").path("ok").asBoolean());
        assertFalse(check(verified, "ledger").path("ok").asBoolean());
        String differences = verified.path("differences").toString();
        assertTrue(differences.contains("{\"in\":\"activities\",\"where\":\"/activities/0/quantity\",\"stored\":\"150000\",\"recomputed\":\"160000\"}"),
                differences);
        assertTrue(differences.contains("{\"in\":\"ledger\",\"where\":\"/compliance/purchasedElectricityMwh\",\"stored\":\"150\",\"recomputed\":\"160\"}"),
                differences);
    }

    @Test
    void monthsAreClosedInOrderAndOnlyOnceEnded() {
        Hospital h = fixtures.hospital("LORDER");
        String current = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        reporter().post(ledgers(h, current) + "/close").then().statusCode(409).body("error", containsString("has not ended"));
        close(h, "2026-07", 201);
        reporter().post(ledgers(h, "2026-09") + "/close").then().statusCode(409).body("error", containsString("close 2026-08 first"));
        reporter().post(ledgers(h, "2026-06") + "/close").then().statusCode(409).body("error", containsString("starts at 2026-07"));
        JsonNode august = close(h, "2026-08", 201);
        assertEquals("2026-07", august.at("/previous/month").asText());
        leader().get(ledgers(h, "2026-09")).then().statusCode(404);
        reporter().post(ledgers(h, "2026-09") + "/restate").then().statusCode(409).body("error", containsString("is not closed"));
    }

    @Test
    void aMonthWithoutFactorsIsRefusedAndNothingIsStored() {
        Hospital h = fixtures.hospital("LNOFAC");
        // MEE/NBS grid factors start with data year 2021: July 2019 has none up to its own year.
        leader().get(ledgers(h, "2019-07") + "/preview").then().statusCode(400)
                .body("problems[0].where", equalTo("2019-07 CN-SH"))
                .body("problems[0].problem", containsString("no grid_electricity average factor in set cn-2026-11"));
        reporter().post(ledgers(h, "2019-07") + "/close").then().statusCode(400).body("problems[0].where", equalTo("2019-07 CN-SH"));
        leader().get(ledgers(h, "2019-07")).then().statusCode(404);
        leader().pathParam("site", h.code()).get("/api/sites/{site}/carbon/ledgers").then().statusCode(200).body("$", hasSize(0));
        assertEquals(0, fixtures.count("select count(*) from carbon_ledger where site = ?", h.code()));
        leader().get(ledgers(h, "2019-13") + "/preview").then().statusCode(400).body("problems[0].where", equalTo("month"));
        leader().get("/api/sites/NO-SUCH-SITE/carbon/ledgers/2026-09/preview").then().statusCode(404);
    }

    @Test
    void rolesOfTheLedgerEndpoints() {
        Hospital h = fixtures.hospital("LROLE");
        anonymous().post(ledgers(h, "2026-07") + "/close").then().statusCode(401);
        engineer().post(ledgers(h, "2026-07") + "/close").then().statusCode(403);
        leader().post(ledgers(h, "2026-07") + "/close").then().statusCode(403);
        auditor().post(ledgers(h, "2026-07") + "/close").then().statusCode(403);
        admin().post(ledgers(h, "2026-07") + "/close").then().statusCode(201).body("closedBy", equalTo("admin"));
        anonymous().post(ledgers(h, "2026-07") + "/restate").then().statusCode(401);
        leader().post(ledgers(h, "2026-07") + "/restate").then().statusCode(403);
        reporter().post(ledgers(h, "2026-07") + "/restate").then().statusCode(200).body("outcome", equalTo("unchanged"))
                .body("version", equalTo(1)).body("difference", nullValue());
        anonymous().get(ledgers(h, "2026-07")).then().statusCode(401);
        engineer().get(ledgers(h, "2026-07")).then().statusCode(403);
        engineer().get(ledgers(h, "2026-07") + "/verify").then().statusCode(403);
        engineer().get(ledgers(h, "2026-07") + "/preview").then().statusCode(403);
        for (var reader : new io.restassured.specification.RequestSpecification[] {leader(), auditor(), reporter(), admin()}) {
            reader.get(ledgers(h, "2026-07")).then().statusCode(200).body("version", equalTo(1));
        }
        auditor().get(ledgers(h, "2026-07") + "/verify").then().statusCode(200).body("ok", equalTo(true));
        // the close and the verification are in the audit log
        auditor().queryParam("entityType", "carbon_ledger").queryParam("entityId", h.code() + "/2026-07/v1").get("/api/audit").then()
                .statusCode(200).body("action", org.hamcrest.Matchers.hasItems("close", "verify"));
    }

    /** The SQLSTATE a statement fails with. */
    private String sqlState(String statement) {
        try {
            fixtures.sql(statement);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof java.sql.SQLException sql) {
                return sql.getSQLState();
            }
            throw e;
        }
        throw new AssertionError("the database accepted: " + statement);
    }

    private static JsonNode check(JsonNode verification, String name) {
        for (JsonNode check : verification.path("checks")) {
            if (check.path("check").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + verification);
    }

    @Test
    void theCloseScheduleIsTheConfiguredOneInWords() {
        // the test profile switches the job off (wardwatt.carbon.close.cron=off): months are closed on request only
        reporter().get("/api/sites/HOSP/carbon/close-schedule").then().statusCode(200)
                .body("site", equalTo("HOSP")).body("scheduled", equalTo(false)).body("closesSite", equalTo(true))
                .body("cron", equalTo("off")).body("timeZone", equalTo("Asia/Shanghai")).body("nextRun", nullValue());
        Hospital other = fixtures.hospital("SCHED");
        leader().get("/api/sites/" + other.code() + "/carbon/close-schedule").then().statusCode(200).body("closesSite", equalTo(false));
        engineer().get("/api/sites/HOSP/carbon/close-schedule").then().statusCode(403);
        reporter().get("/api/sites/NOSUCHSITE/carbon/close-schedule").then().statusCode(404);

        CloseScheduleView monthly = CloseScheduleView.of("HOSP", true, "0 0 3 2 * ?", "Asia/Shanghai", null);
        assertEquals(2, monthly.dayOfMonth());
        assertEquals("03:00", monthly.time());
        assertTrue(monthly.scheduled());
        CloseScheduleView odd = CloseScheduleView.of("HOSP", true, "0 30 4 L * ?", "Asia/Shanghai", null);
        assertEquals(null, odd.dayOfMonth(), "the last day is not one day of the month");
        assertEquals("04:30", odd.time());
    }
}
