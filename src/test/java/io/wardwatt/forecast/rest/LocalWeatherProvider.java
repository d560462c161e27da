package io.wardwatt.forecast.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A weather provider on loopback answering in the Open-Meteo shape at {@code /forecast/{site}}. Each site behaves as the
 * test tells it: a good forecast of some hours, HTTP 500, one 500 and then good, or no answer at all (the connection is
 * left open until the server stops).
 */
public class LocalWeatherProvider implements QuarkusTestResourceLifecycleManager {

    enum Mode { GOOD, ERROR, FAIL_ONCE, SILENT }

    private static final Map<String, Mode> MODES = new ConcurrentHashMap<>();
    private static final Map<String, Integer> HOURS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> REQUESTS = new ConcurrentHashMap<>();
    private static final Map<String, Set<Instant>> SERVED = new ConcurrentHashMap<>();
    private HttpServer server;
    private ExecutorService executor;

    static void serve(String site, Mode mode, int hours) {
        MODES.put(site, mode);
        HOURS.put(site, hours);
    }

    static int requests(String site) {
        return REQUESTS.getOrDefault(site, new AtomicInteger()).get();
    }

    /** The hours the last good answer for the site held. */
    static Set<Instant> served(String site) {
        return SERVED.getOrDefault(site, Set.of());
    }

    /** The temperature this provider forecasts for an hour: differs from hour to hour and from the typical year's. */
    static double temperature(Instant hour) {
        return 100 + hour.getEpochSecond() / 3600 % 500 / 10.0;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/forecast/", this::answer);
        server.start();
        return Map.of("wardwatt.forecast.weather.provider.enabled", "true",
                "wardwatt.forecast.weather.provider.url-template", "http://127.0.0.1:" + server.getAddress().getPort() + "/forecast/{site}",
                "wardwatt.forecast.weather.provider.timeout", "500ms",
                "wardwatt.forecast.weather.provider.attempts", "2",
                "wardwatt.forecast.weather.provider.backoff", "20ms",
                "wardwatt.forecast.weather.provider.cache-ttl", "10m",
                "wardwatt.forecast.weather.provider.retry-after-failure", "0s");
    }

    @Override
    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String site = exchange.getRequestURI().getPath().substring("/forecast/".length());
        int request = REQUESTS.computeIfAbsent(site, s -> new AtomicInteger()).incrementAndGet();
        Mode mode = MODES.getOrDefault(site, Mode.ERROR);
        if (mode == Mode.SILENT) {
            return;   // no answer: the client's timeout has to end the wait
        }
        if (mode == Mode.ERROR || (mode == Mode.FAIL_ONCE && request == 1)) {
            respond(exchange, 500, "{\"error\":true,\"reason\":\"down for the test\"}");
            return;
        }
        List<Instant> hours = new ArrayList<>();
        Instant first = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
        for (int i = 0; i < HOURS.get(site); i++) {
            hours.add(first.plus(Duration.ofHours(i)));
        }
        SERVED.put(site, Set.copyOf(hours));
        String times = hours.stream().map(h -> "\"" + LocalDateTime.ofInstant(h, ZoneOffset.UTC) + "\"").collect(Collectors.joining(","));
        String temperatures = hours.stream().map(h -> String.valueOf(temperature(h))).collect(Collectors.joining(","));
        String humidity = hours.stream().map(h -> "60").collect(Collectors.joining(","));
        String radiation = hours.stream().map(h -> "250.5").collect(Collectors.joining(","));
        respond(exchange, 200, "{\"latitude\":31.2,\"hourly_units\":{\"temperature_2m\":\"°C\"},\"hourly\":{\"time\":[" + times
                + "],\"temperature_2m\":[" + temperatures + "],\"relative_humidity_2m\":[" + humidity + "],\"shortwave_radiation\":["
                + radiation + "]}}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
