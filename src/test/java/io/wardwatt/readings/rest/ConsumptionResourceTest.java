package io.wardwatt.readings.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import io.wardwatt.SiteFixtures;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsumptionResourceTest {

    /** Decimals as doubles, so closeTo compares them. */
    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob job;

    SiteFixtures sites;
    RawReadingFixtures raw;

    @BeforeEach
    void fixtures() {
        sites = new SiteFixtures(dataSource);
        raw = new RawReadingFixtures(dataSource);
    }

    /** A counter that consumes {@code quantity} of its unit between 00:00Z and 01:00Z on 10 January 2030. */
    private int meter(long site, Long space, String code, String unit, String carrier, double quantity) {
        int id = sites.counterPoint(site, space, code, unit, carrier, 1_000_000);
        raw.batch(id, "2030-01-10T00:00:00Z", 0, "2030-01-10T01:00:00Z", quantity);
        raw.rollUp(job, id);
        return id;
    }

    private static RequestSpecification day(String resolution) {
        return leader().config(DECIMALS).queryParam("from", "2030-01-10").queryParam("to", "2030-01-11").queryParam("resolution", resolution);
    }

    @Test
    void subMetersBelowAMeteredSpaceAreNotCountedTwice() {
        long site = sites.site("NEST", "Asia/Shanghai");
        String code = sites.siteCode(site);
        long campus = sites.space(site, null, "CAMPUS", "CAMPUS", 196_000);
        long b1 = sites.space(site, campus, "B1", "BUILDING", 40_000);
        long f1 = sites.space(site, b1, "B1-F1", "FLOOR", 5_000);
        long f2 = sites.space(site, b1, "B1-F2", "FLOOR", 5_000);
        long b2 = sites.space(site, campus, "B2", "BUILDING", 30_000);
        long b2f1 = sites.space(site, b2, "B2-F1", "FLOOR", 5_000);
        meter(site, b1, "B1-MAIN", "kWh", "electricity", 100);
        meter(site, f1, "B1-F1-SUB", "kWh", "electricity", 40);
        meter(site, b2f1, "B2-F1-SUB", "MWh", "electricity", 0.5);
        meter(site, f2, "B1-F2-STEAM", "kg", "steam", 2000);
        sites.valuePoint(site, "B1-TEMP", "degC");

        day("1d").get("/api/sites/" + code + "/consumption").then().statusCode(200)
                .body("rule", containsString("top-most metered level"))
                .body("zone", equalTo("Asia/Shanghai"))
                .body("carriers.carrier", contains("electricity", "steam"))
                .body("carriers[0].unit", equalTo("kWh"))
                .body("carriers[0].total", closeTo(600, 1e-6))
                .body("carriers[0].points.key", containsInAnyOrder(code + "/B1-MAIN", code + "/B2-F1-SUB"))
                .body("carriers[0].points.find { it.key == '" + code + "/B1-MAIN' }.space", equalTo("B1"))
                .body("carriers[0].buckets.period", contains("2030-01-10"))
                .body("carriers[1].unit", equalTo("t"))
                .body("carriers[1].total", closeTo(2, 1e-9))
                .body("ignored.key", contains(code + "/B1-F1-SUB"))
                .body("ignored[0].reason", containsString("space B1 above it is metered"));

        day("1h").queryParam("space", "B1").get("/api/sites/" + code + "/consumption").then().statusCode(200)
                .body("space", equalTo("B1"))
                .body("carriers[0].total", closeTo(100, 1e-9))
                .body("carriers[0].buckets.start", contains("2030-01-10T00:00:00Z"))
                .body("carriers[1].total", closeTo(2, 1e-9))
                .body("ignored.key", contains(code + "/B1-F1-SUB"));

        day("1h").queryParam("space", "B1-F1").get("/api/sites/" + code + "/consumption").then().statusCode(200)
                .body("carriers.carrier", contains("electricity"))
                .body("carriers[0].total", closeTo(40, 1e-9))
                .body("ignored", hasSize(0));
    }

    @Test
    void siteLevelMainMetersWinOverSpaceMeters() {
        long site = sites.site("MAIN", "Asia/Shanghai");
        String code = sites.siteCode(site);
        long b1 = sites.space(site, null, "B1", "BUILDING", 40_000);
        meter(site, null, "GRID-MAIN", "kWh", "electricity", 1000);
        meter(site, b1, "B1-MAIN", "kWh", "electricity", 300);
        meter(site, b1, "B1-GAS", "m3", "natural_gas", 12);

        leader().config(DECIMALS).queryParam("from", "2030-01").queryParam("to", "2030-02").queryParam("resolution", "1mo")
                .get("/api/sites/" + code + "/consumption").then().statusCode(200)
                .body("carriers.carrier", contains("electricity", "natural_gas"))
                .body("carriers[0].total", closeTo(1000, 1e-9))
                .body("carriers[0].points.key", contains(code + "/GRID-MAIN"))
                .body("carriers[0].buckets.period", contains("2030-01"))
                .body("carriers[1].total", closeTo(12, 1e-9))
                .body("ignored.key", contains(code + "/B1-MAIN"))
                .body("ignored[0].reason", containsString("site-level main meter"));
    }

    @Test
    void readsNeedALoginAndBadParametersAreNamed() {
        long site = sites.site("CPAR", "Asia/Shanghai");
        String path = "/api/sites/" + sites.siteCode(site) + "/consumption";
        anonymous().queryParam("from", "2030-01-10").queryParam("to", "2030-01-11").get(path).then().statusCode(401);
        day("15m").get(path).then().statusCode(400).body("problems.where", contains("resolution"));
        day("1d").queryParam("space", "NOWHERE").get(path).then().statusCode(400).body("problems.where", contains("space"));
        leader().queryParam("from", "2030-01-10").queryParam("to", "not-a-date").get(path).then().statusCode(400)
                .body("problems.where", contains("to"));
        day("1d").get("/api/sites/NO-SUCH-SITE/consumption").then().statusCode(404);
        day("1d").get(path).then().statusCode(200).body("carriers", hasSize(0));
    }
}
