package io.wardwatt.forecast.rest;

import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.wardwatt.readings.RawReadingFixtures;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.wardwatt.forecast.runtime.WeatherRefreshJob;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduled weather refresh, run by calling the job, against the real provider on loopback. It lives beside
 * {@link LocalWeatherProvider}, whose controls are this package's. The configured sites are fixed (configuration is read
 * at boot), so they are created once and kept; what a run adds is counted from this class's start, and the cache and
 * failure times are in memory, new with each boot.
 */
@QuarkusTest
@TestProfile(WeatherRefreshJobTest.JobSites.class)
@WithTestResource(value = LocalWeatherProvider.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class WeatherRefreshJobTest {

    private static final String UNKNOWN = "WXJOB-NONE";
    private static final String UP = "WXJOB-UP";
    private static final String DOWN = "WXJOB-DOWN";
    private static final Instant CLASS_START = Instant.now();

    /** Three sites in this order: one not in the site model, one the provider serves, one it fails. */
    public static class JobSites implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wardwatt.forecast.weather.provider.sites", UNKNOWN + "," + UP + "," + DOWN,
                    "wardwatt.forecast.weather.provider.retry-after-failure", "1h");
        }
    }

    @Inject
    WeatherRefreshJob job;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void sitesAndProvider() {
        for (String code : new String[] {UP, DOWN}) {
            if (engineer().get("/api/sites/" + code).statusCode() == 404) {
                engineer().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Weather job test " + code, "timeZone",
                                "Asia/Shanghai", "floorAreaM2", 1000, "gridRegion", "CN-EAST", "province", "CN-SH"))
                        .post("/api/sites").then().statusCode(201);
            }
        }
        LocalWeatherProvider.serve(UP, LocalWeatherProvider.Mode.GOOD, 24);
        LocalWeatherProvider.serve(DOWN, LocalWeatherProvider.Mode.ERROR, 0);
    }

    @Test
    void eachRunStoresTheServedSitesForecastAsAnIssueButNotAgainWithinTheCacheTime() {
        job.refreshSites();
        job.refreshSites();

        assertEquals(1, LocalWeatherProvider.requests(UP), "fetched by the first run of the class, then cached (cache-ttl 10m)");
        assertEquals(1, issuesSinceClassStart(UP));
        assertEquals(24, hoursOfLatestIssue(UP));
        assertEquals(0, issuesSinceClassStart(DOWN));
    }

    @Test
    void aProviderThatFailsLeavesTheJobQuietAndTheStateDownAndIsNotAskedAgainWithinRetryAfterFailure() {
        job.refreshSites();   // the provider answers HTTP 500 for DOWN: logged, not thrown
        job.refreshSites();

        assertEquals(2, LocalWeatherProvider.requests(DOWN), "one fetch of two attempts, then no more within retry-after-failure (1h)");
        auditor().get("/api/weather/provider").then().statusCode(200)
                .body("status", equalTo("down")).body("lastError", containsString("HTTP 500"));
        assertEquals(1, issuesSinceClassStart(UP), "the site after the unknown one was fetched all the same");
    }

    private long issuesSinceClassStart(String site) {
        return number("select count(distinct issued_at) from weather_forecast where site = ? and issued_at >= ?", site,
                Timestamp.from(CLASS_START));
    }

    private long hoursOfLatestIssue(String site) {
        return number("select count(*) from weather_forecast where site = ? and issued_at = "
                + "(select max(issued_at) from weather_forecast where site = ? and issued_at >= ?)", site, site, Timestamp.from(CLASS_START));
    }

    private long number(String sql, Object... args) {
        return new RawReadingFixtures(dataSource).number(sql, args);
    }
}
