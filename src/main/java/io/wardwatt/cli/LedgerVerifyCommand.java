package io.wardwatt.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ledger verify --site HOSP --month 2026-10}: asks the running service to verify a closed month (its hash, the
 * chain, and the month computed again from the raw readings) and prints the answer. The verification needs the
 * database, and commands run without the service, so the command is a client of {@code GET
 * /api/carbon/ledgers/{site}/{month}/verify}: any user with a reading role will do (auditor, leader, reporter, admin).
 */
final class LedgerVerifyCommand {

    static final String USAGE = """
            Usage: ledger verify --site CODE --month YYYY-MM [--version N] [--url URL] --user NAME [--password-file FILE]
              Verifies a closed month through the running service (it needs the database): the stored content against
              its hash, the hash chain back to the site's first closed month, and the month computed again from the raw
              readings and the stored entries with the recorded factor set and calculation day.
              --url URL            the service (default http://127.0.0.1:8080)
              --user NAME          a user with the auditor, leader, reporter or admin role
              --password-file FILE the user's password (first line); default: the environment variable WARDWATT_PASSWORD
              --version N          a version of the month (default: the latest)
              Prints the service's answer (ok, each check, every difference). Exit 0 verified, 1 it does not verify or
              the service could not be asked, 2 bad usage, a refused login or an unknown or open month.""";

    static final String DEFAULT_URL = "http://127.0.0.1:8080";
    static final String PASSWORD_VARIABLE = "WARDWATT_PASSWORD";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = OptionPairs.parse(args, Set.of("--site", "--month", "--version", "--url", "--user", "--password-file"));
        for (String required : List.of("--site", "--month", "--user")) {
            if (!options.containsKey(required)) {
                throw new UsageException(required + " is required");
            }
        }
        try {
            YearMonth.parse(options.get("--month"));
        } catch (DateTimeParseException e) {
            throw new UsageException("--month takes YYYY-MM, got '" + options.get("--month") + "'");
        }
        if (options.containsKey("--version") && !options.get("--version").matches("[1-9][0-9]*")) {
            throw new UsageException("--version takes 1, 2, ..., got '" + options.get("--version") + "'");
        }
        String password = password(options.get("--password-file"));
        String base = options.getOrDefault("--url", DEFAULT_URL).replaceAll("/+$", "");
        URI uri = URI.create(base + "/api/carbon/ledgers/" + encode(options.get("--site")) + "/" + encode(options.get("--month")) + "/verify"
                + (options.containsKey("--version") ? "?version=" + options.get("--version") : ""));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((options.get("--user") + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).GET().build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            err.println("ledger verify: no service at " + base + " (" + e.getMessage() + ")");
            return 1;
        } catch (IOException e) {
            err.println("ledger verify: asking " + uri + " failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return answer(response, out, err);
    }

    private static int answer(HttpResponse<String> response, PrintStream out, PrintStream err) {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            err.println("ledger verify: the service refused the login (" + status + "): a user with the auditor, leader, reporter or admin role");
            return 2;
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            err.println("ledger verify: the service answered " + status + " with " + response.body());
            return 1;
        }
        if (status != 200) {
            err.println("ledger verify: " + body.path("error").asText(response.body()));
            body.path("problems").forEach(problem -> err.println("  " + problem.path("where").asText() + ": " + problem.path("problem").asText()));
            return status >= 400 && status < 500 ? 2 : 1;
        }
        try {
            out.println(JSON.writeValueAsString(body));
        } catch (IOException e) {
            out.println(response.body());
        }
        boolean ok = body.path("ok").asBoolean(false);
        String which = body.path("site").asText() + " " + body.path("month").asText() + " v" + body.path("version").asText();
        err.println(ok ? "ledger verify: " + which + " verified, hash " + body.path("contentHash").asText()
                : "ledger verify: " + which + " does NOT verify: " + body.path("differences").size() + " difference(s)");
        return ok ? 0 : 1;
    }

    private static String password(String file) {
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

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
