package io.wardwatt.forecast.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.wardwatt.TestUsers;
import io.wardwatt.forecast.model.DailyVisitsModel;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The daily visits forecast on ten weeks of visits that follow a known law of the day kinds, around the Chinese holidays
 * of spring 2025 (cn calendar): Qingming 4-6 April, Labour Day 1-5 May with its make-up Sunday 27 April.
 */
@QuarkusTest
class VisitForecastTest {

    private static final String PATH = "/api/sites/{site}/visits/forecast";
    /** Ten weeks, Monday 17 March to Sunday 25 May 2025. */
    private static final LocalDate FIRST = LocalDate.of(2025, 3, 17);
    private static final int DAYS = 70;
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 5), LocalDate.of(2025, 4, 6),
            LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 4), LocalDate.of(2025, 5, 5));
    private static final LocalDate MAKE_UP_SUNDAY = LocalDate.of(2025, 4, 27);

    /**
     * The law the imported days follow: clinics fullest on Monday, a make-up day short of a working day, holidays near
     * empty. Every working weekday differs, so a model that ignored the weekday would miss the Wednesdays.
     */
    private static double law(LocalDate day) {
        if (HOLIDAYS.contains(day)) {
            return 1300;
        }
        if (day.equals(MAKE_UP_SUNDAY)) {
            return 7000;
        }
        return switch (day.getDayOfWeek()) {
            case MONDAY -> 9000;
            case TUESDAY -> 8600;
            case WEDNESDAY -> 8400;
            case THURSDAY -> 8200;
            case FRIDAY -> 7800;
            case SATURDAY -> 4200;
            case SUNDAY -> 2600;
        };
    }

    /** The law with up to ±1.5 % of day-to-day scatter, the same on every run. */
    private static long visits(LocalDate day) {
        return Math.round(law(day) * (1 + 0.015 * Math.sin(day.toEpochDay() * 1.7)));
    }

    @Test
    void holidaysAndMakeUpDaysAreForecastAsTheirOwnKindAndStoredCountsAreShownBesideTheForecast() {
        String site = siteWithVisits(DAYS);

        // Across Labour Day: all stored, so each day shows its count beside the forecast.
        JsonPath labourDay = leader().pathParam("site", site).queryParam("from", "2025-04-20").queryParam("to", "2025-05-06")
                .get(PATH).then().statusCode(200)
                .body("site", equalTo(site)).body("fittedDays", equalTo(DAYS))
                .body("fittedFrom", equalTo(FIRST.toString())).body("fittedTo", equalTo(FIRST.plusDays(DAYS - 1).toString()))
                .body("inSample.cvrmsePct", lessThan(3f))
                .body("days.size()", equalTo(17))
                .extract().jsonPath();
        Map<String, Object> makeUp = day(labourDay, "2025-04-27");
        assertEquals("MAKE_UP_WORKING_DAY", makeUp.get("dayType"));
        assertEquals("劳动节调休 Labour Day make-up (Sunday)", makeUp.get("dayName"));
        Map<String, Object> sunday = day(labourDay, "2025-04-20");
        assertEquals("WEEKEND", sunday.get("dayType"));
        assertNull(sunday.get("dayName"));
        assertTrue(forecast(makeUp) > 2 * forecast(sunday), "a make-up Sunday is worked: " + makeUp + " against " + sunday);
        Map<String, Object> mayDay = day(labourDay, "2025-05-01");
        assertEquals("HOLIDAY", mayDay.get("dayType"));
        assertEquals("劳动节 Labour Day", mayDay.get("dayName"));
        for (LocalDate date = LocalDate.of(2025, 4, 20); !date.isAfter(LocalDate.of(2025, 5, 6)); date = date.plusDays(1)) {
            Map<String, Object> day = day(labourDay, date.toString());
            assertEquals(visits(date), ((Number) day.get("storedVisits")).longValue(), date.toString());
            assertEquals(visits(date), forecast(day), 0.03 * visits(date), "forecast beside stored on " + date);
            assertEquals(false, day.get("calendarProvisional"));
        }

        // After the stored days: Dragon Boat Festival (31 May - 2 June) and the weeks after it, nothing stored.
        JsonPath june = auditor().pathParam("site", site).queryParam("from", "2025-05-26").queryParam("to", "2025-06-15")
                .get(PATH).then().statusCode(200).body("days.size()", equalTo(21)).extract().jsonPath();
        Map<String, Object> holidayMonday = day(june, "2025-06-02");
        Map<String, Object> workingMonday = day(june, "2025-06-09");
        assertEquals("HOLIDAY", holidayMonday.get("dayType"));
        assertEquals("端午节 Dragon Boat Festival", holidayMonday.get("dayName"));
        assertEquals("WORKING_DAY", workingMonday.get("dayType"));
        assertTrue(forecast(holidayMonday) < 0.25 * forecast(workingMonday), holidayMonday + " against " + workingMonday);
        assertEquals(1300, forecast(holidayMonday), 0.1 * 1300);
        for (String wednesday : new String[] {"2025-06-04", "2025-06-11"}) {
            Map<String, Object> day = day(june, wednesday);
            assertEquals("WORKING_DAY", day.get("dayType"));
            assertEquals(8400, forecast(day), 0.03 * 8400, wednesday + " against its law");
            assertNull(day.get("storedVisits"), "nothing is stored for " + wednesday);
        }
    }

    @Test
    void aProvisionalYearAndAYearBeyondTheCalendarAreFlagged() {
        String site = siteWithVisits(DailyVisitsModel.MIN_DAYS);

        JsonPath days = engineer().pathParam("site", site).queryParam("from", "2027-04-30").queryParam("to", "2027-05-02")
                .get(PATH).then().statusCode(200).extract().jsonPath();
        Map<String, Object> mayDay = day(days, "2027-05-01");
        assertEquals("HOLIDAY", mayDay.get("dayType"));
        assertEquals("劳动节 Labour Day (statutory)", mayDay.get("dayName"));
        assertEquals(true, mayDay.get("calendarProvisional"));
        assertEquals(true, mayDay.get("calendarCovers"));

        Map<String, Object> newYear = day(engineer().pathParam("site", site).queryParam("from", "2028-01-01").queryParam("to", "2028-01-01")
                .get(PATH).then().statusCode(200).extract().jsonPath(), "2028-01-01");
        assertEquals(false, newYear.get("calendarCovers"), "the calendar lists 2024-2027 only");
        assertEquals("WEEKEND", newYear.get("dayType"), "2028-01-01 is a Saturday; its holiday is not known");
        assertEquals(false, newYear.get("calendarProvisional"));
    }

    @Test
    void tooFewStoredDaysIsAConflictSayingHowManyAreNeeded() {
        String site = siteWithVisits(10);

        engineer().pathParam("site", site).queryParam("from", "2025-06-01").queryParam("to", "2025-06-07").get(PATH).then()
                .statusCode(409)
                .body("error", containsString("has 10 days of outpatient visits stored"))
                .body("error", containsString("needs at least 28"));
        String empty = newSite();
        engineer().pathParam("site", empty).queryParam("from", "2025-06-01").queryParam("to", "2025-06-07").get(PATH).then()
                .statusCode(409).body("error", containsString("has 0 days"));
    }

    @Test
    void badParametersAreNamed() {
        String site = newSite();
        leader().pathParam("site", "NO-SUCH-SITE").queryParam("from", "2025-06-01").queryParam("to", "2025-06-07").get(PATH).then()
                .statusCode(404).body("error", containsString("NO-SUCH-SITE"));
        assertBad(leader().pathParam("site", site).queryParam("from", "2025-13-01").queryParam("to", "2025-06-07"), "from");
        assertBad(leader().pathParam("site", site).queryParam("from", "2025-06-01"), "to");
        assertBad(leader().pathParam("site", site).queryParam("from", "2025-06-07").queryParam("to", "2025-06-01"), "to");
        // 1 June to 1 August is 62 days, one more is too many.
        leader().pathParam("site", site).queryParam("from", "2025-06-01").queryParam("to", "2025-08-01").get(PATH).then()
                .statusCode(409); // the range is accepted; the site has no visits to fit on
        assertBad(leader().pathParam("site", site).queryParam("from", "2025-06-01").queryParam("to", "2025-08-02"), "to")
                .body("problems[0].problem", containsString("63 days"));
    }

    @Test
    void readingTheForecastNeedsALogin() {
        anonymous().pathParam("site", "HOSP").queryParam("from", "2025-06-01").queryParam("to", "2025-06-07").get(PATH).then()
                .statusCode(401);
        reporter().pathParam("site", "HOSP").queryParam("from", "2025-06-01").queryParam("to", "2025-06-07").get(PATH).then()
                .statusCode(403);
    }

    private static ValidatableResponse assertBad(RequestSpecification request, String parameter) {
        return request.get(PATH).then().statusCode(400).body("problems[0].where", equalTo(parameter));
    }

    private static Map<String, Object> day(JsonPath forecast, String date) {
        Map<String, Object> day = forecast.getMap("days.find { it.date == '" + date + "' }");
        assertFalse(day == null || day.isEmpty(), "no day " + date + " in the answer");
        return day;
    }

    private static double forecast(Map<String, Object> day) {
        return ((Number) day.get("forecastVisits")).doubleValue();
    }

    /** A new site with {@code days} daily counts from {@link #FIRST} on, following the law. */
    private static String siteWithVisits(int days) {
        String site = newSite();
        StringBuilder csv = new StringBuilder("date,hour,visits\n");
        for (LocalDate day = FIRST; day.isBefore(FIRST.plusDays(days)); day = day.plusDays(1)) {
            csv.append(day).append(",,").append(visits(day)).append('\n');
        }
        engineer().contentType("text/csv").pathParam("site", site).body(csv.toString()).post("/api/sites/{site}/visits/csv").then().statusCode(200)
                .body("inserted", equalTo(days));
        return site;
    }

    private static String newSite() {
        String code = TestUsers.unique("VF").toUpperCase();
        engineer().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Visits forecast test " + code, "timeZone", "Asia/Shanghai",
                        "floorAreaM2", 1000, "gridRegion", "CN-EAST", "province", "CN-SH"))
                .post("/api/sites").then().statusCode(201);
        return code;
    }
}
