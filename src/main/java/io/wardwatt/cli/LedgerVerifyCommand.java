package io.wardwatt.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ledger verify --site HOSP --month 2026-10}: asks the running service to verify a closed month (its hash, the
 * chain, and the month computed again from the raw readings) and prints the answer. The verification needs the
 * database, and commands run without the service, so the command is a client of {@code GET
 * /api/sites/{site}/carbon/ledgers/{month}/verify}: any user with a reading role will do (auditor, leader, reporter, admin).
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
        ServiceClient service = new ServiceClient(options.getOrDefault("--url", ServiceClient.DEFAULT_URL), options.get("--user"),
                ServiceClient.password(null, options.get("--password-file")));
        String path = "/api/sites/" + ServiceClient.segment(options.get("--site")) + "/carbon/ledgers/" + ServiceClient.segment(options.get("--month"))
                + "/verify" + (options.containsKey("--version") ? "?version=" + options.get("--version") : "");
        try {
            return answer(service.get(path), out, err);
        } catch (ServiceClient.Unreachable e) {
            err.println("ledger verify: " + e.getMessage());
            return 1;
        }
    }

    private static int answer(ServiceClient.Answer response, PrintStream out, PrintStream err) {
        int status = response.status();
        if (response.refusedLogin()) {
            err.println("ledger verify: the service refused the login (" + status + "): a user with the auditor, leader, reporter or admin role");
            return 2;
        }
        if (response.json() == null) {
            err.println("ledger verify: " + response.error());
            return 1;
        }
        if (status != 200) {
            err.println("ledger verify: " + response.error());
            return status >= 400 && status < 500 ? 2 : 1;
        }
        JsonNode body = response.json();
        try {
            out.println(JSON.writeValueAsString(body));
        } catch (IOException e) {
            out.println(response.text());
        }
        boolean ok = body.path("ok").asBoolean(false);
        String which = body.path("site").asText() + " " + body.path("month").asText() + " v" + body.path("version").asText();
        err.println(ok ? "ledger verify: " + which + " verified, hash " + body.path("contentHash").asText()
                : "ledger verify: " + which + " does NOT verify: " + body.path("differences").size() + " difference(s)");
        return ok ? 0 : 1;
    }
}
