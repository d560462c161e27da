package io.wardwatt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimCommandTest {

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }

    @Test
    void servesTheDevicesOfTheFileForAWhileAndStops(@TempDir Path directory) throws IOException {
        int port = freePort();
        Path devices = directory.resolve("devices.yaml");
        Files.writeString(devices, "devices:\n  - {code: CH2, template: wardwatt-chiller-wc, host: 127.0.0.1, port: " + port
                + ", unitId: 1, interval: 5s, timeout: 1s}\n  - {code: AHU9, template: wardwatt-pump-vsd, host: 127.0.0.1, port: "
                + freePort() + ", unitId: 1, interval: 5s, timeout: 1s}\n");

        int code = run("sim", "--devices", devices.toString(), "--start", "2025-07-21T06:00:00Z", "--speed", "60", "--for", "1s");

        String text = command.out();
        assertEquals(0, code, command.err());
        assertTrue(text.startsWith("simulated hospital: 1 devices, synthetic climate calibrated to CMA 1981-2010 normals"), text);
        assertTrue(text.contains("  CH2          127.0.0.1:" + port + " unit 1"), text);
        assertTrue(text.contains("not simulated (no such device in the hospital): AHU9"), text);
        // At 60 times real time one second of running moves the simulated clock by about a minute.
        assertTrue(text.matches("(?s).*stopped at simulated time 2025-07-21T06:0[01]:.*"), text);
        try (Socket closed = new Socket()) {
            assertThrowsConnect(closed, port);
        }
    }

    @Test
    void aBrokenDevicesFileIsReportedWithItsLine(@TempDir Path directory) throws IOException {
        Path devices = directory.resolve("devices.yaml");
        Files.writeString(devices, "devices:\n  - {code: CH1, template: no-such-template, host: 127.0.0.1, port: 15101, unitId: 1, interval: 5s}\n");

        assertEquals(2, run("sim", "--devices", devices.toString()));
        assertTrue(command.err().contains("no-such-template"), command.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("sim", "--speed", "fast"));
        assertTrue(command.err().contains("--speed: cannot read 'fast'"));
        assertEquals(2, run("sim", "--for"));
        assertEquals(Duration.ofMinutes(10), SimCommand.duration("10m"));
        assertEquals(Duration.ofSeconds(90), SimCommand.duration("PT90S"));
    }

    private static void assertThrowsConnect(Socket socket, int port) {
        try {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            throw new AssertionError("port " + port + " is still open after the command ended");
        } catch (IOException expected) {
            // closed, as it must be
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
