package io.wardwatt.goals.rest;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.wardwatt.readings.RawReadingFixtures;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GoalResourceTest {

    /** Decimals as doubles. */
    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    static final int BASELINE = 2024;
    static final double A = 1200;
    static final double B = 4.0;
    static final double C = 0.004;

    /** One site with two years of data for the whole class: the rollups of two years take a few seconds. */
    private static String site;
    private static Map<YearMonth, double[]> months;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob job;

    @Inject
    io.wardwatt.alerts.AlertSink standbyAlerts;

    @BeforeEach
    void fixture() {
        if (site == null) {
            GoalFixtures fixtures = new GoalFixtures(dataSource);
            site = fixtures.site(BASELINE, A, B, C, 0.005, 0.94, job);
            months = fixtures.months;
            engineer().contentType("application/json").body(goals(BASELINE, "total-energy-tce", 5, "energy-per-m2", 8))
                    .put("/api/sites/" + site + "/goals").then().statusCode(201);
        }
    }

    private static String goals(int year, String metric1, double p1, String metric2, double p2) {
        return "{\"baselineYear\": " + year + ", \"targets\": [{\"metric\": \"" + metric1 + "\", \"percent\": " + p1 + "}, {\"metric\": \""
                + metric2 + "\", \"percent\": " + p2 + "}], \"beds\": 1200}";
    }

    private JsonPath progress() {
        return leader().config(DECIMALS).queryParam("year", BASELINE + 1).get("/api/sites/" + site + "/goals/progress")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theModelRecoversTheLawAndMeetsGuideline14() {
        JsonPath json = progress();
        assertEquals("total-energy-tce", json.getString("models[0].energy"));
        assertEquals("regression", json.getString("models[0].method"));
        assertEquals(12, json.getInt("models[0].n"));
        assertEquals(4, json.getInt("models[0].p"));
        assertTrue(json.getBoolean("models[0].meetsGuideline14"));
        assertEquals(A, json.getDouble("models[0].intercept"), A * 0.2);
        assertEquals(B, json.getDouble("models[0].perCdd"), B * 0.1);
        assertEquals(C, json.getDouble("models[0].perVisit"), C * 0.1);
        assertEquals(0, json.getDouble("models[0].perHdd"), 0.5);
        assertTrue(json.getDouble("models[0].cvRmsePct") < 2, "CV(RMSE) " + json.getDouble("models[0].cvRmsePct"));
        assertTrue(json.getDouble("models[0].r2") > 0.95);
        assertTrue(json.getString("coefficients").contains("TCE_ELEC_EQUIV 0.1229 kgce/kWh"), json.getString("coefficients"));
    }

    @Test
    void aSixPercentReductionIsASixPercentNormalisedSaving() {
        JsonPath json = progress();
        List<Map<String, Object>> rows = json.getList("months");
        assertEquals(12, rows.size());
        for (int m = 1; m <= 12; m++) {
            Map<String, Object> row = rows.get(m - 1);
            YearMonth month = YearMonth.of(BASELINE + 1, m);
            assertEquals(month.toString(), row.get("month"));
            assertEquals("regression", row.get("method"));
            assertEquals(months.get(month)[3], (Double) row.get("tce"), 0.002, "actual tce " + month);
            assertEquals(months.get(month.withYear(BASELINE))[3], (Double) row.get("baselineTce"), 0.002, "baseline tce " + month);
            assertEquals(months.get(month)[3] / GoalFixtures.TCE_PER_KWH, (Double) row.get("electricityKwh"), 0.5);
            assertEquals(6.0, (Double) row.get("savingPct"), 1.5, "saving % " + month);
            double normalised = (Double) row.get("normalisedBaselineTce");
            assertEquals(normalised - (Double) row.get("tce"), (Double) row.get("savingTce"), 0.002);
            assertTrue((Double) row.get("uncertainty90Tce") > (Double) row.get("uncertainty68Tce"));
            assertTrue((Double) row.get("uncertainty68Tce") > 0);
            assertEquals(months.get(month)[2], (Double) row.get("visits"), 0.5);
            assertEquals(months.get(month)[3] * 1000 / months.get(month)[2], (Double) row.get("kgcePerVisit"), 1e-3);
            assertEquals(months.get(month)[3] * 1000 / 196_000, (Double) row.get("kgcePerM2"), 1e-3);
            assertEquals(1200.0 * month.lengthOfMonth(), (Double) row.get("bedDays"), 1e-9);
        }
        assertEquals("total-energy-tce", json.getString("targets[0].metric"));
        assertEquals(12, json.getInt("targets[0].months"));
        assertEquals("regression", json.getString("targets[0].basis"));
        assertEquals(6.0, json.getDouble("targets[0].savingPct"), 0.7);
        assertEquals("on-track", json.getString("targets[0].status"));
        assertEquals("energy-per-m2", json.getString("targets[1].metric"));
        assertEquals(json.getDouble("targets[0].savingPct"), json.getDouble("targets[1].savingPct"), 1e-6);
        assertEquals("off-track", json.getString("targets[1].status"));
    }

    @Test
    void degreeDaysComeFromTheSiteStationWhereItMeasuredTheDay() {
        GoalFixtures fixtures = new GoalFixtures(dataSource);
        String own = fixtures.site(BASELINE, A, B, C, 0.005, 0.94, job);
        engineer().contentType("application/json").body(goals(BASELINE, "total-energy-tce", 5, "energy-per-m2", 8))
                .put("/api/sites/" + own + "/goals").then().statusCode(201);
        // The load forecast's station point (wardwatt.forecast.load.weather-points.temperature): every hour of July of the
        // reporting year at 30 °C, far from the EPW history; 1 August only from 08:00 to 17:00, too few hours for a mean.
        int oat = fixtures.sites.valuePoint(fixtures.siteId, "WX.OAT", "°C");
        java.time.Instant july = YearMonth.of(BASELINE + 1, 7).atDay(1).atStartOfDay(GoalFixtures.ZONE).toInstant();
        for (int h = 0; h < 31 * 24; h++) {
            fixtures.raw.reading(oat, july.plusSeconds(3600L * h + 600), 30.0, 0);
        }
        java.time.Instant august = july.plusSeconds(31 * 24 * 3600L);
        for (int h = 8; h < 18; h++) {
            fixtures.raw.reading(oat, august.plusSeconds(3600L * h + 600), 40.0, 0);
        }
        fixtures.raw.queue(oat, july, august.plusSeconds(18 * 3600L));
        fixtures.raw.rollUp(job, oat);

        JsonPath json = leader().config(DECIMALS).queryParam("year", BASELINE + 1).get("/api/sites/" + own + "/goals/progress")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(31 * 12.0, json.getDouble("months[6].cdd"), 0.01, "July: the station's 30 °C days");
        assertEquals(0, json.getDouble("months[6].hdd"), 0.01);
        YearMonth aug = YearMonth.of(BASELINE + 1, 8);
        assertEquals(fixtures.months.get(aug)[0], json.getDouble("months[7].cdd"), 0.05, "August: EPW history, 1 August too");
        YearMonth june = YearMonth.of(BASELINE + 1, 6);
        assertEquals(fixtures.months.get(june)[0], json.getDouble("months[5].cdd"), 0.05, "June: EPW history");
    }

    @Test
    void csvHoldsTheSameMonthsAsJson() {
        JsonPath json = progress();
        String csv = leader().queryParam("year", BASELINE + 1).queryParam("format", "csv").get("/api/sites/" + site + "/goals/progress")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String viaAccept = leader().accept("text/csv").queryParam("year", BASELINE + 1).get("/api/sites/" + site + "/goals/progress")
                .then().statusCode(200).extract().asString();
        assertEquals(csv, viaAccept);
        String[] lines = csv.split("\n");
        assertEquals(13, lines.length);
        List<String> header = List.of(lines[0].split(",", -1));
        List<Map<String, Object>> rows = json.getList("months");
        for (int i = 0; i < 12; i++) {
            String[] cells = lines[i + 1].split(",", -1);
            assertEquals(header.size(), cells.length);
            for (int column = 0; column < header.size(); column++) {
                Object value = rows.get(i).get(header.get(column));
                if (value == null) {
                    assertEquals("", cells[column], header.get(column));
                } else if (value instanceof Number number) {
                    assertEquals(number.doubleValue(), Double.parseDouble(cells[column]), 0.0, header.get(column));
                } else {
                    assertEquals(value.toString(), cells[column], header.get(column));
                }
            }
        }
    }

    @Test
    void thePdfIsOneA4PageWithTheMonth() throws Exception {
        byte[] pdf = leader().get("/api/sites/" + site + "/goals/report/" + (BASELINE + 1) + "-03.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(595, document.getPage(0).getMediaBox().getWidth(), 1);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains((BASELINE + 1) + "-03"), text);
            assertTrue(text.contains("节能目标月报"), text);
            assertTrue(text.contains("Saving goals"), text);
            assertTrue(text.contains("达标 on track"), text);
            assertTrue(text.contains("CV(RMSE)"), text);
            assertTrue(text.contains("Plant optimisation: no approved plan measured yet"), text);
            assertTrue(text.contains("综合能耗 Total energy (tce)"), "targets named in words: " + text);
            assertTrue(text.contains("单位面积能耗 Energy per m2"), text);
            assertTrue(!text.contains("total-energy-tce") && !text.contains("energy-per-m2"), "no metric codes: " + text);
            assertTrue(text.contains("year to date through " + (BASELINE + 1) + "-03"), "year to date ends with the report month: " + text);
            float[] extent = {Float.MAX_VALUE, 0};
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        extent[0] = Math.min(extent[0], p.getXDirAdj());
                        extent[1] = Math.max(extent[1], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                }
            };
            glyphs.getText(document);
            assertTrue(extent[0] >= 49 && extent[1] <= 595 - 49, "text within the 50 pt margins: " + extent[0] + ".." + extent[1]);
            // for a person to look at (target/leadership-report.png)
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110);
            javax.imageio.ImageIO.write(image, "png", java.nio.file.Path.of("target", "leadership-report.png").toFile());
        }
    }

    /**
     * The headline holds the progress' year to date in other words (change = −saving, the same uncertainty), with the 90 %
     * band wider than the 68 % one by Student's t ratio of the model's degrees of freedom (Guideline 14: ΔE ∝ t).
     */
    @Test
    void theHeadlineIsTheProgressYearToDateWithItsUncertainty() {
        YearMonth day = YearMonth.of(BASELINE + 1, 6);
        java.time.Instant start = day.atDay(3).atStartOfDay(GoalFixtures.ZONE).toInstant();
        java.time.Instant end = start.plus(java.time.Duration.ofDays(1));
        standbyAlerts.raise(new io.wardwatt.alerts.RaisedAlert("standby-excess", site, "MRI1", day.atDay(3).toString(), start, end,
                io.wardwatt.alerts.Severity.WARNING, "MRI1 standby above its standard", 30.0, 20.0, 120.0));
        standbyAlerts.raise(new io.wardwatt.alerts.RaisedAlert("standby-excess", site, "CT2", day.atDay(3).toString(), start, end,
                io.wardwatt.alerts.Severity.WARNING, "CT2 standby above its standard", 9.0, 6.0, 40.0));
        standbyAlerts.raise(new io.wardwatt.alerts.RaisedAlert("standby-excess", site, "CT2", day.atDay(4).toString(), end, end.plusSeconds(86_400),
                io.wardwatt.alerts.Severity.WARNING, "CT2 standby above its standard", 9.0, 6.0, 55.0));
        // a later evaluation found no excess that day after all: nothing wasted
        standbyAlerts.clear("standby-excess", site, "CT2", day.atDay(4).toString());

        JsonPath progress = progress();
        JsonPath headline = leader().config(DECIMALS).queryParam("year", BASELINE + 1).get("/api/sites/" + site + "/goals/headline")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(BASELINE + 1, headline.getInt("year"));
        assertEquals(BASELINE, headline.getInt("baselineYear"));
        assertEquals((BASELINE + 1) + "-12", headline.getString("through"), "a finished year: every month whole");
        assertEquals(null, headline.getString("runningMonth"));
        for (int i = 0; i < 2; i++) {
            String target = "targets[" + i + "].";
            assertEquals(progress.getString(target + "metric"), headline.getString(target + "metric"));
            assertEquals(-progress.getDouble(target + "savingPct"), headline.getDouble(target + "changePct"), 1e-9);
            assertEquals(progress.getDouble(target + "uncertainty68Pct"), headline.getDouble(target + "uncertainty68Pct"), 1e-9);
            assertEquals(progress.getString(target + "status"), headline.getString(target + "status"));
            assertEquals("regression", headline.getString(target + "basis"));
            assertEquals(List.of("weather", "visits"), headline.getList(target + "normalisedTo"));
            assertEquals(12, headline.getInt(target + "months"));
        }
        assertEquals(-6.0, headline.getDouble("targets[0].changePct"), 0.7, "the 6 % reduction the fixture made");
        int dof = progress.getInt("models[0].n") - progress.getInt("models[0].p");
        org.apache.commons.math3.distribution.TDistribution t = new org.apache.commons.math3.distribution.TDistribution(dof);
        double u68 = headline.getDouble("targets[0].uncertainty68Pct");
        assertTrue(u68 > 0 && u68 < 2, "a model within 0.5 % noise: a small band, " + u68);
        assertEquals(u68 * t.inverseCumulativeProbability(0.95) / t.inverseCumulativeProbability(0.84), headline.getDouble("targets[0].uncertainty90Pct"),
                0.02, "90 % band over 68 % band is t(90) / t(68)");

        assertEquals(0, headline.getInt("plantSavings.daysCovered"));
        assertTrue(headline.getDouble("plantSavings.targetKwh") > 0);
        assertTrue(headline.get("pv.kwh") == null, "no PV meter, no figure");
        assertTrue(headline.getString("pv.note").contains("no PV meter"), headline.getString("pv.note"));
        assertEquals(160.0, headline.getDouble("standby.wastedKwh"), 1e-9, "two alerts of the year; the cleared one wasted nothing");
        assertEquals(2, headline.getInt("standby.alerts"));
        assertEquals(2, headline.getInt("standby.devices"));
        // carbon covers the same months in both years: each month is compared or named as missing
        assertEquals(12, headline.getList("carbon.months").size() + headline.getList("carbon.missing").size());
        if (headline.get("carbon.tco2e") == null) {
            assertTrue(headline.getString("carbon.note") != null);
        }

        leader().queryParam("year", BASELINE).get("/api/sites/" + site + "/goals/headline").then().statusCode(400).body(containsString("year"));
        leader().queryParam("year", "soon").get("/api/sites/" + site + "/goals/headline").then().statusCode(400).body(containsString("year"));
        reporter().get("/api/sites/" + site + "/goals/headline").then().statusCode(403);
        engineer().queryParam("year", BASELINE + 1).get("/api/sites/" + site + "/goals/headline").then().statusCode(200);
        leader().get("/api/sites/NO-SUCH-SITE/goals/headline").then().statusCode(404);
    }

    @Test
    void goalsAreStoredOnceAndAudited() {
        String body = goals(BASELINE, "total-energy-tce", 5, "energy-per-m2", 8);
        engineer().contentType("application/json").body(body).put("/api/sites/" + site + "/goals").then().statusCode(200)
                .body("baselineYear", equalTo(BASELINE)).body("targets", hasSize(2));
        RawReadingFixtures raw = new RawReadingFixtures(dataSource);
        assertEquals(1, raw.number("select count(*) from audit_log where entity_type = 'saving-goals' and entity_id = ?", site));
        auditor().get("/api/sites/" + site + "/goals").then().statusCode(200).body("targets.metric", hasItem("energy-per-m2")).body("beds", equalTo(1200));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        engineer().contentType("application/json").body("{\"baselineYear\": 1990, \"targets\": [{\"metric\": \"happiness\", \"percent\": 120}]}")
                .put("/api/sites/" + site + "/goals").then().statusCode(400)
                .body(containsString("baselineYear")).body(containsString("targets[0].metric")).body(containsString("targets[0].percent"));
        leader().get("/api/sites/" + site + "/goals").then().statusCode(200).body("baselineYear", equalTo(BASELINE));
        leader().queryParam("year", BASELINE).get("/api/sites/" + site + "/goals/progress").then().statusCode(400).body(containsString("year"));
        leader().queryParam("year", "next").get("/api/sites/" + site + "/goals/progress").then().statusCode(400).body(containsString("year"));
        leader().get("/api/sites/" + site + "/goals/report/2025-13.pdf").then().statusCode(400).body(containsString("month"));
    }

    @Test
    void rolesAndUnknownSites() {
        anonymous().get("/api/sites/" + site + "/goals/progress?year=2025").then().statusCode(401);
        anonymous().contentType("application/json").body("{}").put("/api/sites/" + site + "/goals").then().statusCode(401);
        leader().contentType("application/json").body(goals(BASELINE, "steam", 8, "electricity", 3)).put("/api/sites/" + site + "/goals").then().statusCode(403);
        auditor().contentType("application/json").body(goals(BASELINE, "steam", 8, "electricity", 3)).put("/api/sites/" + site + "/goals").then().statusCode(403);
        reporter().get("/api/sites/" + site + "/goals/progress?year=2025").then().statusCode(403);
        admin().get("/api/sites/" + site + "/goals/progress?year=2025").then().statusCode(200).body("months", hasSize(12))
                .body("months[0].tce", greaterThan(0f));
        admin().contentType("application/json").body(goals(BASELINE, "steam", 8, "electricity", 3)).put("/api/sites/NO-SUCH-SITE/goals")
                .then().statusCode(404);
        leader().get("/api/sites/NO-SUCH-SITE/goals/progress").then().statusCode(404);
        leader().get("/api/sites/NO-SUCH-SITE/goals/report/2025-03.pdf").then().statusCode(404);
    }
}
