package io.wardwatt.acquisition.runtime;

import io.wardwatt.acquisition.DeviceConfig;
import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.TemplateReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Loopback helpers for tests over real Modbus TCP: free ports, devices, and a server that never answers. */
public final class Loopback {

    private Loopback() {
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DeviceTemplate template(String id, String points) {
        return TemplateReader.read("template: " + id + "\npoints:\n" + points, id + ".yaml", id);
    }

    public static DeviceConfig device(String code, DeviceTemplate template, int port, Duration interval, Duration timeout) {
        return new DeviceConfig(code, code, template.id(), "127.0.0.1", port, 1, interval, timeout, Duration.ZERO, null, Map.of(), null, true,
                null);
    }

    /** Accepts connections and reads what is sent, but never answers: a device that hangs. */
    public static final class SilentServer implements AutoCloseable {

        private final ServerSocket socket;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        public SilentServer() {
            try {
                socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        accepted.add(socket.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        public int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    /**
     * A TCP relay in front of a slave that can cut every connection and then hang up on every new one, and later
     * forward again: a device that drops off the network and comes back (closing a j2mod slave keeps its open
     * connections answering, so it cannot play this part). It keeps listening throughout, so no port is ever
     * given up and taken back.
     */
    public static final class CuttableRelay implements AutoCloseable {

        private final ServerSocket listening;
        private final int target;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private volatile boolean up = true;

        public CuttableRelay(int target) {
            this.target = target;
            try {
                listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread acceptor = new Thread(this::accept, "relay-" + listening.getLocalPort());
            acceptor.setDaemon(true);
            acceptor.start();
        }

        public int port() {
            return listening.getLocalPort();
        }

        /** Drops all connections and hangs up on new ones. */
        public synchronized void cut() throws IOException {
            up = false;
            for (Socket s : sockets) {
                s.close();
            }
            sockets.clear();
        }

        /** Forwards new connections again. */
        public synchronized void restore() {
            up = true;
        }

        private void accept() {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    synchronized (this) {
                        if (!up) {
                            client.close();
                            continue;
                        }
                        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                        sockets.add(client);
                        sockets.add(upstream);
                        pump(client, upstream);
                        pump(upstream, client);
                    }
                } catch (IOException closed) {
                    if (listening.isClosed()) {
                        return;
                    }
                }
            }
        }

        private static void pump(Socket from, Socket to) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[512];
                try {
                    int n;
                    while ((n = from.getInputStream().read(buffer)) >= 0) {
                        to.getOutputStream().write(buffer, 0, n);
                    }
                } catch (IOException closed) {
                    // the other side went away
                }
                try {
                    to.close();
                    from.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }, "relay-pump");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void close() throws IOException {
            cut();
            listening.close();
        }
    }
}
