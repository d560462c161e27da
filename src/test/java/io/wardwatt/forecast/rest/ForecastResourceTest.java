package io.wardwatt.forecast.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static io.wardwatt.forecast.ForecastDays.body;
import static io.wardwatt.forecast.ForecastDays.hourlyLoads;
import static io.wardwatt.forecast.ForecastDays.unusedDay;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ForecastResourceTest {

    private static final String PATH = "/api/sites/{site}/forecasts/cooling-load";

    @Test
    void issuingNeedsAnEngineerAndReadingALogin() {
        LocalDate day = unusedDay();
        Map<String, Object> forecast = body("HOSP", day, 60, hourlyLoads(4000, 12000), "test");
        anonymous().pathParam("site", "HOSP").contentType(ContentType.JSON).body(forecast).post(PATH).then().statusCode(401);
        leader().pathParam("site", "HOSP").contentType(ContentType.JSON).body(forecast).post(PATH).then().statusCode(403);
        engineer().pathParam("site", "HOSP").contentType(ContentType.JSON).body(forecast).post(PATH).then().statusCode(201)
                .header("Location", containsString("date=" + day));

        anonymous().pathParam("site", "HOSP").queryParam("date", day.toString()).get(PATH).then().statusCode(401);
        reporter().pathParam("site", "HOSP").queryParam("date", day.toString()).get(PATH).then().statusCode(403);
        auditor().pathParam("site", "HOSP").queryParam("date", day.toString()).get(PATH).then().statusCode(200)
                .body("latest.loadsKw", hasSize(24));
    }

    @Test
    void aRepostIsNotANewIssueButANewForecastIsAndTheLatestWins() {
        LocalDate day = unusedDay();
        List<Double> morning = hourlyLoads(4000, 12000);
        List<Double> noon = hourlyLoads(4500, 13500);
        long first = engineer().pathParam("site", "HOSP").contentType(ContentType.JSON).body(body("HOSP", day, 60, morning, "model-a")).post(PATH)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long again = engineer().pathParam("site", "HOSP").contentType(ContentType.JSON).body(body("HOSP", day, 60, morning, "model-a")).post(PATH)
                .then().statusCode(200).extract().jsonPath().getLong("id");
        assertEquals(first, again);
        long second = engineer().pathParam("site", "HOSP").contentType(ContentType.JSON).body(body("HOSP", day, 60, noon, "model-a")).post(PATH)
                .then().statusCode(201).extract().jsonPath().getLong("id");

        var answer = leader().pathParam("site", "HOSP").queryParam("date", day.toString()).get(PATH).then().statusCode(200)
                .body("latest.id", equalTo((int) second))
                .body("history", hasSize(2))
                .body("history[0].id", equalTo((int) second))
                .body("history[1].id", equalTo((int) first))
                .body("history[1].issuedAt", notNullValue())
                .extract().jsonPath();
        assertEquals(noon, answer.getList("latest.loadsKw", Double.class));
        assertEquals(noon.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), answer.getDouble("history[0].peakKw"), 1e-9);

        // The older forecast issued again is the latest once more: a new issue, not a re-post of the latest.
        engineer().pathParam("site", "HOSP").contentType(ContentType.JSON).body(body("HOSP", day, 60, morning, "model-a")).post(PATH).then().statusCode(201);
        auditor().pathParam("site", "HOSP").queryParam("date", day.toString()).get(PATH).then()
                .body("history", hasSize(3)).body("latest.loadsKw[12]", equalTo(morning.get(12).floatValue()));
    }

    @Test
    void badForecastsAreRefusedNamingEachField() {
        List<Object> loads = new ArrayList<>(hourlyLoads(4000, 12000));
        loads.set(2, -5);
        loads.set(7, "hot");
        Map<String, Object> bad = body("HOSP", unusedDay(), 60, List.of(), "test");
        bad.put("loadsKw", loads);
        engineer().pathParam("site", "HOSP").contentType(ContentType.JSON).body(bad).post(PATH).then().statusCode(400)
                .body("problems.where", hasItem("loadsKw[2]"))
                .body("problems.where", hasItem("loadsKw[7]"));

        Map<String, Object> short30 = body("HOSP", unusedDay(), 30, hourlyLoads(4000, 12000), "test");
        engineer().pathParam("site", "HOSP").contentType(ContentType.JSON).body(short30).post(PATH).then().statusCode(400)
                .body("problems[0].where", equalTo("loadsKw"))
                .body("problems[0].problem", containsString("needs 48 loads, got 24"));

        Map<String, Object> odd = body("HOSP", unusedDay(), 7, hourlyLoads(4000, 12000), " ");
        odd.put("date", "2026-02-30");
        engineer().pathParam("site", "HOSP").contentType(ContentType.JSON).body(odd).post(PATH).then().statusCode(400)
                .body("problems.where", hasItem("slotMinutes"))
                .body("problems.where", hasItem("date"))
                .body("problems.where", hasItem("source"));

        engineer().pathParam("site", "HOSP").contentType(ContentType.JSON).body(body("NOWHERE", unusedDay(), 60, hourlyLoads(1, 2), "test")).post(PATH)
                .then().statusCode(400).body("problems[0].where", equalTo("site"));
    }

    @Test
    void aDayWithoutForecastIsNotFound() {
        leader().pathParam("site", "HOSP").queryParam("date", unusedDay().toString()).get(PATH).then().statusCode(404);
        leader().pathParam("site", "HOSP").queryParam("date", "tomorrow").get(PATH).then().statusCode(400)
                .body("problems[0].where", equalTo("date"));
    }
}
