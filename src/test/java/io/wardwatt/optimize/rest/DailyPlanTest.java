package io.wardwatt.optimize.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.forecast.ForecastDays.body;
import static io.wardwatt.forecast.ForecastDays.hourlyLoads;
import static io.wardwatt.forecast.ForecastDays.unusedDay;
import static io.wardwatt.optimize.rest.PlanApi.awaitDone;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.wardwatt.forecast.weather.EpwText;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DailyPlanTest {

    private static final String PLANNING = "checks.find { it.name == 'planning' }";

    private static long forecast(LocalDate day, List<Double> loads) {
        return engineer().pathParam("site", "HOSP").contentType(ContentType.JSON).body(body("HOSP", day, 60, loads, "daily-plan-test"))
                .post("/api/sites/{site}/forecasts/cooling-load").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aDayWithoutForecastPlansNothingAndHealthSaysSo() {
        LocalDate day = unusedDay();
        engineer().queryParam("date", day.toString()).post("/api/sites/HOSP/plans/daily").then().statusCode(409)
                .body("error", equalTo("no forecast for HOSP " + day));
        leader().queryParam("date", day.toString()).get("/api/sites/HOSP/plans").then().statusCode(200).body("$", empty());
        anonymous().get("/q/health/ready").then().statusCode(200)
                .body(PLANNING + ".status", equalTo("UP"))
                .body(PLANNING + ".data.lastDailyResult", equalTo("no-forecast"))
                .body(PLANNING + ".data.lastDailyOutcome", equalTo("no forecast for HOSP " + day));
    }

    @Test
    void theDailyPlanIsMadeFromTheLatestForecastTheDemoPlantAndTheConfiguredTariff() {
        LocalDate day = unusedDay();
        List<Double> loads = hourlyLoads(5000, 15000);
        long forecastId = forecast(day, loads);

        var posted = engineer().queryParam("date", day.toString()).post("/api/sites/HOSP/plans/daily").then().statusCode(202)
                .body("status", equalTo("queued")).extract();
        String id = posted.jsonPath().getString("id");
        assertTrue(posted.header("Location").endsWith("/api/sites/HOSP/plans/" + id));
        anonymous().get("/q/health/ready").then().body(PLANNING + ".data.lastDailyResult", equalTo("planned"));

        JsonPath scenario = leader().get("/api/sites/HOSP/plans/" + id + "/scenario").then().statusCode(200).extract().jsonPath();
        assertEquals("plants/demo-hospital.yaml", scenario.getString("plant"));
        assertEquals(day + "T00:00", scenario.getString("start"));
        assertEquals(60, scenario.getInt("slotMinutes"));
        assertEquals(loads, scenario.getList("loadsKw", Double.class));
        assertEquals("tariffs/shanghai-general-commercial-10kv.yaml", scenario.getString("tariff.file"));
        // The ledger's own grid factor for Shanghai (carbon-factors/cn: the newest provincial average published, 2022).
        assertEquals(0.5849, scenario.getDouble("carbonKgPerKwh"), 1e-9);
        assertTrue(scenario.getString("description").contains("CN_GRID_PROV_SH_2022"), scenario.getString("description"));
        assertEquals(2.0, scenario.getDouble("solver.timeLimitSeconds"), 1e-9);
        assertFalse(scenario.getMap("").containsKey("initialState"), "no plan of the day before: every chiller starts off and free");
        leader().get("/api/sites/HOSP/plans/" + id).then().body("kind", equalTo("daily")).body("forecastId", equalTo((int) forecastId))
                .body("date", equalTo(day.toString())).body("site", equalTo("HOSP"));

        // The same forecast again: the plan made before, not a second one.
        engineer().queryParam("date", day.toString()).post("/api/sites/HOSP/plans/daily").then().statusCode(200).body("id", equalTo(id));
        JsonPath first = awaitDone(id);
        assertEquals(loads, first.getList("plan.slots.loadKw", Double.class));
        // the Shanghai tariff by the day's month: 03:00 is valley, 09:00 peak, in every season
        assertEquals("valley", first.getString("plan.slots[3].tariffPeriod"));
        assertEquals("peak", first.getString("plan.slots[9].tariffPeriod"));
        // The plant allows 5.5..8.5 °C, but Z3's theatres and ICU need 7.5 °C or colder: no slot is planned warmer,
        // the plan says why, and the baseline's fixed 7 °C keeps the limit too.
        assertTrue(first.getList("plan.slots.supplySetpointC", Double.class).stream().allMatch(c -> c <= 7.5),
                first.getList("plan.slots.supplySetpointC").toString());
        // (other limits may follow, e.g. a made-up typical year another test imported takes the wet bulb past the tower
        // correlation's range, which the plan names)
        assertEquals("supply ≤ 7.5 °C: critical zone Z3 (operating theatres, ICU & isolation rooms)",
                first.getList("plan.limits", String.class).get(0));
        assertTrue(first.getString("plan.baseline.method").contains("supply 7.0 °C"), first.getString("plan.baseline.method"));
        assertTrue(first.getList("plan.baseline.slots.supplySetpointC", Double.class).stream().allMatch(c -> c == 7.0));

        // A newer forecast of the day makes a new plan.
        List<Double> revised = hourlyLoads(5500, 16000);
        forecast(day, revised);
        String second = engineer().queryParam("date", day.toString()).post("/api/sites/HOSP/plans/daily").then().statusCode(202)
                .extract().jsonPath().getString("id");
        assertNotEquals(id, second);
        JsonPath latest = awaitDone(second);

        // The next day starts where the day's latest plan leaves the plant at midnight.
        forecast(day.plusDays(1), loads);
        String next = engineer().queryParam("date", day.plusDays(1).toString()).post("/api/sites/HOSP/plans/daily").then().statusCode(202)
                .extract().jsonPath().getString("id");
        List<Map<String, Object>> initial = leader().get("/api/sites/HOSP/plans/" + next + "/scenario").then().extract().jsonPath()
                .getList("initialState");
        assertEquals(expectedInitialState(latest), initial);
    }

    @Test
    void aWhatIfOfADayIsItsDailyPlanWithMoreLoadAndAChillerOutOfService() {
        LocalDate day = unusedDay();
        engineer().contentType(ContentType.JSON).body(Map.of("date", day.toString(), "loadScalingPercent", 10))
                .post("/api/sites/HOSP/plans/what-if").then().statusCode(409)
                .body("error", equalTo("there is no daily plan of HOSP for " + day + " to start the what-if from: request the day's daily plan first"));
        // the N+1 rule still kept with CH6 out and 10 % more load
        List<Double> loads = hourlyLoads(3000, 9000);
        forecast(day, loads);
        String daily = engineer().queryParam("date", day.toString()).post("/api/sites/HOSP/plans/daily").then().statusCode(202).extract().jsonPath().getString("id");
        awaitDone(daily);

        engineer().contentType(ContentType.JSON).body(Map.of("date", day.toString(), "weatherOffsetC", 20, "loadScalingPercent", -80))
                .post("/api/sites/HOSP/plans/what-if").then().statusCode(400)
                .body("problems.where", equalTo(List.of("weatherOffsetC", "loadScalingPercent")));
        engineer().contentType(ContentType.JSON).body(Map.of("date", day.toString(), "outOfService", List.of("CH9")))
                .post("/api/sites/HOSP/plans/what-if").then().statusCode(400)
                .body("problems[0].where", equalTo("scenario line 1: outOfService[0]"))
                .body("problems[0].problem", equalTo("unknown chiller 'CH9'; the plant has CH1, CH2, CH3, CH4, CH5, CH6"));
        engineer().contentType(ContentType.JSON).body(Map.of("date", day.toString()))
                .post("/api/sites/HOSP/plans/what-if").then().statusCode(400).body("problems[0].where", equalTo("edits"));
        leader().contentType(ContentType.JSON).body(Map.of("date", day.toString(), "loadScalingPercent", 10))
                .post("/api/sites/HOSP/plans/what-if").then().statusCode(403);

        var posted = engineer().contentType(ContentType.JSON).header("Idempotency-Key", "what-if-" + day)
                .body(Map.of("date", day.toString(), "loadScalingPercent", 10, "outOfService", List.of("CH6")))
                .post("/api/sites/HOSP/plans/what-if").then().statusCode(202).extract();
        String id = posted.jsonPath().getString("id");
        assertTrue(posted.header("Location").endsWith("/api/sites/HOSP/plans/" + id));
        engineer().contentType(ContentType.JSON).header("Idempotency-Key", "what-if-" + day)
                .body(Map.of("date", day.toString(), "loadScalingPercent", 10, "outOfService", List.of("CH6")))
                .post("/api/sites/HOSP/plans/what-if").then().statusCode(200).body("id", equalTo(id));

        JsonPath scenario = leader().get("/api/sites/HOSP/plans/" + id + "/scenario").then().statusCode(200).extract().jsonPath();
        List<Double> scaled = scenario.getList("loadsKw", Double.class);
        for (int i = 0; i < loads.size(); i++) {
            assertEquals(loads.get(i) * 1.1, scaled.get(i), 0.051, "slot " + i);
        }
        assertEquals(List.of("CH6"), scenario.getList("outOfService", String.class));
        assertEquals("what-if of " + day + ": load +10 %, CH6 out of service", scenario.getString("name"));
        JsonPath plan = awaitDone(id);
        assertEquals("what-if", plan.getString("kind"));
        assertEquals(day.toString(), plan.getString("date"));
        List<String> planned = plan.getList("plan.slots[0].chillers.id", String.class);
        assertFalse(planned.contains("CH6"), "CH6 is out of service: " + planned);
        assertTrue(planned.contains("CH5"), planned.toString());
        assertTrue(plan.getBoolean("approval.approvable"), plan.getString("approval.reason"));
    }

    @Test
    void theDailyPlanTakesTheForecastWeatherOfEverySlot() {
        // The provider is off in tests: every hour comes from the typical year (made up so each value names its row).
        engineer().contentType(ContentType.TEXT).pathParam("site", "HOSP").queryParam("kind", "typical").body(EpwText.typicalYear())
                .post("/api/sites/{site}/weather/epw").then().statusCode(200);
        LocalDate found = unusedDay();
        LocalDate day = found.getMonthValue() == 2 && found.getDayOfMonth() == 29 ? found.plusDays(1) : found;
        forecast(day, hourlyLoads(5000, 15000));
        String id = engineer().queryParam("date", day.toString()).post("/api/sites/HOSP/plans/daily").then().statusCode(202).extract().jsonPath()
                .getString("id");
        JsonPath scenario = leader().get("/api/sites/HOSP/plans/" + id + "/scenario").then().statusCode(200).extract().jsonPath();
        List<Double> dryBulb = scenario.getList("weather.dryBulbC", Double.class);
        List<Double> humidity = scenario.getList("weather.relativeHumidityPercent", Double.class);
        List<Double> solar = scenario.getList("weather.solarWm2", Double.class);
        assertEquals(24, dryBulb.size());
        int doy = LocalDate.of(2005, day.getMonth(), day.getDayOfMonth()).getDayOfYear(); // the typical year's row
        for (int s = 1; s < 24; s++) {
            // an hourly slot's middle lies halfway between the readings at its start (row s) and its end (row s + 1)
            double expected = (EpwText.temperature(doy, s) + EpwText.temperature(doy, s + 1)) / 2;
            assertEquals(expected, dryBulb.get(s), 0.011, "slot " + s);
            assertEquals((EpwText.humidity(s) + EpwText.humidity(s + 1)) / 2, humidity.get(s), 0.011, "slot " + s);
            // irradiance is the mean of the hour that holds the slot (row s + 1 ends it)
            assertEquals(EpwText.radiation(s + 1), solar.get(s), 0.011, "slot " + s);
        }
        assertTrue(scenario.getString("description").contains("weather fallback-typical: 25"), scenario.getString("description"));
        JsonPath plan = awaitDone(id);
        assertEquals(dryBulb, plan.getList("plan.slots.dryBulbC", Double.class));
    }

    /** Per chiller of the last slot: on or off, and for how many whole slots (× 60 min) it has been so. */
    private static List<Map<String, Object>> expectedInitialState(JsonPath plan) {
        int slots = plan.getList("plan.slots").size();
        List<Map<String, Object>> expected = new ArrayList<>();
        List<String> ids = plan.getList("plan.slots[" + (slots - 1) + "].chillers.id", String.class);
        for (int c = 0; c < ids.size(); c++) {
            boolean on = plan.getBoolean("plan.slots[" + (slots - 1) + "].chillers[" + c + "].on");
            int same = 0;
            while (same < slots && plan.getBoolean("plan.slots[" + (slots - 1 - same) + "].chillers[" + c + "].on") == on) {
                same++;
            }
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("chiller", ids.get(c));
            state.put("on", on);
            state.put("minutesInState", same * 60);
            state.put("startsToday", 0);
            expected.add(state);
        }
        return expected;
    }
}
