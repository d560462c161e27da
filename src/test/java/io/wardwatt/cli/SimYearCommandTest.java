package io.wardwatt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimYearCommandTest {

    private final CommandRun command = new CommandRun();

    @Test
    void simWithoutYearStillServesAndItsHelpShowsTheYear() {
        assertEquals(0, command.run("sim", "--help"));
        assertTrue(command.out().contains("Usage: sim [--devices FILE]"), command.out());
        assertTrue(command.out().contains("Usage: sim year --weather FILE.epw"), command.out());
    }

    @Test
    void theWeatherFileIsRequiredAndOptionsAreChecked() {
        assertEquals(2, command.run("sim", "year", "--days", "7"));
        assertTrue(command.err().contains("sim year: --weather FILE.epw is required"), command.err());
        command.reset();
        assertEquals(2, command.run("sim", "year", "--weather", "x.epw", "--step", "7"));
        assertTrue(command.err().contains("--step must divide an hour"), command.err());
        command.reset();
        assertEquals(2, command.run("sim", "year", "--weather", "x.epw", "--start", "2025-13-01"));
        assertTrue(command.err().contains("--start: cannot read '2025-13-01'"), command.err());
    }

    @Test
    void aBrokenWeatherFileIsReportedByName(@TempDir Path directory) throws IOException {
        Path epw = Files.writeString(directory.resolve("short.epw"), "LOCATION,Nowhere,,CHN,,,31.4,121.45,8.0,4.0\n");

        assertEquals(2, command.run("sim", "year", "--weather", epw.toString(), "--days", "1"));
        assertTrue(command.err().contains("short.epw"), command.err());
    }
}
