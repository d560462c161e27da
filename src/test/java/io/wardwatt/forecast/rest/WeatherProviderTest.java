package io.wardwatt.forecast.rest;

import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wardwatt.TestUsers;
import io.wardwatt.forecast.weather.EpwText;
import io.wardwatt.forecast.weather.TypicalWeather;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The provider's forecast and its fallbacks, against a real provider on loopback that answers well, fails, or does not
 * answer: provider → last stored forecast → typical year, each hour flagged.
 */
@QuarkusTest
@TestProfile(WeatherProviderTest.ProviderOn.class)
@WithTestResource(value = LocalWeatherProvider.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class WeatherProviderTest {

    /** Its own profile: one more boot, for this class only. */
    public static class ProviderOn implements QuarkusTestProfile {
    }

    private static final String FORECAST = "/api/sites/{site}/weather/forecast";

    @Test
    void theProviderForecastIsCachedAndWhileTheProviderIsDownItsHoursAreServedAsTheLastForecast() {
        String site = siteWithTypicalYear();
        LocalWeatherProvider.serve(site, LocalWeatherProvider.Mode.GOOD, 24);

        JsonPath live = forecast(site);
        Set<Instant> served = LocalWeatherProvider.served(site);
        assertEquals("up", live.getString("provider"));
        assertSources(live, served, "provider");
        leader().pathParam("site", site).get(FORECAST).then().statusCode(200);
        assertEquals(1, LocalWeatherProvider.requests(site), "the second read within the cache time is served from the cache");

        LocalWeatherProvider.serve(site, LocalWeatherProvider.Mode.ERROR, 0);
        engineer().pathParam("site", site).post(FORECAST + "/refresh").then().statusCode(200)
                .body("fetched", equalTo(false)).body("error", containsString("HTTP 500"));
        assertEquals(3, LocalWeatherProvider.requests(site), "one fetch of two attempts");

        JsonPath down = forecast(site);
        assertEquals("down", down.getString("provider"));
        assertSources(down, served, "fallback-last");
        RestAssured.given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'weather-provider' }.data.provider", equalTo("down"))
                .body("checks.find { it.name == 'weather-provider' }.data.lastError", containsString("HTTP 500"));
    }

    @Test
    void aProviderThatDoesNotAnswerInTimeLeavesASiteWithoutForecastsOnTheTypicalYear() {
        String site = siteWithTypicalYear();
        LocalWeatherProvider.serve(site, LocalWeatherProvider.Mode.SILENT, 0);

        JsonPath forecast = forecast(site);

        assertSources(forecast, Set.of(), "unused");
        auditor().get("/api/weather/provider").then().statusCode(200)
                .body("status", equalTo("down")).body("lastError", containsString("no answer within"));
    }

    @Test
    void aFailedRequestIsRepeatedAndTheSecondAnswerServed() {
        String site = siteWithTypicalYear();
        LocalWeatherProvider.serve(site, LocalWeatherProvider.Mode.FAIL_ONCE, 30);

        JsonPath forecast = forecast(site);

        assertEquals(2, LocalWeatherProvider.requests(site));
        assertSources(forecast, LocalWeatherProvider.served(site), "provider");
    }

    private static JsonPath forecast(String site) {
        return auditor().pathParam("site", site).queryParam("hours", 48).get(FORECAST).then().statusCode(200)
                .body("hours.size()", equalTo(48)).extract().jsonPath();
    }

    /** Hours the provider's forecast held carry its values and {@code coveredSource}; every other hour is the typical year. */
    private static void assertSources(JsonPath forecast, Set<Instant> covered, String coveredSource) {
        int coveredHours = 0;
        for (int i = 0; i < 48; i++) {
            Instant hour = Instant.parse(forecast.getString("hours[" + i + "].hour"));
            double temperature = forecast.getDouble("hours[" + i + "].temperatureC");
            if (covered.contains(hour)) {
                coveredHours++;
                assertEquals(coveredSource, forecast.getString("hours[" + i + "].source"), hour.toString());
                assertEquals(LocalWeatherProvider.temperature(hour), temperature, 1e-6, hour.toString());
            } else {
                assertEquals("fallback-typical", forecast.getString("hours[" + i + "].source"), hour.toString());
                assertEquals(TypicalWeather.temperature(hour), temperature, 1e-6, hour.toString());
            }
        }
        if (!covered.isEmpty()) {
            // The provider's 24 or 30 hours start two hours back: most of them fall in the 48 served.
            assertEquals(true, coveredHours >= 20, "hours covered by the provider: " + coveredHours);
        }
    }

    private static String siteWithTypicalYear() {
        String code = TestUsers.unique("WX").toUpperCase();
        engineer().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Weather test " + code, "timeZone", "Asia/Shanghai",
                        "floorAreaM2", 1000, "gridRegion", "CN-EAST", "province", "CN-SH"))
                .post("/api/sites").then().statusCode(201);
        engineer().contentType(ContentType.TEXT).pathParam("site", code).queryParam("kind", "typical").body(EpwText.typicalYear())
                .post("/api/sites/{site}/weather/epw").then().statusCode(200).body("inserted", equalTo(8760));
        return code;
    }
}
