package io.wardwatt.forecast.runtime;

import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void theConfiguredTypicalYearIsImportedOnceAndThenServedAsTheFallback(@TempDir Path directory) throws IOException {
        String site = TestUsers.unique("SEED").toUpperCase();
        engineer().contentType(ContentType.JSON).body(Map.of("code", site, "name", "Seed test " + site, "timeZone", "Asia/Shanghai",
                "floorAreaM2", 1000, "gridRegion", "CN-EAST", "province", "CN-SH")).post("/api/sites").then().statusCode(201);
        Path file = directory.resolve("typical.epw");
        Files.writeString(file, EpwText.typicalYear());

        assertTrue(seed.seed(site, directory.resolve("missing.epw")).isEmpty(), "a missing file is skipped");
        assertEquals(8760, seed.seed(site, file).orElseThrow().inserted());
        assertTrue(seed.seed(site, file).isEmpty(), "a site with a typical year is left alone");

        leader().queryParam("site", site).get("/api/weather/forecast").then().statusCode(200)
                .body("hours.source", everyItem(equalTo("fallback-typical")));
    }
}
