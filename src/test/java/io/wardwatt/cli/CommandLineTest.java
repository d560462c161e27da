package io.wardwatt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine commands = CommandLine.standard();

    private int run(String... args) {
        return commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void noArgumentsOrServeRunsTheService() {
        assertTrue(commands.isServe());
        assertTrue(commands.isServe("serve"));
        assertFalse(commands.isServe("version"));
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("serve"), help);
        assertTrue(help.contains("version"), help);
        assertTrue(help.contains("bench-ingest"), help);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown command 'frobnicate'"));
    }

    @Test
    void aCommandRefusingItsArgumentsPrintsWhyAndItsUsage() {
        assertEquals(2, run("version", "extra"));
        String error = err.toString(StandardCharsets.UTF_8);
        assertTrue(error.contains("takes no arguments"), error);
        assertTrue(error.contains("Usage: version"), error);
    }

    @Test
    void commandHelpShowsItsUsage() {
        assertEquals(0, run("version", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: version"));
    }
}
