package io.wardwatt.reporting.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wardwatt.input.InputProblem;
import io.wardwatt.reporting.PlatformReportSchema;
import io.wardwatt.reporting.ReportJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the national reporting platform, speaking our platform profile v1 over real HTTP on loopback, for the
 * tests and the demo (command {@code platform-sim}).
 *
 * <p>{@code POST /api/v1/reports} with the payload and an {@code Idempotency-Key} header equal to the payload's key:
 * <ul>
 *   <li>201 and a new receipt {@code {receiptId, idempotencyKey, reportId, site, period, reportVersion, receivedAt,
 *       duplicate: false}} for a key it has not seen;</li>
 *   <li>a key it has seen with the same content: its original receipt with {@code duplicate: true}, as 409 Conflict
 *       (the default) or, switched to {@link DuplicateAnswer#OK}, as 200;</li>
 *   <li>a key it has seen with other content: 422; a payload the schema refuses, or a header that does not match: 400
 *       with the problems by JSON path; a missing or wrong bearer token (when it has one): 401.</li>
 * </ul>
 * Faults are queued for the next requests (of one key, or of any key): {@link Fault#ERROR} answers 500 and stores
 * nothing; {@link Fault#REFUSE} answers 400 (the platform does not know the organisation) and stores nothing;
 * {@link Fault#DELAY} stores the receipt and answers only after a delay (longer than the client waits);
 * {@link Fault#DROP} stores the receipt and closes the connection without an answer, the case that makes exactly-once
 * hard. {@code GET /sim/receipts} lists every receipt made; {@code POST /sim/faults?fault=error|refuse|delay|drop&count=N
 * [&key=K][&delayMs=M]} queues faults from outside (the demo).
 */
public final class PlatformSimulator implements AutoCloseable {

    public static final String REPORTS_PATH = "/api/v1/reports";

    /** How a repeated key is answered. */
    public enum DuplicateAnswer { CONFLICT, OK }

    /** What the next request meets instead of a plain answer. */
    public enum Fault { ERROR, REFUSE, DELAY, DROP }

    /** One receipt the platform made: a new key accepted. */
    public record Receipt(String receiptId, String idempotencyKey, String reportId, String contentHash, String json) {
    }

    private record QueuedFault(Fault fault, Duration delay) {
    }

    private static final String ANY_KEY = "";

    private final HttpServer server;
    private final ExecutorService executor;
    private volatile String token;
    private final Clock clock;
    private volatile DuplicateAnswer duplicateAnswer;
    private final AtomicLong receiptNumbers = new AtomicLong();
    private final List<Receipt> receipts = new ArrayList<>();
    private final Map<String, Receipt> byKey = new HashMap<>();
    private final Map<String, Integer> requests = new HashMap<>();
    private final Map<String, Deque<QueuedFault>> faults = new HashMap<>();

    private PlatformSimulator(HttpServer server, String token, DuplicateAnswer duplicateAnswer, Clock clock) {
        this.server = server;
        this.token = token;
        this.duplicateAnswer = duplicateAnswer;
        this.clock = clock;
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "platform-sim");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(REPORTS_PATH, this::report);
        server.createContext("/sim/receipts", this::listReceipts);
        server.createContext("/sim/faults", this::queueFaults);
    }

    /**
     * Starts serving on 127.0.0.1.
     *
     * @param port  0 for any free port
     * @param token the bearer token requests must carry, or null to take any request
     */
    public static PlatformSimulator start(int port, String token, DuplicateAnswer duplicateAnswer) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            PlatformSimulator simulator = new PlatformSimulator(server, token, duplicateAnswer, Clock.systemUTC());
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("The platform simulator cannot listen on 127.0.0.1:" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where reports are posted. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port() + REPORTS_PATH);
    }

    /** From now on requests must carry this bearer token (null: any request), as when the platform changes credentials. */
    public void requireToken(String bearerToken) {
        this.token = bearerToken;
    }

    public void answerDuplicatesWith(DuplicateAnswer answer) {
        this.duplicateAnswer = answer;
    }

    /** The next {@code count} requests carrying this key meet the fault (an empty key: requests of any key). */
    public synchronized void queue(String key, Fault fault, int count, Duration delay) {
        Deque<QueuedFault> queue = faults.computeIfAbsent(key == null ? ANY_KEY : key, k -> new ArrayDeque<>());
        for (int i = 0; i < count; i++) {
            queue.add(new QueuedFault(fault, delay == null ? Duration.ZERO : delay));
        }
    }

    /** The next {@code count} requests of the key are answered 500 and change nothing. */
    public void failNext(String key, int count) {
        queue(key, Fault.ERROR, count, null);
    }

    /** The next {@code count} requests of the key are refused with 400 and change nothing. */
    public void refuseNext(String key, int count) {
        queue(key, Fault.REFUSE, count, null);
    }

    /** The next request of the key is accepted, but answered only after {@code delay}. */
    public void delayNext(String key, Duration delay) {
        queue(key, Fault.DELAY, 1, delay);
    }

    /** The next request of the key is accepted, and its connection closed before any answer. */
    public void dropNext(String key) {
        queue(key, Fault.DROP, 1, null);
    }

    /** Every receipt made, in order. */
    public synchronized List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    /** The receipts made for a report (its reportId): more than one would be a report accepted twice. */
    public synchronized List<Receipt> receiptsOfReport(String reportId) {
        return receipts.stream().filter(r -> r.reportId().equals(reportId)).toList();
    }

    public synchronized Optional<Receipt> receipt(String idempotencyKey) {
        return Optional.ofNullable(byKey.get(idempotencyKey));
    }

    /** Requests that came with this key, whatever their answer. */
    public synchronized int requests(String idempotencyKey) {
        return requests.getOrDefault(idempotencyKey, 0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void report(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals(REPORTS_PATH)) {
                respond(exchange, 405, error("POST " + REPORTS_PATH + " only", List.of()));
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            synchronized (this) {
                if (key != null) {
                    requests.merge(key, 1, Integer::sum);
                }
            }
            String required = token;
            if (required != null && !("Bearer " + required).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, 401, error("a valid bearer token is required", List.of()));
                return;
            }
            if (key == null || key.isBlank()) {
                respond(exchange, 400, error("the Idempotency-Key header is required", List.of()));
                return;
            }
            QueuedFault fault = nextFault(key);
            if (fault != null && fault.fault() == Fault.ERROR) {
                respond(exchange, 500, error("platform unavailable (simulated)", List.of()));
                return;
            }
            if (fault != null && fault.fault() == Fault.REFUSE) {
                respond(exchange, 400, error("the organisation is not registered on the platform (simulated)",
                        List.of(new InputProblem("$.organisation.unifiedSocialCreditCode", "unknown to the platform"))));
                return;
            }
            Answer answer = accept(key, new String(body, StandardCharsets.UTF_8));
            if (fault != null && fault.fault() == Fault.DROP && answer.status() / 100 == 2) {
                // Stored, then the connection closes before any byte of an answer: close() without response headers
                // closes the connection itself.
                return;
            }
            if (fault != null && fault.fault() == Fault.DELAY) {
                try {
                    Thread.sleep(fault.delay().toMillis());   // the simulated platform is slow: the client gives up first
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            respond(exchange, answer.status(), answer.body());
        } catch (IOException clientGone) {
            // the client stopped waiting (its time-out): what was stored stays stored, as on the real platform
        }
    }

    private record Answer(int status, String body) {
    }

    private Answer accept(String key, String text) {
        JsonNode payload;
        try {
            payload = ReportJson.read(text);
        } catch (JsonProcessingException e) {
            return new Answer(400, error("the body is not JSON: " + e.getOriginalMessage(), List.of()));
        }
        List<InputProblem> problems = payload != null && payload.isObject() ? PlatformReportSchema.v1().problems(payload)
                : List.of(new InputProblem("$", "must be a JSON object"));
        if (!problems.isEmpty()) {
            return new Answer(400, error("the payload does not conform to " + PlatformReportSchema.SCHEMA_VERSION, problems));
        }
        if (!key.equals(payload.get("idempotencyKey").asText())) {
            return new Answer(400, error("the Idempotency-Key header and $.idempotencyKey differ",
                    List.of(new InputProblem("$.idempotencyKey", "header says " + key))));
        }
        String hash = ReportJson.contentHash((ObjectNode) payload);
        synchronized (this) {
            Receipt earlier = byKey.get(key);
            if (earlier != null) {
                if (!earlier.contentHash().equals(hash)) {
                    return new Answer(422, error("idempotency key " + key + " was used for other content (receipt " + earlier.receiptId() + ")",
                            List.of()));
                }
                return new Answer(duplicateAnswer == DuplicateAnswer.CONFLICT ? 409 : 200, withDuplicate(earlier.json(), true));
            }
            ObjectNode receipt = JsonNodeFactory.instance.objectNode();
            receipt.put("receiptId", "SIM-" + String.format("%06d", receiptNumbers.incrementAndGet()));
            receipt.put("idempotencyKey", key);
            receipt.put("reportId", payload.get("reportId").asText());
            receipt.put("site", payload.get("site").get("code").asText());
            receipt.put("period", payload.get("period").asText());
            receipt.put("reportVersion", payload.get("reportVersion").asInt());
            receipt.put("receivedAt", clock.instant().toString());
            Receipt made = new Receipt(receipt.get("receiptId").asText(), key, payload.get("reportId").asText(), hash, ReportJson.write(receipt));
            receipts.add(made);
            byKey.put(key, made);
            return new Answer(201, withDuplicate(made.json(), false));
        }
    }

    private static String withDuplicate(String receiptJson, boolean duplicate) {
        try {
            ObjectNode receipt = (ObjectNode) ReportJson.read(receiptJson);
            receipt.put("duplicate", duplicate);
            return ReportJson.write(receipt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized QueuedFault nextFault(String key) {
        for (String k : new String[] {key, ANY_KEY}) {
            Deque<QueuedFault> queue = faults.get(k);
            if (queue != null && !queue.isEmpty()) {
                return queue.poll();
            }
        }
        return null;
    }

    private void listReceipts(HttpExchange exchange) throws IOException {
        try (exchange) {
            var list = JsonNodeFactory.instance.arrayNode();
            for (Receipt receipt : receipts()) {
                list.add(ReportJson.read(receipt.json()));
            }
            respond(exchange, 200, ReportJson.write(list));
        }
    }

    private void queueFaults(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            Fault fault;
            int count;
            try {
                fault = Fault.valueOf(query.getOrDefault("fault", "").toUpperCase(java.util.Locale.ROOT));
                count = Integer.parseInt(query.getOrDefault("count", "1"));
            } catch (IllegalArgumentException e) {
                respond(exchange, 400, error("fault=error|refuse|delay|drop, count=N, optional key=K and delayMs=M", List.of()));
                return;
            }
            Duration delay = Duration.ofMillis(Long.parseLong(query.getOrDefault("delayMs", "60000")));
            queue(query.get("key"), fault, count, delay);
            respond(exchange, 200, "{\"queued\":" + count + "}");
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static String error(String message, List<InputProblem> problems) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("error", message);
        var list = body.putArray("problems");
        problems.forEach(p -> list.addObject().put("path", p.where()).put("message", p.problem()));
        return ReportJson.write(body);
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
