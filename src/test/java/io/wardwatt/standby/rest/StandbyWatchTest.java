package io.wardwatt.standby.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The standby watch over real readings and rollups, against the demo standards file (MRI1 is an MRI 3.0 T, standard
 * 20 kW; MRI2 an MRI 1.5 T, standard 14 kW). The test site's day 2030-02-10 (Asia/Shanghai): standby from local 00:00
 * to 08:00, then scanning until 10:00.
 */
@QuarkusTest
class StandbyWatchTest {

    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    /** Local midnight of 2030-02-10 in Shanghai. */
    static final Instant DAY_START = Instant.parse("2030-02-09T16:00:00Z");

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

    /**
     * A device's KW and STATE points with readings every 5 minutes: 8 h in standby drawing standbyKw ± 0.5 (the mean is
     * standbyKw), then 2 h scanning at 75 kW.
     */
    private void device(long site, String code, double standbyKw) {
        int kw = sites.valuePoint(site, code + ".KW", "kW");
        int state = sites.valuePoint(site, code + ".STATE", "state");
        List<Object> power = new ArrayList<>();
        List<Object> states = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String ts = DAY_START.plusSeconds(300L * i).toString();
            boolean standby = i < 96;
            power.add(ts);
            power.add(standby ? standbyKw + (i % 2 == 0 ? -0.5 : 0.5) : 75.0);
            states.add(ts);
            states.add(standby ? 1 : 3);
        }
        raw.batch(kw, power.toArray());
        raw.batch(state, states.toArray());
        raw.rollUp(job, kw, state);
    }

    @Test
    void aDeviceTwentyPercentAboveItsStandardRaisesOneAlertWithTheKwhWasted() {
        long site = sites.site("STBY", "Asia/Shanghai");
        String code = sites.siteCode(site);
        device(site, "MRI1", 24.0);   // 20 % above 20 kW
        device(site, "MRI2", 15.4);   // 10 % above 14 kW
        String evaluate = "/api/sites/" + code + "/standby/evaluate";

        long id = ((Number) engineer().config(DECIMALS).queryParam("day", "2030-02-10").post(evaluate).then().statusCode(200)
                .body("findings.device", contains("MRI1", "MRI2"))
                .body("findings[0].drawKw", closeTo(24.0, 1e-6))
                .body("findings[0].standbyHours", closeTo(8.0, 1e-9))
                .body("findings[0].kwhWasted", closeTo(32.0, 1e-6))
                .body("findings[0].alert", equalTo(true))
                .body("findings[1].drawKw", closeTo(15.4, 1e-6))
                .body("findings[1].excess", closeTo(0.10, 1e-6))
                .body("findings[1].alert", equalTo(false))
                .body("alertIds", hasSize(1))
                .extract().path("alertIds[0]")).longValue();

        // Evaluating the same day again updates the alert; it never adds a second one.
        long again = ((Number) engineer().queryParam("day", "2030-02-10").post(evaluate).then().statusCode(200)
                .extract().path("alertIds[0]")).longValue();
        assertEquals(id, again);

        leader().config(DECIMALS).pathParam("site", code).queryParam("status", "all").get("/api/sites/{site}/alerts").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].kind", equalTo("standby-excess"))
                .body("[0].source", equalTo("MRI1"))
                .body("[0].period", equalTo("2030-02-10"))
                .body("[0].measured", closeTo(24.0, 1e-6))
                .body("[0].expected", closeTo(20.0, 1e-9))
                .body("[0].kwhWasted", closeTo(32.0, 1e-6))
                .body("[0].severity", equalTo("WARNING"))
                .body("[0].text", containsString("32.0 kWh wasted"))
                .body("[0].message.key", equalTo("alert.text.standby-excess"))
                .body("[0].message.args.device", equalTo("MRI1"))
                .body("[0].message.args.standardKw", closeTo(20.0, 1e-9))
                .body("[0].message.args.excessPct", closeTo(20.0, 1e-6))
                .body("[0].message.args.hours", closeTo(8.0, 1e-9))
                .body("[0].message.args.kwhWasted", closeTo(32.0, 1e-6));
    }

    @Test
    void rolesAndBadDays() {
        long site = sites.site("STBYR", "Asia/Shanghai");
        String evaluate = "/api/sites/" + sites.siteCode(site) + "/standby/evaluate";
        anonymous().queryParam("day", "2030-02-10").post(evaluate).then().statusCode(401);
        leader().queryParam("day", "2030-02-10").post(evaluate).then().statusCode(403);
        reporter().queryParam("day", "2030-02-10").post(evaluate).then().statusCode(403);
        engineer().queryParam("day", "2030-02-31").post(evaluate).then().statusCode(400).body("problems.where", contains("day"));
        engineer().post(evaluate).then().statusCode(400).body("problems.where", contains("day"));
        engineer().queryParam("day", "10/02/2030").post(evaluate).then().statusCode(400).body("problems.where", contains("day"));
        engineer().queryParam("day", "2030-02-10").post("/api/sites/NO-SUCH-SITE/standby/evaluate").then().statusCode(404);
        leader().get("/api/standby/standards").then().statusCode(200).body("types.type", contains("mri-3t", "mri-1.5t", "ct", "dsa"));
        anonymous().get("/api/standby/standards").then().statusCode(401);
    }
}
