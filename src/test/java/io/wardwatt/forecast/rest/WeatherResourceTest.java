package io.wardwatt.forecast.rest;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wardwatt.forecast.weather.EpwText;
import io.wardwatt.forecast.weather.TypicalWeather;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** EPW import and the forecast as the demo serves it: provider off, every hour from the typical year, flagged. */
@QuarkusTest
class WeatherResourceTest {

    private static final String EPW = "/api/sites/{site}/weather/epw";

    @Test
    void importingNeedsAnEngineerAndTheSameFileTwiceChangesNothing() {
        String typical = EpwText.typicalYear();
        anonymous().contentType(ContentType.TEXT).pathParam("site", "HOSP").queryParam("kind", "typical").body(typical).post(EPW)
                .then().statusCode(401);
        leader().contentType(ContentType.TEXT).pathParam("site", "HOSP").queryParam("kind", "typical").body(typical).post(EPW)
                .then().statusCode(403);
        engineer().contentType(ContentType.TEXT).pathParam("site", "HOSP").queryParam("kind", "typical").body(typical).post(EPW)
                .then().statusCode(200).body("rows", equalTo(8760));
        engineer().contentType(ContentType.TEXT).pathParam("site", "HOSP").queryParam("kind", "typical").body(typical).post(EPW)
                .then().statusCode(200).body("inserted", equalTo(0)).body("changed", equalTo(0)).body("unchanged", equalTo(8760))
                .body("location", equalTo("Nowhere"));
        auditor().queryParam("entityType", "weather-epw").queryParam("entityId", "HOSP/typical").get("/api/audit").then().statusCode(200)
                .body("[0].action", equalTo("import")).body("[0].after.unchanged", equalTo(8760));
    }

    @Test
    void observedWeatherIsStoredAtItsOwnHoursAndACorrectionReplacesWhatDiffers() {
        // A random far-future day: history rows of earlier runs stay in the database.
        LocalDate day = LocalDate.of(2900, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(30_000));
        String history = EpwText.year(day.getYear(), day, 2);
        engineer().contentType(ContentType.TEXT).pathParam("site", "HOSP").queryParam("kind", "history").body(history).post(EPW)
                .then().statusCode(200).body("inserted", equalTo(48))
                .body("first", equalTo(day.atStartOfDay().plusHours(1).toInstant(java.time.ZoneOffset.ofHours(8)).toString()));

        String corrected = history.replaceFirst(",60,x,[0-9.]+,", ",60,x,-3.5,");
        engineer().contentType(ContentType.TEXT).pathParam("site", "HOSP").queryParam("kind", "history").body(corrected).post(EPW)
                .then().statusCode(200).body("inserted", equalTo(0)).body("changed", equalTo(1)).body("unchanged", equalTo(47));
    }

    @Test
    void aBadFileIsRefusedNamingLineAndFieldAndAnUnknownKindOrSiteToo() {
        String bad = EpwText.typicalYear().replaceFirst("2005,1,1,3,60,x,[0-9.]+,", "2005,1,1,3,60,x,warm,");
        engineer().contentType(ContentType.TEXT).pathParam("site", "HOSP").queryParam("kind", "typical").body(bad).post(EPW)
                .then().statusCode(400).body(containsString("upload line 11 field 7"));
        engineer().contentType(ContentType.TEXT).pathParam("site", "HOSP").queryParam("kind", "typical")
                .body(EpwText.year(2005, LocalDate.of(2005, 1, 1), 2)).post(EPW)
                .then().statusCode(400).body(containsString("8,760"));
        engineer().contentType(ContentType.TEXT).pathParam("site", "HOSP").queryParam("kind", "forecast").body(EpwText.typicalYear()).post(EPW)
                .then().statusCode(400).body(containsString("kind"));
        engineer().contentType(ContentType.TEXT).pathParam("site", "NO-SUCH-SITE").queryParam("kind", "typical")
                .body(EpwText.typicalYear()).post(EPW).then().statusCode(404).body(containsString("NO-SUCH-SITE"));
    }

    @Test
    void withTheProviderOffEveryHourComesFromTheTypicalYearAndSaysSo() {
        engineer().contentType(ContentType.TEXT).pathParam("site", "HOSP").queryParam("kind", "typical").body(EpwText.typicalYear())
                .post(EPW).then().statusCode(200);
        anonymous().pathParam("site", "HOSP").get("/api/sites/{site}/weather/forecast").then().statusCode(401);
        reporter().pathParam("site", "HOSP").get("/api/sites/{site}/weather/forecast").then().statusCode(403);

        JsonPath forecast = leader().pathParam("site", "HOSP").get("/api/sites/{site}/weather/forecast").then().statusCode(200)
                .body("provider", equalTo("disabled")).body("hours.size()", equalTo(48)).extract().jsonPath();

        for (int i = 0; i < 48; i++) {
            Instant hour = Instant.parse(forecast.getString("hours[" + i + "].hour"));
            assertEquals("fallback-typical", forecast.getString("hours[" + i + "].source"));
            assertEquals(TypicalWeather.temperature(hour), forecast.getDouble("hours[" + i + "].temperatureC"), 1e-6, hour.toString());
        }
        Instant first = Instant.parse(forecast.getString("hours[0].hour"));
        assertEquals(3600, Instant.parse(forecast.getString("hours[1].hour")).getEpochSecond() - first.getEpochSecond());
        leader().pathParam("site", "HOSP").queryParam("hours", 0).get("/api/sites/{site}/weather/forecast").then().statusCode(400);
        engineer().pathParam("site", "HOSP").post("/api/sites/{site}/weather/forecast/refresh").then().statusCode(200)
                .body("fetched", equalTo(false)).body("error", containsString("disabled"));
        leader().pathParam("site", "HOSP").post("/api/sites/{site}/weather/forecast/refresh").then().statusCode(403);
    }
}
