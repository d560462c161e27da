package io.wardwatt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDemoHospitalValidatesWithASummary() {
        assertEquals(0, run("site", "validate", "--file", "deploy/demo/site.yaml"), err());
        assertTrue(out().startsWith("deploy/demo/site.yaml: valid site definition\n"), out());
        assertTrue(out().contains("site     HOSP (Demo General Hospital), Asia/Shanghai, 196000 m², grid CN-EAST, CN-SH"), out());
        assertTrue(out().matches("(?s).*spaces   \\d+ \\(\\d+ space units, [0-9.]+ m²\\).*"), out());
        assertEquals("", err());
    }

    @Test
    void aBadFileListsEveryProblemWithItsLineAndExits2(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                site:
                  code: BAD
                  name: Bad hospital
                  timeZone: Mars/Olympus
                  floorAreaM2: 100
                  gridRegion: CN-EAST
                  province: CN-SH
                points:
                  - code: P1
                    name: Energy
                    unit: kWh
                    kind: COUNTER
                    carrier: electricity
                """);
        assertEquals(2, run("site", "validate", "--file", file.toString()));
        assertTrue(err().contains("site.timeZone (" + file + " line 4, column 13): 'Mars/Olympus' is not an IANA time zone"), err());
        assertTrue(err().contains("points[0].rolloverValue (" + file + " line 9, column 5): is required for a COUNTER"), err());
        assertTrue(err().endsWith(file + ": 2 problems; nothing would be imported\n"), err());
        assertEquals("", out());
    }

    @Test
    void aMissingFileIsNamedAndExits2(@TempDir Path dir) {
        assertEquals(2, run("site", "validate", "--file", dir.resolve("absent.yaml").toString()));
        assertTrue(err().contains("absent.yaml: no such file"), err());
    }

    @Test
    void wrongArgumentsShowTheUsage() {
        assertEquals(2, run("site", "check", "deploy/demo/site.yaml"));
        assertTrue(err().contains("site: expected 'validate --file FILE', got check deploy/demo/site.yaml"), err());
        assertTrue(err().contains("Usage: site validate --file FILE"), err());
        assertEquals(0, run("--help"));
        assertTrue(out().contains("validate a site definition file"), out());
    }
}
