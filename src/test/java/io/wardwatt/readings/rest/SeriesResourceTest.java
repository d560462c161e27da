package io.wardwatt.readings.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

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
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeriesResourceTest {

    /** Decimals as doubles, so closeTo compares them. */
    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob job;

    SiteFixtures sites;
    RawReadingFixtures raw;
    long site;

    @BeforeEach
    void fixtures() {
        sites = new SiteFixtures(dataSource);
        raw = new RawReadingFixtures(dataSource);
        site = sites.site("SER", "Asia/Shanghai");
    }

    private static RequestSpecification query(String from, String to, String resolution) {
        return leader().config(DECIMALS).queryParam("from", from).queryParam("to", to).queryParam("resolution", resolution);
    }

    @Test
    void readsNeedALogin() {
        int kw = sites.valuePoint(site, "ANON-KW", "kW");
        anonymous().queryParam("from", "2030-01-10").queryParam("to", "2030-01-11").get("/api/points/" + kw + "/series")
                .then().statusCode(401);
        anonymous().queryParam("point", sites.siteCode(site) + "/ANON-KW").get("/api/series").then().statusCode(401);
    }

    @Test
    void valuePointsGiveAverageMinimumMaximumAndCountPerBucket() {
        int kw = sites.valuePoint(site, "AHU-KW", "kW");
        raw.batch(kw, "2030-01-10T01:00:00Z", 10, "2030-01-10T01:05:00Z", 20, "2030-01-10T01:10:00Z", 30, "2030-01-10T01:20:00Z", 40,
                "2030-01-10T02:00:00Z", 50);
        raw.rollUp(job, kw);
        query("2030-01-10T01:00:00Z", "2030-01-10T02:00:00Z", "15m").get("/api/points/" + kw + "/series").then().statusCode(200)
                .body("point.kind", equalTo("VALUE"))
                .body("point.zone", equalTo("Asia/Shanghai"))
                .body("values.period", contains("2030-01-10T01:00:00Z", "2030-01-10T01:15:00Z"))
                .body("values.avg", contains(20.0, 40.0))
                .body("values.min", contains(10.0, 40.0))
                .body("values.max", contains(30.0, 40.0))
                .body("values.count", contains(3, 1))
                .body("consumption", nullValue());
        query("2030-01-10", "2030-01-11", "1h").get("/api/points/" + kw + "/series").then().statusCode(200)
                .body("values.avg", contains(25.0, 50.0))
                .body("values.count", contains(4, 1));
        query("2030-01-10", "2030-01-11", "1d").get("/api/points/" + kw + "/series").then().statusCode(200)
                .body("values.period", contains("2030-01-10"))
                .body("values.start", contains("2030-01-09T16:00:00Z"))
                .body("values.avg", contains(30.0))
                .body("values.max", contains(50.0));
    }

    @Test
    void rawReadingsComeWithTheirQualityAndThePointCanBeNamedBySiteAndCode() {
        int kw = sites.valuePoint(site, "RAW-KW", "kW");
        raw.reading(kw, Instant.parse("2030-01-10T01:00:00Z"), 10, 0);
        raw.reading(kw, Instant.parse("2030-01-10T01:01:00Z"), 999, 4);
        leader().config(DECIMALS).queryParam("point", sites.siteCode(site) + "/RAW-KW").queryParam("from", "2030-01-10T00:00:00Z")
                .queryParam("to", "2030-01-10T02:00:00Z").queryParam("resolution", "raw")
                .get("/api/series").then().statusCode(200)
                .body("point.id", equalTo(kw))
                .body("readings.value", contains(10.0, 999.0))
                .body("readings.quality", contains(0, 4));
    }

    @Test
    void countersGiveConsumptionInTheirUnitAndTheCarriersCanonicalUnit() {
        int mwh = sites.counterPoint(site, null, "GRID-MWH", "MWh", "electricity", 1_000_000);
        raw.batch(mwh, "2030-01-10T00:00:00Z", 100, "2030-01-10T01:00:00Z", 100.4, "2030-01-10T02:00:00Z", 101);
        raw.rollUp(job, mwh);
        query("2030-01-10T00:00:00Z", "2030-01-10T02:00:00Z", "1h").get("/api/points/" + mwh + "/series").then().statusCode(200)
                .body("point.unit", equalTo("MWh"))
                .body("point.canonicalUnit", equalTo("kWh"))
                .body("consumption.quantity", contains(closeTo(0.4, 1e-6), closeTo(0.6, 1e-6)))
                .body("consumption.canonicalQuantity", contains(closeTo(400, 1e-6), closeTo(600, 1e-6)))
                .body("total.canonicalQuantity", closeTo(1000, 1e-6))
                .body("values", nullValue());
    }

    @Test
    void monthsFollowTheSiteCalendar() {
        int meter = sites.counterPoint(site, null, "MONTH-KWH", "kWh", "electricity", 1_000_000);
        int kw = sites.valuePoint(site, "MONTH-KW", "kW");
        // 16:00Z on 31 January is midnight starting 1 February in Shanghai.
        raw.batch(meter, "2030-01-31T15:00:00Z", 0, "2030-01-31T16:00:00Z", 10, "2030-01-31T17:00:00Z", 15);
        raw.batch(kw, "2030-01-31T15:50:00Z", 4, "2030-01-31T16:10:00Z", 8, "2030-01-31T16:20:00Z", 12);
        raw.rollUp(job, meter, kw);
        query("2030-01", "2030-03", "1mo").get("/api/points/" + meter + "/series").then().statusCode(200)
                .body("consumption.period", contains("2030-01", "2030-02"))
                .body("consumption.quantity", contains(closeTo(10, 1e-9), closeTo(5, 1e-9)))
                .body("consumption[1].start", equalTo("2030-01-31T16:00:00Z"))
                .body("total.quantity", closeTo(15, 1e-9));
        query("2030-01-15", "2030-02-15", "1mo").get("/api/points/" + kw + "/series").then().statusCode(200)
                .body("from", equalTo("2029-12-31T16:00:00Z"))
                .body("values.period", contains("2030-01", "2030-02"))
                .body("values.avg", contains(4.0, 10.0))
                .body("values.count", contains(1, 2));
    }

    @Test
    void bucketsNameTheirQualityAndTheFinishedBucketsWithoutData() {
        int kw = sites.valuePoint(site, "Q-KW", "kW");
        raw.reading(kw, Instant.parse("2021-01-10T01:00:00Z"), 10, 0);
        raw.reading(kw, Instant.parse("2021-01-10T01:05:00Z"), 12, 1); // estimated
        raw.reading(kw, Instant.parse("2021-01-10T01:10:00Z"), 14, 3); // suspect: the worst of the bucket
        raw.reading(kw, Instant.parse("2021-01-10T02:00:00Z"), 20, 0);
        raw.queue(kw, Instant.parse("2021-01-10T01:00:00Z"), Instant.parse("2021-01-10T02:00:00Z"));
        raw.rollUp(job, kw);
        query("2021-01-10T01:00:00Z", "2021-01-10T02:15:00Z", "15m").get("/api/points/" + kw + "/series").then().statusCode(200)
                .body("values.period", contains("2021-01-10T01:00:00Z", "2021-01-10T02:00:00Z"))
                .body("quality.quality", contains("suspect", "missing"))
                .body("quality.start", contains("2021-01-10T01:00:00Z", "2021-01-10T01:15:00Z"))
                .body("quality.end", contains("2021-01-10T01:15:00Z", "2021-01-10T02:00:00Z"))
                .body("quality.readings", contains(2, 0));
        query("2021-01-10", "2021-01-11", "1d").get("/api/points/" + kw + "/series").then().statusCode(200)
                .body("quality.quality", contains("suspect")).body("quality.readings", contains(2));
        // a bucket not yet finished is not missing
        query("2021-01-10T01:00:00Z", "2099-01-01T00:00:00Z", "1mo").get("/api/points/" + kw + "/series").then().statusCode(200)
                .body("quality[0].quality", equalTo("suspect"));
    }

    @Test
    void theSeriesComesAsCsvWithItsQualityAndItsMissingIntervals() {
        int meter = sites.counterPoint(site, null, "CSV-KWH", "kWh", "electricity", 1_000_000);
        raw.batch(meter, "2021-01-10T00:00:00Z", 100, "2021-01-10T01:00:00Z", 110);
        raw.reading(meter, Instant.parse("2021-01-10T02:00:00Z"), 125, 1);
        raw.queue(meter, Instant.parse("2021-01-10T00:00:00Z"), Instant.parse("2021-01-10T02:00:00Z"));
        raw.rollUp(job, meter);
        String key = sites.siteCode(site) + "/CSV-KWH";
        String csv = leader().accept("text/csv").queryParam("point", key).queryParam("from", "2021-01-10T00:00:00Z")
                .queryParam("to", "2021-01-10T04:00:00Z").queryParam("resolution", "1h").get("/api/series").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString(".csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
                "period,start,end," + key + " consumption (kWh),anomalies,quality",
                "2021-01-10T00:00:00Z,2021-01-10T00:00:00Z,2021-01-10T01:00:00Z,10.0,0,good",
                "2021-01-10T01:00:00Z,2021-01-10T01:00:00Z,2021-01-10T02:00:00Z,15.0,0,estimated",
                "2021-01-10T02:00:00Z,2021-01-10T02:00:00Z,2021-01-10T04:00:00Z,,,missing"), csv.lines().toList());
        // the reading that closed the second hour is estimated, so is that hour; raw readings carry their quality by name
        String rawCsv = leader().accept("text/csv").queryParam("from", "2021-01-10T01:30:00Z").queryParam("to", "2021-01-10T03:00:00Z")
                .queryParam("resolution", "raw").get("/api/points/" + meter + "/series").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("ts," + key + " (kWh),quality", "2021-01-10T02:00:00Z,125.0,estimated"),
                rawCsv.lines().toList());
        // errors still name the parameter
        leader().accept("text/csv").queryParam("point", key).queryParam("from", "2021-01-11").queryParam("to", "2021-01-10")
                .get("/api/series").then().statusCode(400);
        leader().accept("text/csv").queryParam("point", sites.siteCode(site) + "/NO-SUCH").queryParam("from", "2021-01-10")
                .queryParam("to", "2021-01-11").get("/api/series").then().statusCode(404);
    }

    @Test
    void badParametersAreNamed() {
        int kw = sites.valuePoint(site, "PARAM-KW", "kW");
        String path = "/api/points/" + kw + "/series";
        query("2030-01-10", "2030-01-11", "5m").get(path).then().statusCode(400)
                .body("problems.where", contains("resolution")).body("error", containsString("raw, 15m, 1h, 1d, 1mo"));
        query("yesterday", "2030-01-11", "1h").get(path).then().statusCode(400).body("problems.where", contains("from"));
        query("2030-01-11", "2030-01-10", "1h").get(path).then().statusCode(400).body("problems.where", contains("to"));
        query("2030-01-01", "2031-01-01", "15m").get(path).then().statusCode(400)
                .body("problems.where", contains("to")).body("error", containsString("coarser resolution"));
        leader().queryParam("from", "2030-01-10").get(path).then().statusCode(400).body("problems.where", hasItem("to"));
        leader().queryParam("point", "no-slash").queryParam("from", "2030-01-10").queryParam("to", "2030-01-11")
                .get("/api/series").then().statusCode(400).body("problems.where", contains("point"));
        query("2030-01-10", "2030-01-11", "1h").get("/api/points/2147483000/series").then().statusCode(404);
    }
}
