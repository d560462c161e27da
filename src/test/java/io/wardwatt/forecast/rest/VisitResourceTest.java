package io.wardwatt.forecast.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.wardwatt.forecast.ForecastDays;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VisitResourceTest {

    private static final String PATH = "/api/sites/{site}/visits";

    @Test
    void importingNeedsAnEngineerAndReadingALogin() {
        LocalDate day = ForecastDays.unusedDay();
        String csv = "date,hour,visits\n" + day + ",,8000\n";
        anonymous().contentType("text/csv").pathParam("site", "HOSP").body(csv).post(PATH + "/csv").then().statusCode(401);
        leader().contentType("text/csv").pathParam("site", "HOSP").body(csv).post(PATH + "/csv").then().statusCode(403);
        engineer().contentType("text/csv").pathParam("site", "HOSP").body(csv).post(PATH + "/csv").then().statusCode(200)
                .body("inserted", equalTo(1));
        List<Map<String, Object>> json = List.of(Map.of("date", day.plusDays(1).toString(), "visits", 7000));
        anonymous().contentType(ContentType.JSON).pathParam("site", "HOSP").body(json).post(PATH).then().statusCode(401);
        auditor().contentType(ContentType.JSON).pathParam("site", "HOSP").body(json).post(PATH).then().statusCode(403);

        anonymous().pathParam("site", "HOSP").queryParam("from", day.toString()).queryParam("to", day.toString()).get(PATH).then()
                .statusCode(401);
        reporter().pathParam("site", "HOSP").queryParam("from", day.toString()).queryParam("to", day.toString()).get(PATH).then()
                .statusCode(403);
        leader().pathParam("site", "HOSP").queryParam("from", day.toString()).queryParam("to", day.toString()).get(PATH).then()
                .statusCode(200).body("visits", equalTo(List.of(8000)));
    }

    @Test
    void hourlyCountsAddUpToTheDayAndALaterCountReplacesAnEarlierOneAndSaysSo() {
        LocalDate day = ForecastDays.unusedDay();
        List<Map<String, Object>> hours = List.of(Map.of("date", day.toString(), "hour", 8, "visits", 600),
                Map.of("date", day.toString(), "hour", 9, "visits", 900));
        engineer().contentType(ContentType.JSON).pathParam("site", "HOSP").body(hours).post(PATH).then().statusCode(200)
                .body("inserted", equalTo(2)).body("replaced", hasSize(0));

        // The HIS sends 9h again with late registrations, and 8h unchanged.
        String csv = "date,hour,visits\n" + day + ",8,600\n" + day + ",9,950\n";
        engineer().contentType("text/csv").pathParam("site", "HOSP").queryParam("source", "his-nightly").body(csv).post(PATH + "/csv")
                .then().statusCode(200)
                .body("inserted", equalTo(0)).body("unchanged", equalTo(1))
                .body("replaced", hasSize(1)).body("replaced[0].before", equalTo(900)).body("replaced[0].after", equalTo(950))
                .body("replaced[0].beforeSource", equalTo("his-api"));

        auditor().pathParam("site", "HOSP").queryParam("from", day.minusDays(1).toString()).queryParam("to", day.plusDays(1).toString())
                .get(PATH).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].date", equalTo(day.toString())).body("[0].visits", equalTo(1550)).body("[0].hours", equalTo(2));
        auditor().queryParam("entityType", "outpatient-visits").queryParam("entityId", "HOSP").get("/api/audit").then().statusCode(200)
                .body("[0].action", equalTo("import")).body("[0].after.replaced[0].after", equalTo(950));
    }

    @Test
    void badCsvRowsAreReportedWithLineNumbersAndNothingIsStored() {
        LocalDate day = ForecastDays.unusedDay();
        String csv = "date,hour,visits\n" + day + ",8,600\n" + day + ",nine,900\n" + day + ",10,lots\n";
        engineer().contentType("text/csv").pathParam("site", "HOSP").body(csv).post(PATH + "/csv").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("upload line 3 hour"))
                .body(org.hamcrest.Matchers.containsString("upload line 4 visits"));

        leader().pathParam("site", "HOSP").queryParam("from", day.toString()).queryParam("to", day.toString()).get(PATH).then()
                .statusCode(200).body("$", hasSize(0));
    }

    @Test
    void badJsonItemsAreNamedByPathAndAnUnknownSiteIsRefused() {
        List<Map<String, Object>> bad = List.of(Map.of("date", "2026-13-01", "visits", 5), Map.of("date", "2026-03-01", "visits", -5));
        engineer().contentType(ContentType.JSON).pathParam("site", "HOSP").body(bad).post(PATH).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("[0].date"))
                .body(org.hamcrest.Matchers.containsString("[1].visits"));
        engineer().contentType(ContentType.JSON).pathParam("site", "NO-SUCH-SITE")
                .body(List.of(Map.of("date", "2026-03-01", "visits", 5))).post(PATH).then().statusCode(404)
                .body("error", org.hamcrest.Matchers.containsString("NO-SUCH-SITE"));
    }
}
