package io.wardwatt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlatformSimCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void servesOnTheGivenPortAndStops() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }

        assertEquals(0, run("platform-sim", "--port", String.valueOf(port), "--token", "t", "--duplicates", "ok", "--for", "0s"),
                err.toString(StandardCharsets.UTF_8));

        String text = out.toString(StandardCharsets.UTF_8);
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
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--duplicates is conflict or ok"), err.toString(StandardCharsets.UTF_8));
    }
}
