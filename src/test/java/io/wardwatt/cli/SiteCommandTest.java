package io.wardwatt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandTest {

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }



    @Test
    void theDemoHospitalValidatesWithASummary() {
        assertEquals(0, run("site", "validate", "--file", "deploy/demo/site.yaml"), command.err());
        assertTrue(command.out().startsWith("deploy/demo/site.yaml: valid site definition\n"), command.out());
        assertTrue(command.out().contains("site     HOSP (Demo General Hospital), Asia/Shanghai, 196000 m², grid CN-EAST, CN-SH"), command.out());
        assertTrue(command.out().matches("(?s).*spaces   \\d+ \\(\\d+ space units, [0-9.]+ m²\\).*"), command.out());
        assertEquals("", command.err());
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
        assertTrue(command.err().contains("site.timeZone (" + file + " line 4, column 13): 'Mars/Olympus' is not an IANA time zone"), command.err());
        assertTrue(command.err().contains("points[0].rolloverValue (" + file + " line 9, column 5): is required for a COUNTER"), command.err());
        assertTrue(command.err().endsWith(file + ": 2 problems; nothing would be imported\n"), command.err());
        assertEquals("", command.out());
    }

    @Test
    void aMissingFileIsNamedAndExits2(@TempDir Path dir) {
        assertEquals(2, run("site", "validate", "--file", dir.resolve("absent.yaml").toString()));
        assertTrue(command.err().contains("absent.yaml: no such file"), command.err());
    }

    @Test
    void wrongArgumentsShowTheUsage() {
        assertEquals(2, run("site", "check", "deploy/demo/site.yaml"));
        assertTrue(command.err().contains("site: expected 'validate --file FILE', got check deploy/demo/site.yaml"), command.err());
        assertTrue(command.err().contains("Usage: site validate --file FILE"), command.err());
        assertEquals(0, run("--help"));
        assertTrue(command.out().contains("validate a site definition file"), command.out());
    }
}
