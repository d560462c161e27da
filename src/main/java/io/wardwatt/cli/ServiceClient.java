package io.wardwatt.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The running service as the commands that need its database ask it: HTTP with a user's Basic login, JSON answers.
 * The commands run without Quarkus, so they are clients of the REST API like any other.
 */
final class ServiceClient {

    static final String DEFAULT_URL = "http://127.0.0.1:8080";
    static final String PASSWORD_VARIABLE = "WARDWATT_PASSWORD";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final JsonMapper JSON = new JsonMapper();

    /** The service could not be asked at all (nothing listening, the connection broke): a failure, not bad input. */
    static final class Unreachable extends Exception {

        Unreachable(String message) {
            super(message);
        }
    }

    /** An answer: its status, and its body as JSON (null when the body is not JSON) and as text. */
    record Answer(int status, JsonNode json, String text) {

        boolean refusedLogin() {
            return status == 401 || status == 403;
        }

        /** The service's error message ({@code error}, then each problem's where and what), or the body as it came. */
        String error() {
            if (json == null) {
                return "the service answered " + status + " with " + text;
            }
            StringBuilder message = new StringBuilder(json.path("error").asText(text));
            json.path("problems").forEach(problem -> message.append("\n  ").append(problem.path("where").asText()).append(": ")
                    .append(problem.path("problem").asText()));
            return message.toString();
        }
    }

    private final String base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param url the service, e.g. {@code http://127.0.0.1:8080} (a trailing slash is dropped) */
    ServiceClient(String url, String user, String password) {
        this.base = url.replaceAll("/+$", "");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    String base() {
        return base;
    }

    Answer get(String path) throws Unreachable {
        return send(request(path).GET().build());
    }

    Answer post(String path) throws Unreachable {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Authorization", authorization);
    }

    private Answer send(HttpRequest request) throws Unreachable {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new Unreachable("no service at " + base + " (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new Unreachable("asking " + request.uri() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted while asking " + request.uri());
        }
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException e) {
            json = null;
        }
        return new Answer(response.statusCode(), json, response.body());
    }

    /**
     * The user's password: {@code --password} as given, else the first line of {@code --password-file}, else the
     * environment variable {@value #PASSWORD_VARIABLE}.
     */
    static String password(String given, String file) {
        if (given != null) {
            return given;
        }
        if (file != null) {
            try {
                List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.get(0).isEmpty()) {
                    throw new UsageException("--password-file " + file + " is empty");
                }
                return lines.get(0);
            } catch (IOException e) {
                throw new UsageException("--password-file " + file + " cannot be read: " + e.getMessage());
            }
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            throw new UsageException("no password: give --password-file FILE or set " + PASSWORD_VARIABLE);
        }
        return password;
    }

    /** A path segment, percent-encoded. */
    static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
