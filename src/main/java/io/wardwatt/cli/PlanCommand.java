package io.wardwatt.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code plan replay --plan ID}: asks the running service to replay a stored plan (its stored inputs, its search
 * repeated), waits for the replay and prints whether it gave the same plan, or every difference. Plans live in the
 * database, so the command is a client of {@code POST /api/sites/{site}/plans/{id}/replay}, {@code GET /api/sites/{site}/plans/{id}} and
 * {@code GET /api/sites/{site}/plans/{id}/replay-check}: an engineer or admin asks for a replay.
 */
final class PlanCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("--plan", "--site", "--url", "--user", "--password", "--password-file", "--wait");
    private static final long DEFAULT_WAIT_SECONDS = 1800;
    private static final Duration POLL = Duration.ofMillis(500);

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String summary() {
        return "replay a stored plan through the running service and say whether it gives the same plan";
    }

    @Override
    public String usage() {
        return """
                Usage: plan replay --plan ID [--site CODE] [--url URL] --user NAME [--password PASSWORD | --password-file FILE] [--wait SECONDS]
                  Asks the running service (it holds the plans) to plan again from the plan's stored inputs, searched as
                  the plan was (its seed and the moves it evaluated), waits for the replay and compares the two: every
                  chiller on or off and its load, the supply set-point, every pump and the cost, slot by slot.
                  --plan ID            a finished plan
                  --site CODE          the plan's site (default HOSP)
                  --url URL            the service (default http://127.0.0.1:8080)
                  --user NAME          a user with the engineer or admin role
                  --password PASSWORD  the user's password (seen by anyone who can list this machine's processes);
                                       or --password-file FILE (first line); default: the environment variable WARDWATT_PASSWORD
                  --wait SECONDS       how long to wait for the replay (default 1800)
                  Prints "same plan", or "not the same plan" with every difference (field, original, replay) and the cost
                  difference. Exit 0 same plan, 1 not the same, the replay failed or the service could not be asked,
                  2 bad usage, a refused login, or an unknown or unfinished plan.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !args.get(0).equals("replay")) {
            throw new UsageException("the plan command is 'replay'");
        }
        Map<String, String> options = OptionPairs.parse(args.subList(1, args.size()), OPTIONS);
        for (String required : List.of("--plan", "--user")) {
            if (!options.containsKey(required)) {
                throw new UsageException(required + " is required");
            }
        }
        String plan = options.get("--plan");
        try {
            UUID.fromString(plan);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--plan takes a plan id (a UUID), got '" + plan + "'");
        }
        if (options.containsKey("--password") && options.containsKey("--password-file")) {
            throw new UsageException("give --password or --password-file, not both");
        }
        Duration wait = Duration.ofSeconds(waitSeconds(options.get("--wait")));
        String plans = "/api/sites/" + ServiceClient.segment(options.getOrDefault("--site", "HOSP")) + "/plans/";
        ServiceClient service = new ServiceClient(options.getOrDefault("--url", ServiceClient.DEFAULT_URL), options.get("--user"),
                ServiceClient.password(options.get("--password"), options.get("--password-file")));
        try {
            return replay(service, plans, plan, wait, out, err);
        } catch (ServiceClient.Unreachable e) {
            err.println("plan replay: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("plan replay: interrupted while waiting for the replay");
            return 1;
        }
    }

    private static int replay(ServiceClient service, String plans, String plan, Duration wait, PrintStream out, PrintStream err)
            throws ServiceClient.Unreachable, InterruptedException {
        ServiceClient.Answer asked = service.post(plans + plan + "/replay");
        if (asked.status() != 202 || asked.json() == null) {
            return refused(asked, err);
        }
        String replay = asked.json().path("id").asText();
        err.println("plan replay: replay " + replay + " of plan " + plan + " queued");
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            ServiceClient.Answer state = service.get(plans + replay);
            if (state.status() != 200 || state.json() == null) {
                return refused(state, err);
            }
            String status = state.json().path("status").asText();
            if (status.equals("done") || status.equals("stopped") || status.equals("failed")) {
                break;
            }
            if (System.nanoTime() > deadline) {
                err.println("plan replay: replay " + replay + " is still " + status + " after " + wait.toSeconds() + " s; its answer will be at "
                        + service.base() + plans + replay + "/replay-check");
                return 1;
            }
            // A command line waiting for a background job: polling is what it can do.
            Thread.sleep(POLL.toMillis());
        }
        ServiceClient.Answer checked = service.get(plans + replay + "/replay-check");
        if (checked.status() != 200 || checked.json() == null) {
            return refused(checked, err);
        }
        return print(checked.json(), out);
    }

    private static int print(JsonNode check, PrintStream out) {
        boolean same = check.path("samePlan").asBoolean(false);
        out.println(same ? "same plan" : "not the same plan");
        out.println("  original " + check.path("original").asText() + ", replay " + check.path("replay").asText());
        out.println("  " + check.path("verdict").asText());
        for (JsonNode difference : check.path("differences")) {
            String where = difference.path("slot").isNull() || difference.path("slot").isMissingNode() ? "plan"
                    : "slot " + difference.path("slot").asInt() + " (" + difference.path("start").asText() + ")";
            out.println("  " + where + ": " + difference.path("field").asText() + ": original " + difference.path("original").asText()
                    + ", replay " + difference.path("replay").asText());
        }
        if (check.hasNonNull("costDifferenceCny")) {
            out.println(String.format(java.util.Locale.ROOT, "  cost difference (replay - original): %.2f CNY",
                    check.path("costDifferenceCny").asDouble()));
        }
        return same ? 0 : 1;
    }

    private static int refused(ServiceClient.Answer answer, PrintStream err) {
        if (answer.refusedLogin()) {
            err.println("plan replay: the service refused the login (" + answer.status() + "): a user with the engineer or admin role");
            return 2;
        }
        err.println("plan replay: " + answer.error());
        return answer.json() != null && answer.status() >= 400 && answer.status() < 500 ? 2 : 1;
    }

    private static long waitSeconds(String text) {
        if (text == null) {
            return DEFAULT_WAIT_SECONDS;
        }
        try {
            long seconds = Long.parseLong(text);
            if (seconds < 1 || seconds > 86_400) {
                throw new UsageException("--wait must be 1..86400 seconds, got " + text);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new UsageException("--wait takes whole seconds, got '" + text + "'");
        }
    }
}
