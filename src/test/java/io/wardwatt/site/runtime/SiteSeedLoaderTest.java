package io.wardwatt.site.runtime;

import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.wardwatt.site.definition.ImportSummary;
import io.wardwatt.site.definition.SiteDefinition;
import io.wardwatt.site.definition.SiteDefinitionReader;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class SiteSeedLoaderTest {

    private static final Path DEMO = Path.of("deploy/demo/site.yaml");

    @Inject
    SiteSeedLoader loader;

    @Inject
    SiteConfig config;

    @Inject
    DataSource dataSource;

    private long hospitalAuditEntries() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from audit_log where entity_id = 'HOSP' or entity_id like 'HOSP/%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theDemoHospitalWasLoadedAtStartUp() {
        assertEquals(DEMO, config.seedFile().orElseThrow());
        SiteDefinition demo = SiteDefinitionReader.readFile(DEMO);
        leader().get("/api/sites/HOSP/spaces").then().statusCode(200).body("size()", equalTo(demo.spaces().size()));
        leader().get("/api/sites/HOSP/devices").then().statusCode(200).body("size()", equalTo(demo.devices().size()));
        leader().get("/api/sites/HOSP/points").then().statusCode(200).body("size()", equalTo(demo.points().size()));
        leader().get("/api/sites/HOSP/spaces/CAMPUS/tree").then().statusCode(200)
                .body("spaceUnits", equalTo((int) demo.spaceUnits()))
                .body("children.size()", equalTo(6));
        leader().get("/api/sites/HOSP/points/INC1.KWH").then()
                .body("kind", equalTo("COUNTER")).body("rolloverValue", equalTo(99999999.9f)).body("carrier", equalTo("electricity"));
        leader().queryParam("carrier", "steam").get("/api/sites/HOSP/points").then().body("code", org.hamcrest.Matchers.contains("STEAM.T"));
    }

    @Test
    void loadingTheSameFileAgainChangesNothing() throws Exception {
        long before = hospitalAuditEntries();
        ImportSummary again = loader.load(DEMO);
        assertTrue(again.unchanged(), again.describe());
        assertEquals(before, hospitalAuditEntries());
    }

    @Test
    void aMissingFileStopsTheStartNamingTheSetting(@TempDir Path dir) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loader.load(dir.resolve("gone.yaml")));
        assertTrue(e.getMessage().startsWith("wardwatt.site.seed-file: " + dir.resolve("gone.yaml") + " does not exist (working directory "),
                e.getMessage());
    }

    @Test
    void anInvalidFileStopsTheStartListingItsProblems(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.write(file, List.of("site:", "  code: BROKEN", "  name: Broken", "  timeZone: Asia/Shanghai", "  floorAreaM2: 0",
                "  gridRegion: CN-EAST", "  province: CN-SH"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loader.load(file));
        assertEquals("wardwatt.site.seed-file: " + file + " is not a valid site definition:\n"
                + "  site.floorAreaM2 (" + file + " line 5, column 16): must be more than 0 m², got 0.0", e.getMessage());
        leader().get("/api/sites/BROKEN").then().statusCode(404);
    }

    @Test
    void ifAbsentLeavesAStoredSiteAloneWhileAlwaysMakesTheFileWin(@TempDir Path dir) throws IOException {
        String code = io.wardwatt.TestUsers.unique("SEED").toUpperCase(java.util.Locale.ROOT);
        Path file = dir.resolve("seed.yaml");
        Files.write(file, seedFile(code, "First name"));
        assertTrue(loader.seed(file, SiteConfig.SeedPolicy.IF_ABSENT).isPresent(), "an absent site is imported");
        leader().get("/api/sites/" + code).then().statusCode(200).body("name", equalTo("First name"));

        Files.write(file, seedFile(code, "Renamed in the file"));
        assertTrue(loader.seed(file, SiteConfig.SeedPolicy.IF_ABSENT).isEmpty(), "a stored site is left alone");
        leader().get("/api/sites/" + code).then().body("name", equalTo("First name"));

        ImportSummary forced = loader.seed(file, SiteConfig.SeedPolicy.ALWAYS).orElseThrow();
        assertTrue(!forced.unchanged(), forced.describe());
        leader().get("/api/sites/" + code).then().body("name", equalTo("Renamed in the file"));
    }

    private static List<String> seedFile(String code, String name) {
        return List.of("site:", "  code: " + code, "  name: " + name, "  timeZone: Asia/Shanghai", "  floorAreaM2: 1000",
                "  gridRegion: CN-EAST", "  province: CN-SH");
    }
}
