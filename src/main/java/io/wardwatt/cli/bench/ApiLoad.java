package io.wardwatt.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends the rows as JSON through POST /api/readings from several callers at once, each waiting for its
 * answer (given after the commit), and checks every answer stored its whole batch.
 */
final class ApiLoad {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String authorization;

    ApiLoad(String baseUrl, String user, String password) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/api/readings");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The request bodies of all batches, made before the clock starts: on a small machine the load generator
     * would otherwise take CPU from the service it measures (a real gateway runs elsewhere).
     */
    static byte[][] bodies(BenchRows rows, String[] keys, int[] ids, boolean byId) {
        byte[][] bodies = new byte[(int) rows.batches()][];
        for (int b = 0; b < bodies.length; b++) {
            bodies[b] = body(rows, b, keys, ids, byId);
        }
        return bodies;
    }

    /** Sends every body; returns the readings newly stored, as the service counted them. */
    long run(BenchRows rows, byte[][] bodies, int callers) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        Thread[] threads = new Thread[callers];
        for (int t = 0; t < callers; t++) {
            threads[t] = new Thread(() -> {
                long batch;
                while (failure.get() == null && (batch = next.getAndIncrement()) < rows.batches()) {
                    try {
                        accepted.addAndGet(send(bodies[(int) batch], (int) (rows.end(batch) - rows.first(batch))));
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, "batch " + batch + ": " + e.getMessage());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "bench-api-" + t);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the API load failed: " + failure.get());
        }
        return accepted.get();
    }

    private long send(byte[] body, int expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        long accepted = field(response.body(), "accepted");
        if (accepted + field(response.body(), "duplicates") != expected) {
            throw new IllegalStateException("the service did not take the whole batch: " + response.body());
        }
        return accepted;
    }

    static byte[] body(BenchRows rows, long batch, String[] keys, int[] ids, boolean byId) {
        StringBuilder json = new StringBuilder((int) (rows.end(batch) - rows.first(batch)) * 80).append("{\"readings\":[");
        Instant lastTs = null;
        String lastTsText = null;
        for (long j = rows.first(batch); j < rows.end(batch); j++) {
            Instant ts = rows.ts(j);
            if (!ts.equals(lastTs)) {
                lastTs = ts;
                lastTsText = ts.toString();
            }
            if (j > rows.first(batch)) {
                json.append(',');
            }
            int p = rows.pointIndex(j);
            json.append(byId ? "{\"pointId\":" : "{\"point\":\"").append(byId ? Integer.toString(ids[p]) : keys[p])
                    .append(byId ? ",\"ts\":\"" : "\",\"ts\":\"").append(lastTsText).append("\",\"value\":");
            rows.appendValue(json, j);
            json.append('}');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A top-level integer field of the (small, flat) answer; enough for {"accepted":n,"duplicates":n,...}. */
    private static long field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":");
        if (at < 0) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        int start = at + name.length() + 3;
        int end = start;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Long.parseLong(json.substring(start, end));
    }
}
