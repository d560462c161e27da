package io.wardwatt.forecast.runtime;

import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.wardwatt.TestUsers;
import io.wardwatt.forecast.weather.EpwText;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class TypicalYearSeedTest {

    @Inject
    TypicalYearSeed seed;

    /** The demo's file, beside the project (licence unclear: read in place, never copied). */
    static final Path SHARED_SHANGHAI = Path.of("../shared/data/weather/CHN_Shanghai.Shanghai.583620_CSWD.epw");

    @Test
    void theConfiguredTypicalYearIsImportedOnceAndThenServedAsTheFallback(@TempDir Path directory) throws IOException {
        String site = newSite();
        Path file = directory.resolve("typical.epw");
        Files.writeString(file, EpwText.typicalYear());

        assertTrue(seed.seed(site, directory.resolve("missing.epw")).isEmpty(), "a missing file is skipped");
        assertEquals(8760, seed.seed(site, file).orElseThrow().inserted());
        assertTrue(seed.seed(site, file).isEmpty(), "a site with a typical year is left alone");

        leader().pathParam("site", site).get("/api/sites/{site}/weather/forecast").then().statusCode(200)
                .body("hours.source", everyItem(equalTo("fallback-typical")));
    }

    @Test
    void theDemosShanghaiFileIsATypicalYear() {
        assumeTrue(Files.exists(SHARED_SHANGHAI), "the shared weather file is not beside the project");
        String site = newSite();

        var done = seed.seed(site, SHARED_SHANGHAI).orElseThrow();

        assertEquals("Shanghai", done.location());
        assertEquals(8760, done.inserted());
    }

    private static String newSite() {
        String site = TestUsers.unique("SEED").toUpperCase();
        engineer().contentType(ContentType.JSON).body(Map.of("code", site, "name", "Seed test " + site, "timeZone", "Asia/Shanghai",
                "floorAreaM2", 1000, "gridRegion", "CN-EAST", "province", "CN-SH")).post("/api/sites").then().statusCode(201);
        return site;
    }
}
