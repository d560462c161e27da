package io.wardwatt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizeBenchmarkCommandTest {

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }

    @Test
    void aDirectoryWithoutScenariosIsBadInput(@TempDir Path dir) {
        assertEquals(2, run("bench-optimize", "--dir", dir.toString()));
        assertTrue(command.err().contains("no scenario (*.json, *.yaml) in " + dir));
    }

    @Test
    void anUnreadableScenarioStopsTheRunNamingItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), "{\n  \"slotMinutes\": 30,\n  \"loadsKw\": [\"x\"],\n  \"chillers\": []\n}\n");
        assertEquals(2, run("bench-optimize", "--dir", dir.toString()));
        String err = command.err();
        assertTrue(err.contains("a.json line 3: loadsKw[0]: not a number: 'x'"), err);
        assertTrue(err.contains("a.json line 4: chillers: must be a non-empty list"), err);
    }

    /** Needs the day planner: one row per scenario, in file order. */
    @Test
    void printsOneRowPerScenario(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"ocl-3-chillers-chang-2004.json", "ocl-4-chillers-chang-2005.json"}) {
            Files.copy(Path.of("chiller-models/scenarios").resolve(name), dir.resolve(name));
        }
        assertEquals(0, run("bench-optimize", "--dir", dir.toString(), "--time-limit", "1"), command.err());
        String[] lines = command.out().split("\n");
        // per scenario its row, then the energy split of plan, conventional and saving under a heading
        assertEquals(2 + 2 * 5, lines.length, String.join("\n", lines));
        assertTrue(lines[1].startsWith("scenario"), lines[1]);
        assertTrue(lines[2].matches("ocl-3-chillers-chang-2004\\s+6\\s+3\\s+0\\s+.*yes"), lines[2]);
        assertTrue(lines[4].trim().startsWith("plan"), lines[4]);
        assertTrue(lines[7].matches("ocl-4-chillers-chang-2005\\s+6\\s+4\\s+0\\s+.*yes"), lines[7]);
    }
}
