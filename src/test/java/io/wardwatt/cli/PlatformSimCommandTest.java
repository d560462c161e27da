package io.wardwatt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PlatformSimCommandTest {

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }

    @Test
    void servesOnTheGivenPortAndStops() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }

        assertEquals(0, run("platform-sim", "--port", String.valueOf(port), "--token", "t", "--duplicates", "ok", "--for", "0s"),
                command.err());

        String text = command.out();
        assertTrue(text.startsWith("simulated platform: POST http://127.0.0.1:" + port + "/api/v1/reports (bearer token required), "
                + "duplicates answered 200 with the original receipt"), text);
        assertTrue(text.contains("stopped after 0 receipts"), text);
    }

    @Test
    void aPortInUseFailsAndBadOptionsAreUsageErrors() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(1, run("platform-sim", "--port", String.valueOf(taken.getLocalPort()), "--for", "0s"));
        }
        assertEquals(2, run("platform-sim", "--duplicates", "maybe"));
        assertEquals(2, run("platform-sim", "--port", "eighty"));
        assertEquals(2, run("platform-sim", "--colour", "red"));
        assertTrue(command.err().contains("--duplicates is conflict or ok"), command.err());
    }
}
