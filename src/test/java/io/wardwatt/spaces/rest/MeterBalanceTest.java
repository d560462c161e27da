package io.wardwatt.spaces.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.wardwatt.SiteFixtures;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Space energy and the balance check over real readings and rollups. Two buildings, each metered and with two metered
 * floors; the day 2030-03-05 in Shanghai. B1's meter measures 108 kWh against its floors' 100 (8 % above: out of the
 * 3 % allowance), B2's 102 against 100 (2 % above: within it).
 */
@QuarkusTest
class MeterBalanceTest {

    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob job;

    SiteFixtures sites;
    RawReadingFixtures raw;
    String site;

    @BeforeEach
    void fixtures() {
        sites = new SiteFixtures(dataSource);
        raw = new RawReadingFixtures(dataSource);
        long id = sites.site("BAL", "Asia/Shanghai");
        site = sites.siteCode(id);
        long campus = sites.space(id, null, "CAMPUS", "CAMPUS", 100_000);
        long b1 = sites.space(id, campus, "B1", "BUILDING", 40_000);
        long b2 = sites.space(id, campus, "B2", "BUILDING", 30_000);
        meter(id, b1, "B1.KWH", 108);
        meter(id, sites.space(id, b1, "B1-F1", "FLOOR", 5_000), "B1-F1.KWH", 60);
        meter(id, sites.space(id, b1, "B1-F2", "FLOOR", 5_000), "B1-F2.KWH", 40);
        meter(id, b2, "B2.KWH", 102);
        long b2f1 = sites.space(id, b2, "B2-F1", "FLOOR", 5_000);
        meter(id, sites.space(id, b2f1, "B2-F1-ICU", "DEPARTMENT", 800), "B2-F1-ICU.KWH", 70);
        meter(id, sites.space(id, b2, "B2-F2", "FLOOR", 5_000), "B2-F2.KWH", 30);
    }

    /** A kWh counter consuming {@code kwh} over the local day 2030-03-05 (its readings at the day's two local midnights). */
    private void meter(long siteId, long space, String code, double kwh) {
        int id = sites.counterPoint(siteId, space, code, "kWh", "electricity", 1_000_000);
        raw.batch(id, "2030-03-04T16:00:00Z", 1000, "2030-03-05T04:00:00Z", 1000 + kwh / 2, "2030-03-05T16:00:00Z", 1000 + kwh);
        raw.rollUp(job, id);
    }

    @Test
    void aParentEightPercentAboveItsChildrenRaisesOneAlertTwoPercentNone() {
        String evaluate = "/api/sites/" + site + "/meter-balance/evaluate";
        long id = ((Number) engineer().config(DECIMALS).queryParam("period", "2030-03-05").post(evaluate).then().statusCode(200)
                .body("lossAllowance", closeTo(0.03, 1e-12))
                .body("groups.group", contains("B1:electricity", "B2:electricity"))
                .body("groups[0].parents", contains("B1.KWH"))
                .body("groups[0].children", contains("B1-F1.KWH", "B1-F2.KWH"))
                .body("groups[0].parentTotal", closeTo(108, 1e-6))
                .body("groups[0].childrenTotal", closeTo(100, 1e-6))
                .body("groups[0].deviation", closeTo(8.0 / 108, 1e-9))
                .body("groups[0].imbalanced", equalTo(true))
                // B2's first floor is not metered itself: its department's meter is the next metered level.
                .body("groups[1].children", contains("B2-F1-ICU.KWH", "B2-F2.KWH"))
                .body("groups[1].deviation", closeTo(2.0 / 102, 1e-9))
                .body("groups[1].imbalanced", equalTo(false))
                .body("alertIds", hasSize(1))
                .extract().path("alertIds[0]")).longValue();

        long again = ((Number) engineer().queryParam("period", "2030-03-05").post(evaluate).then().statusCode(200)
                .extract().path("alertIds[0]")).longValue();
        assertEquals(id, again);

        leader().config(DECIMALS).pathParam("site", site).queryParam("status", "all").get("/api/sites/{site}/alerts").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].kind", equalTo("meter-imbalance"))
                .body("[0].source", equalTo("B1:electricity"))
                .body("[0].measured", closeTo(108, 1e-6))
                .body("[0].expected", closeTo(100, 1e-6))
                .body("[0].text", containsString("+7.4 %"))
                .body("[0].message.key", equalTo("alert.text.meter-imbalance"))
                .body("[0].message.args.group", equalTo("B1:electricity"))
                .body("[0].message.args.parentTotal", closeTo(108, 1e-6))
                .body("[0].message.args.deviationPct", closeTo(7.4, 0.05));

        // The month is its own period: one more alert, for March.
        engineer().queryParam("period", "2030-03").post(evaluate).then().statusCode(200).body("alertIds", hasSize(1));
        leader().pathParam("site", site).queryParam("kind", "meter-imbalance").get("/api/sites/{site}/alerts").then().statusCode(200)
                .body("period", containsInAnyOrder("2030-03", "2030-03-05"));
    }

    @Test
    void lookingRaisesNothing() {
        leader().queryParam("period", "2030-03-05").get("/api/sites/" + site + "/meter-balance").then().statusCode(200)
                .body("groups.imbalanced", contains(true, false)).body("alertIds", empty());
        leader().pathParam("site", site).queryParam("status", "all").get("/api/sites/{site}/alerts").then().statusCode(200).body("", empty());
    }

    @Test
    void consumptionPerLevelCountsNoSubMeterTwice() {
        String path = "/api/sites/" + site + "/space-energy";
        leader().config(DECIMALS).queryParam("from", "2030-03-05").queryParam("to", "2030-03-06").queryParam("level", "BUILDING")
                .get(path).then().statusCode(200)
                .body("spaces.space", contains("B1", "B2"))
                .body("spaces[0].carriers[0].total", closeTo(108, 1e-6))
                .body("spaces[0].carriers[0].meters", contains("B1.KWH"))
                .body("spaces[1].carriers[0].total", closeTo(102, 1e-6));
        leader().config(DECIMALS).queryParam("from", "2030-03-05").queryParam("to", "2030-03-06").queryParam("level", "FLOOR")
                .get(path).then().statusCode(200)
                .body("spaces.space", contains("B1-F1", "B1-F2", "B2-F1", "B2-F2"))
                .body("spaces.carriers.flatten().total", contains(closeTo(60, 1e-6), closeTo(40, 1e-6), closeTo(70, 1e-6), closeTo(30, 1e-6)))
                .body("spaces[2].parent", equalTo("B2"));
        leader().queryParam("from", "2030-03-05").queryParam("to", "2030-03-06").queryParam("level", "DEPARTMENT")
                .get(path).then().statusCode(200).body("spaces.space", contains("B2-F1-ICU"));
    }

    /**
     * A meter tree with every flow, one day (2030-03-05, Shanghai). Building FB: grid import GRID.KWH 1,000 kWh and its
     * export register GRID.EXP 50 kWh, a duplicate register GRID.TOT (import + export) 1,050, all on FB; the roof FB-ROOF:
     * PV 300 kWh generated; the plant room FB-PLANT: PLANT.KWH 400 kWh (a sub-meter of GRID.KWH), the chillers CH1.KWH
     * 250 and CH2.KWH 150 (sub-meters of PLANT.KWH, in the same room), a battery charged 80 and discharged 60.
     */
    @Test
    void eachFlowIsCountedOnceDownTheMeterTree() {
        long id = sites.site("FLW", "Asia/Shanghai");
        String flows = sites.siteCode(id);
        long building = sites.space(id, sites.space(id, null, "CAMPUS", "CAMPUS", 100_000), "FB", "BUILDING", 20_000);
        long roof = sites.space(id, building, "FB-ROOF", "FLOOR", 2_000);
        long plant = sites.space(id, building, "FB-PLANT", "FLOOR", 2_000);
        meter(id, building, "GRID.KWH", 1000, null, null);
        meter(id, building, "GRID.EXP", 50, "EXPORT", null);
        meter(id, building, "GRID.TOT", 1050, "DUPLICATE", null);
        meter(id, roof, "PV.KWH", 300, "GENERATION", null);
        meter(id, plant, "PLANT.KWH", 400, null, "GRID.KWH");
        meter(id, plant, "CH1.KWH", 250, null, "PLANT.KWH");
        meter(id, plant, "CH2.KWH", 150, null, "PLANT.KWH");
        meter(id, plant, "BAT.CHG", 80, "STORAGE_CHARGE", null);
        meter(id, plant, "BAT.DIS", 60, "STORAGE_DISCHARGE", null);
        String path = "/api/sites/" + flows + "/space-energy";
        // FB: consumption is its import meter alone, 1,000 (not 1,000 + 50 + 1,050 + 300 + 400 + 250 + 150 + 80 + 60 = 3,340:
        // the export, the duplicate, the PV, the battery and the plant-room meters below it are not consumption of FB);
        // generation 300, export 50, storage 80 in and 60 out, each as its own flow.
        leader().config(DECIMALS).queryParam("from", "2030-03-05").queryParam("to", "2030-03-06").queryParam("level", "BUILDING")
                .get(path).then().statusCode(200)
                .body("spaces.space", contains("FB"))
                .body("spaces[0].carriers.carrier", contains("electricity"))
                .body("spaces[0].carriers[0].total", closeTo(1000, 1e-6))
                .body("spaces[0].carriers[0].meters", contains("GRID.KWH"))
                .body("spaces[0].carriers[0].flows.flow", contains("consumption", "generation", "export", "storage-charge", "storage-discharge"))
                .body("spaces[0].carriers[0].flows.total", contains(closeTo(1000, 1e-6), closeTo(300, 1e-6), closeTo(50, 1e-6),
                        closeTo(80, 1e-6), closeTo(60, 1e-6)));
        // The plant room: PLANT.KWH 400 counts (its parent GRID.KWH is outside the room), the chillers' 250 + 150 are inside
        // it (not 400 + 250 + 150 = 800); the battery is storage, not consumption. The roof has no consumption meter: no
        // consumption figure (null, not 0), 300 generated.
        leader().config(DECIMALS).queryParam("from", "2030-03-05").queryParam("to", "2030-03-06").queryParam("level", "FLOOR")
                .get(path).then().statusCode(200)
                .body("spaces.space", contains("FB-PLANT", "FB-ROOF"))
                .body("spaces[0].carriers[0].total", closeTo(400, 1e-6))
                .body("spaces[0].carriers[0].meters", contains("PLANT.KWH"))
                .body("spaces[0].carriers[0].flows.flow", contains("consumption", "storage-charge", "storage-discharge"))
                .body("spaces[0].carriers[0].flows.total", contains(closeTo(400, 1e-6), closeTo(80, 1e-6), closeTo(60, 1e-6)))
                .body("spaces[1].carriers[0].total", equalTo(null))
                .body("spaces[1].carriers[0].flows.flow", contains("generation"))
                .body("spaces[1].carriers[0].flows[0].total", closeTo(300, 1e-6));
        // The consumption query counts the same way and says why each other counter was left out.
        leader().config(DECIMALS).queryParam("from", "2030-03-05").queryParam("to", "2030-03-06").queryParam("space", "FB-PLANT")
                .get("/api/sites/" + flows + "/consumption").then().statusCode(200)
                .body("carriers[0].total", closeTo(400, 1e-6))
                .body("carriers[0].points.key", contains(flows + "/PLANT.KWH"))
                .body("ignored.find { it.key == '" + flows + "/CH1.KWH' }.reason", equalTo("sub-meter of " + flows + "/PLANT.KWH, which is counted"))
                .body("ignored.find { it.key == '" + flows + "/BAT.CHG' }.reason", containsString("storage charge, a flow of its own"));
        // The whole site: the grid import, 1,000.
        leader().config(DECIMALS).queryParam("from", "2030-03-05").queryParam("to", "2030-03-06")
                .get("/api/sites/" + flows + "/consumption").then().statusCode(200)
                .body("carriers[0].total", closeTo(1000, 1e-6))
                .body("ignored.find { it.key == '" + flows + "/GRID.TOT' }.reason", containsString("never added"));
        // The balance judges the plant meter against its sub-meters (400 against 250 + 150), not against itself.
        engineer().config(DECIMALS).queryParam("period", "2030-03-05").get("/api/sites/" + flows + "/meter-balance").then().statusCode(200)
                .body("groups.find { it.group == 'PLANT.KWH:electricity' }.children", contains("CH1.KWH", "CH2.KWH"))
                .body("groups.find { it.group == 'PLANT.KWH:electricity' }.deviation", closeTo(0, 1e-9));
    }

    /** As {@link #meter(long, long, String, double)}, with the flow (null: consumption) and parent meter the site data gives. */
    private void meter(long siteId, long space, String code, double kwh, String flow, String parentMeter) {
        meter(siteId, space, code, kwh);
        try (var c = dataSource.getConnection();
             var ps = c.prepareStatement("update point set flow = ?, parent_meter = ? where site_id = ? and code = ?")) {
            ps.setString(1, flow);
            ps.setString(2, parentMeter);
            ps.setLong(3, siteId);
            ps.setString(4, code);
            assertEquals(1, ps.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void rolesAndBadInput() {
        String evaluate = "/api/sites/" + site + "/meter-balance/evaluate";
        anonymous().queryParam("period", "2030-03-05").post(evaluate).then().statusCode(401);
        leader().queryParam("period", "2030-03-05").post(evaluate).then().statusCode(403);
        auditor().queryParam("period", "2030-03-05").post(evaluate).then().statusCode(403);
        reporter().queryParam("period", "2030-03-05").get("/api/sites/" + site + "/meter-balance").then().statusCode(403);
        engineer().queryParam("period", "2030-13").post(evaluate).then().statusCode(400).body("problems.where", contains("period"));
        engineer().queryParam("period", "last week").post(evaluate).then().statusCode(400).body("problems.where", contains("period"));
        engineer().post(evaluate).then().statusCode(400).body("problems.where", contains("period"));
        engineer().queryParam("period", "2030-03-05").post("/api/sites/NO-SUCH-SITE/meter-balance/evaluate").then().statusCode(404);
        String path = "/api/sites/" + site + "/space-energy";
        anonymous().queryParam("from", "2030-03-05").queryParam("to", "2030-03-06").queryParam("level", "FLOOR").get(path).then()
                .statusCode(401);
        leader().queryParam("from", "2030-03-05").queryParam("to", "2030-03-06").queryParam("level", "WING").get(path).then()
                .statusCode(400).body("problems.where", contains("level"));
        leader().queryParam("from", "2030-03-06").queryParam("to", "2030-03-05").queryParam("level", "FLOOR").get(path).then()
                .statusCode(400).body("problems.where", contains("to"));
        // Refused requests stored nothing.
        leader().pathParam("site", site).queryParam("status", "all").get("/api/sites/{site}/alerts").then().statusCode(200).body("", empty());
    }
}
