package io.wardwatt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PollBenchmarkCommandTest {

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }

    @Test
    void pollsTheDemoDevicesAndPrintsRequestsAgainstPoints() {
        assertEquals(0, run("bench-poll", "--devices", "deploy/demo/devices.yaml", "--cycles", "3"),
                command.err());
        String text = command.out();
        // a chiller's 19 points in 4 requests; a pump's 9 in 4 (coil, discrete inputs, holding, input)
        assertTrue(Pattern.compile("CH1 +wardwatt-chiller-wc +19 +4 ").matcher(text).find(), text);
        assertTrue(Pattern.compile("CHWP1 +wardwatt-pump-vsd +9 +4 ").matcher(text).find(), text);
        assertTrue(Pattern.compile("CHP-SUB +eastron-sdm630 +21 +5 +").matcher(text).find(), text);
        Matcher total = Pattern.compile("requests per cycle: (\\d+) for (\\d+) points").matcher(text);
        assertTrue(total.find(), text);
        assertTrue(Integer.parseInt(total.group(1)) * 2 < Integer.parseInt(total.group(2)), "grouping at least halves the requests: " + text);
        assertTrue(text.contains("all devices at once, each on its own thread: 3 cycles in"), text);
        assertTrue(!text.contains("cycles with errors"), text);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("bench-poll", "--cycles", "0"));
        assertTrue(command.err().contains("--cycles must be 1..1000000, got 0"));
        assertEquals(2, run("bench-poll", "--frobnicate", "1"));
    }
}
