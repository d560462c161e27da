package io.wardwatt.cli.bench;

import io.wardwatt.cli.UsageException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options of {@code bench-ingest}, with their defaults. */
record BenchOptions(String url, String user, String password, String jdbcUrl, String dbUser, String dbPassword,
                    long readings, int points, int batch, int connections, int copyRows, String copyFormat,
                    long warmup, boolean byId, int intervalSeconds, String only, int copyConnections, boolean copySorted) {

    static final String USAGE = """
            Usage: bench-ingest [--url URL] [--user U] [--password P] [--jdbc-url URL] [--db-user U] [--db-password P]
                                [--readings N] [--points N] [--batch N] [--connections N] [--copy-rows N]
                                [--copy-format binary|text] [--warmup N] [--by-id] [--interval-seconds N]
                                [--only api|copy] [--copy-connections N] [--copy-order sorted|generated]

            Loads N readings through POST /api/readings (--connections callers, --batch readings a request, each
            answered after the commit), then COPYs as many rows of fresh points into the same table and months
            straight over JDBC (--copy-connections connections, --copy-rows rows a transaction), and prints both
            rates and their ratio. Request bodies and COPY rows are made before each clock starts, so the load
            generator does not take CPU from what it measures. A site and 3 x --points points (API, COPY,
            warm-up) are created first; nothing is deleted.

              --url              the service (default http://127.0.0.1:18080)
              --user/--password  an engineer or admin (default engineer / wardwatt-engineer)
              --jdbc-url         the service's database (default jdbc:postgresql://127.0.0.1:5432/wardwatt_bench)
              --db-user/--db-password  (default wardwatt / wardwatt)
              --readings         readings per run (default 10000000)
              --points           points per run (default 1000)
              --batch            readings per HTTP request (default 10000)
              --connections      concurrent HTTP callers (default 8)
              --copy-rows        rows per COPY transaction in the raw run (default 50000)
              --copy-format      format of the raw COPY (default binary)
              --warmup           readings sent through the API first, not timed (default 200000)
              --by-id            name points by pointId instead of SITE/POINT
              --interval-seconds time between two readings of a point (default 300)
              --only             run one side only (for tuning; no ratio)
              --copy-connections COPY connections of the raw run (default 4)
              --copy-order       sorted (default): each raw COPY chunk sorted by point and time, as the service's
                                 writer does (the faster baseline); generated: rows in the order they were made""";

    private static final Set<String> FLAGS = Set.of("--by-id");

    static BenchOptions parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.startsWith("--")) {
                throw new UsageException("unexpected argument '" + name + "'");
            }
            if (FLAGS.contains(name)) {
                values.put(name, "true");
            } else if (i + 1 < args.size()) {
                values.put(name, args.get(++i));
            } else {
                throw new UsageException(name + " needs a value");
            }
        }
        Map<String, String> left = new HashMap<>(values);
                String copyOrder = text(left, "--copy-order", "sorted");
        if (!Set.of("sorted", "generated").contains(copyOrder)) {
            throw new UsageException("--copy-order is sorted or generated, not '" + copyOrder + "'");
        }
        BenchOptions options = new BenchOptions(
                text(left, "--url", "http://127.0.0.1:18080"), text(left, "--user", "engineer"),
                text(left, "--password", "wardwatt-engineer"), text(left, "--jdbc-url", "jdbc:postgresql://127.0.0.1:5432/wardwatt_bench"),
                text(left, "--db-user", "wardwatt"), text(left, "--db-password", "wardwatt"),
                number(left, "--readings", 10_000_000L, 1), (int) number(left, "--points", 1000, 1),
                (int) number(left, "--batch", 10_000, 1), (int) number(left, "--connections", 8, 1),
                (int) number(left, "--copy-rows", 50_000, 1), text(left, "--copy-format", "binary"),
                number(left, "--warmup", 200_000, 0), left.remove("--by-id") != null,
                (int) number(left, "--interval-seconds", 300, 1), text(left, "--only", "both"),
                (int) number(left, "--copy-connections", 4, 1), copyOrder.equals("sorted"));
        if (!left.isEmpty()) {
            throw new UsageException("unknown option(s) " + left.keySet());
        }
        if (!Set.of("binary", "text").contains(options.copyFormat())) {
            throw new UsageException("--copy-format is binary or text, not '" + options.copyFormat() + "'");
        }
        if (!Set.of("both", "api", "copy").contains(options.only())) {
            throw new UsageException("--only is api or copy, not '" + options.only() + "'");
        }
        return options;
    }

    private static String text(Map<String, String> values, String name, String fallback) {
        String value = values.remove(name);
        return value != null ? value : fallback;
    }

    private static long number(Map<String, String> values, String name, long fallback, long minimum) {
        String value = values.remove(name);
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.replace("_", ""));
            if (parsed < minimum) {
                throw new UsageException(name + " must be at least " + minimum + ", got " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, got '" + value + "'");
        }
    }
}
