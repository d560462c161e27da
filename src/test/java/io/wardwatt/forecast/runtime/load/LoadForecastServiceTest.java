package io.wardwatt.forecast.runtime.load;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.wardwatt.SiteFixtures;
import io.wardwatt.forecast.calendar.DayCalendar;
import io.wardwatt.forecast.calendar.DayCalendarReader;
import io.wardwatt.forecast.model.Guideline14Fit;
import io.wardwatt.forecast.weather.EpwText;
import io.wardwatt.forecast.weather.TypicalWeather;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.runtime.RollupJob;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's own load forecasts on a made-up hospital ({@link SiteLoadLaw}) with 10 weeks of metered history,
 * ingested through the readings API, rolled up by the rollup job, weather from the site's station points and,
 * ahead, from its typical year (the provider is off in tests).
 */
@QuarkusTest
class LoadForecastServiceTest {

    static final int HISTORY_DAYS = 70;
    static final DayCalendar CN = DayCalendarReader.named("cn");
    static final SiteLoadLaw LAW = new SiteLoadLaw(CN);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupJob rollups;

    @Inject
    LoadForecastIssuer issuer;

    @Inject
    io.wardwatt.forecast.ModelDayForecasts modelDays;

    SiteFixtures sites;
    RawReadingFixtures raw;

    @BeforeEach
    void fixtures() {
        sites = new SiteFixtures(dataSource);
        raw = new RawReadingFixtures(dataSource);
    }

    /** A site with cooling, incomer and station points, {@code days} days of hourly history up to the current hour, and a typical year. */
    private String hospital(int days) {
        long id = sites.site("LF", "Asia/Shanghai");
        String site = sites.siteCode(id);
        int[] points = {sites.counterPoint(id, null, "CHW.KWH", "kWh", null, 99_999_999.9),
                sites.counterPoint(id, null, "INC1.KWH", "kWh", "electricity", 99_999_999.9),
                sites.counterPoint(id, null, "INC2.KWH", "kWh", "electricity", 99_999_999.9),
                sites.valuePoint(id, "WX.OAT", "°C")};
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Instant first = now.minus(days, ChronoUnit.DAYS);
        double cooling = 1000;
        double inc1 = 5000;
        double inc2 = 7000;
        StringBuilder csv = new StringBuilder("point,ts,value\n");
        for (Instant hour = first; !hour.isAfter(now); hour = hour.plus(1, ChronoUnit.HOURS)) {
            csv.append(String.format(Locale.ROOT, "%s/CHW.KWH,%s,%.3f%n%s/INC1.KWH,%s,%.3f%n%s/INC2.KWH,%s,%.3f%n", site, hour, cooling, site, hour,
                    inc1, site, hour, inc2));
            double t = SiteLoadLaw.stationTemperatureC(hour);
            if (hour.isBefore(now)) { // the station's reading of the hour is taken at half past
                csv.append(String.format(Locale.ROOT, "%s/WX.OAT,%s,%.4f%n", site, hour.plus(30, ChronoUnit.MINUTES), t));
            }
            cooling += LAW.coolingKw(hour, t);
            inc1 += 0.6 * LAW.electricityKw(hour, t);
            inc2 += 0.4 * LAW.electricityKw(hour, t);
        }
        engineer().contentType("text/csv").body(csv.toString()).post("/api/readings?atomic=true").then().statusCode(200);
        raw.rollUp(rollups, points);
        engineer().contentType("text/plain").body(EpwText.typicalYear()).pathParam("site", site).queryParam("kind", "typical")
                .post("/api/sites/{site}/weather/epw").then().statusCode(200);
        return site;
    }

    @Test
    void aHospitalsCoolingIsForecastFortyEightHoursAheadByAStoredModelAndBecomesTheNextDaysPlanningForecast() {
        String site = hospital(HISTORY_DAYS);
        JsonPath issued = engineer().pathParam("site", site).queryParam("target", "cooling").post("/api/sites/{site}/forecasts/load/issue")
                .then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> hours = issued.getList("forecast.hours");
        assertEquals(48, hours.size());
        String version = issued.getString("forecast.modelVersion");
        // from the evening hour on, the issue fits tomorrow's model to the day so far: a version of its own (see below)
        boolean evening = java.time.ZonedDateTime.now(SiteLoadLaw.ZONE).getHour() >= io.wardwatt.forecast.model.EveningForecast.ISSUE_HOUR;
        String daily = "cooling-" + LocalDate.now(SiteLoadLaw.ZONE).minusDays(1) + "-";
        assertTrue(evening ? version.startsWith("cooling-" + LocalDate.now(SiteLoadLaw.ZONE) + "T") : version.startsWith(daily), version);
        double worst = 0;
        for (Map<String, Object> hour : hours) {
            Instant start = Instant.parse((String) hour.get("start"));
            assertEquals("fallback-typical", hour.get("weather"), "the provider is off: the typical year stands in, flagged");
            double expected = LAW.coolingKw(start, TypicalWeather.temperature(start.plus(1, ChronoUnit.HOURS)));
            worst = Math.max(worst, Math.abs(((Number) hour.get("loadKw")).doubleValue() - expected) / expected);
        }
        assertTrue(worst < 0.01, "a law inside the model is forecast within 1 % at every hour ahead, worst " + worst);
        assertEquals("none", issued.getString("forecast.visits"));

        // The whole day it covers becomes the day forecast the daily plan uses, hour for hour.
        LocalDate tomorrow = LocalDate.now(SiteLoadLaw.ZONE).plusDays(1);
        assertTrue(issued.getList("dayForecasts.date").contains(tomorrow.toString()), issued.prettify());
        JsonPath day = leader().pathParam("site", site).queryParam("date", tomorrow.toString()).get("/api/sites/{site}/forecasts/cooling-load")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("model:" + version, day.getString("latest.source"));
        Instant midnight = tomorrow.atStartOfDay(SiteLoadLaw.ZONE).toInstant();
        for (Map<String, Object> hour : hours) {
            Instant start = Instant.parse((String) hour.get("start"));
            long slot = ChronoUnit.HOURS.between(midnight, start);
            if (slot >= 0 && slot < 24) {
                assertEquals(((Number) hour.get("loadKw")).doubleValue(), day.getDouble("latest.loadsKw[" + slot + "]"), 1e-3);
            }
        }

        // The same hour again finds the issue; training again on the same data finds the version.
        engineer().pathParam("site", site).queryParam("target", "cooling").post("/api/sites/{site}/forecasts/load/issue").then().statusCode(200)
                .body("forecast.id", equalTo(issued.getInt("forecast.id")));
        engineer().pathParam("site", site).queryParam("target", "cooling").post("/api/sites/{site}/forecasts/load/models").then().statusCode(200)
                .body("version", startsWith(daily));
        leader().pathParam("site", site).queryParam("target", "cooling").get("/api/sites/{site}/forecasts/load/models").then().statusCode(200)
                .body("$", hasSize(evening ? 2 : 1))
                .body("[0].leads.leadDays", equalTo(evening ? List.of(0, 1, 2, 1) : List.of(0, 1, 2)))
                .body("[0].leads[0].features", org.hamcrest.Matchers.hasItems("workingHour9", "coolingKelvin", "loadWeekBefore"))
                .body("[0].inputs.weather.station", org.hamcrest.Matchers.greaterThan(24 * 60))
                .body("[0].backtest.days", org.hamcrest.Matchers.greaterThan(0));
        leader().pathParam("site", site).get("/api/sites/{site}/forecasts/load").then().statusCode(200).body("id", equalTo(issued.getInt("forecast.id")));
    }

    @Test
    void anIssueAtTheEveningHourForecastsTomorrowWithAModelFittedToTheDaySoFar() {
        String site = hospital(HISTORY_DAYS);
        LocalDate issueDay = LocalDate.now(SiteLoadLaw.ZONE).minusDays(2);
        Instant afternoon = issueDay.atTime(16, 0).atZone(SiteLoadLaw.ZONE).toInstant();
        Instant evening = issueDay.atTime(io.wardwatt.forecast.model.EveningForecast.ISSUE_HOUR, 0).atZone(SiteLoadLaw.ZONE).toInstant();
        LoadForecastIssuer.Issued before = issuer.issue(site, "cooling", afternoon);
        LoadForecastIssuer.Issued issued = issuer.issue(site, "cooling", evening);
        assertTrue(before.forecast().modelVersion().startsWith("cooling-" + issueDay.minusDays(1) + "-"), before.forecast().modelVersion());
        String version = issued.forecast().modelVersion();
        assertTrue(version.startsWith("cooling-" + issueDay + "T17-"), version);
        JsonPath models = leader().pathParam("site", site).queryParam("target", "cooling").get("/api/sites/{site}/forecasts/load/models").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].version", equalTo(version))
                .body("[0].trainTo", equalTo(issueDay.toString()))
                .body("[0].leads.leadDays", equalTo(List.of(0, 1, 2, 1)))
                .body("[0].leads.issueHour", equalTo(List.of(0, 0, 0, 17)))
                .body("[0].leads[3].features", org.hamcrest.Matchers.hasItem("loadSameKindIssueDay"))
                .body("[1].backtest.eveningCvrmsePct", org.hamcrest.Matchers.notNullValue())
                .extract().jsonPath();
        assertTrue(models.getDouble("[0].leads[3].correctionFactor") >= 0 && models.getDouble("[0].leads[3].correctionFactor") <= 1);
        // tomorrow from the evening model: the law at the station's weather, hour for hour
        LocalDate tomorrow = issueDay.plusDays(1);
        double worst = 0;
        for (IssuedLoadForecast.Hour hour : issued.forecast().hours()) {
            if (hour.start().atZone(SiteLoadLaw.ZONE).toLocalDate().equals(tomorrow)) {
                double expected = LAW.coolingKw(hour.start(), SiteLoadLaw.stationTemperatureC(hour.start()));
                worst = Math.max(worst, Math.abs(hour.loadKw() - expected) / expected);
            }
        }
        assertTrue(worst < 0.01, "a law inside the model is forecast within 1 % by the evening model, worst " + worst);
        // the same hour again finds the issue and its version
        assertEquals(version, issuer.issue(site, "cooling", evening).forecast().modelVersion());
    }

    @Test
    void siteElectricityIsTheSumOfItsIncomers() {
        String site = hospital(HISTORY_DAYS);
        JsonPath issued = engineer().pathParam("site", site).queryParam("target", "electricity").post("/api/sites/{site}/forecasts/load/issue")
                .then().statusCode(201).body("dayForecasts", hasSize(0)).extract().jsonPath();
        List<Map<String, Object>> hours = issued.getList("forecast.hours");
        for (Map<String, Object> hour : hours) {
            Instant start = Instant.parse((String) hour.get("start"));
            double expected = LAW.electricityKw(start, TypicalWeather.temperature(start.plus(1, ChronoUnit.HOURS)));
            assertEquals(expected, ((Number) hour.get("loadKw")).doubleValue(), expected * 0.01, "hour " + start);
        }
    }

    @Test
    void pastIssuesAreScoredPerHourAheadTheGuideline14WayAgainstSeasonalNaive() {
        String site = hospital(HISTORY_DAYS);
        Instant issueHour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.DAYS);
        LoadForecastIssuer.Issued issued = issuer.issue(site, "cooling", issueHour);
        assertTrue(issued.created());
        LocalDate issueDay = issueHour.atZone(SiteLoadLaw.ZONE).toLocalDate();
        // Seasonal naive worked out from the law itself, not by the code under test.
        Guideline14Fit naive = new Guideline14Fit(0);
        for (int k = 0; k < 48; k++) {
            Instant hour = issueHour.plus(k, ChronoUnit.HOURS);
            Instant weekBefore = hour.minus(7, ChronoUnit.DAYS);
            naive.add(LAW.coolingKw(hour, SiteLoadLaw.stationTemperatureC(hour)), LAW.coolingKw(weekBefore, SiteLoadLaw.stationTemperatureC(weekBefore)));
        }
        JsonPath accuracy = leader().pathParam("site", site).queryParam("from", issueDay.toString()).queryParam("to", issueDay.toString())
                .get("/api/sites/{site}/forecasts/load/accuracy").then().statusCode(200)
                .body("issues", equalTo(1))
                .body("overall.hours", equalTo(48))
                .body("byHoursAhead", hasSize(48))
                .body("byLeadDay.fromHour", equalTo(List.of(1, 25)))
                .body("meetsGuideline14Hourly", equalTo(true))
                .extract().jsonPath();
        assertTrue(accuracy.getDouble("overall.cvrmsePct") < 1, "the station measured the weather the law used: " + accuracy.prettify());
        assertEquals(naive.cvrmsePct(), accuracy.getDouble("overall.naiveCvrmsePct"), 0.05);
        assertTrue(accuracy.getDouble("overall.improvementVsNaivePct") > 80);
    }

    @Test
    void anEngineersUploadStaysTheDaysForecast() {
        String site = hospital(HISTORY_DAYS);
        LocalDate tomorrow = LocalDate.now(SiteLoadLaw.ZONE).plusDays(1);
        List<Double> loads = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            loads.add(5000.0);
        }
        engineer().pathParam("site", site).contentType("application/json")
                .body(Map.of("site", site, "date", tomorrow.toString(), "slotMinutes", 60, "loadsKw", loads, "source", "manual"))
                .post("/api/sites/{site}/forecasts/cooling-load").then().statusCode(201);
        engineer().pathParam("site", site).post("/api/sites/{site}/forecasts/load/issue").then().statusCode(201)
                .body("dayForecasts.date", everyItem(org.hamcrest.Matchers.not(tomorrow.toString())));
        leader().pathParam("site", site).queryParam("date", tomorrow.toString()).get("/api/sites/{site}/forecasts/cooling-load").then().statusCode(200)
                .body("latest.source", equalTo("manual"));
    }

    @Test
    void tooShortAHistoryBadNamesAndRolesAreRefusedWithTheReason() {
        String site = hospital(10);
        engineer().pathParam("site", site).post("/api/sites/{site}/forecasts/load/issue").then().statusCode(409)
                .body("error", containsString("fewer than half"));
        engineer().pathParam("site", site).queryParam("target", "steam").post("/api/sites/{site}/forecasts/load/issue").then().statusCode(400)
                .body("problems[0].where", equalTo("target"));
        engineer().pathParam("site", "NOWHERE").post("/api/sites/{site}/forecasts/load/models").then().statusCode(404)
                .body("error", containsString("NOWHERE"));
        leader().pathParam("site", site).queryParam("from", "2026-05-02").queryParam("to", "2026-05-01").get("/api/sites/{site}/forecasts/load/accuracy")
                .then().statusCode(400).body("problems[0].where", equalTo("to"));
        leader().pathParam("site", site).get("/api/sites/{site}/forecasts/load").then().statusCode(404);
        leader().pathParam("site", site).post("/api/sites/{site}/forecasts/load/issue").then().statusCode(403);
        anonymous().pathParam("site", site).get("/api/sites/{site}/forecasts/load").then().statusCode(401);
        engineer().pathParam("site", site).get("/api/sites/{site}/forecasts/load/models").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void theDailyPlanGetsAModelForecastForADayWithoutOneAndTheHealthCheckShowsWhatFailed() {
        String site = hospital(HISTORY_DAYS);
        LocalDate tomorrow = LocalDate.now(SiteLoadLaw.ZONE).plusDays(1);
        var day = modelDays.issueFor(site, tomorrow).orElseThrow();
        assertTrue(day.source().startsWith("model:cooling-"), day.source());
        assertEquals(24, day.loadsKw().size());

        String young = hospital(10);
        assertTrue(modelDays.issueFor(young, tomorrow).isEmpty(), "ten days of history train no model: no forecast, no plan");
        io.restassured.RestAssured.given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'load-forecasts' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'load-forecasts' }.data.'" + young + "/cooling/issue'", startsWith("FAILED"))
                .body("checks.find { it.name == 'load-forecasts' }.data.'" + site + "/cooling/issue'", startsWith("ok"));
    }
}
