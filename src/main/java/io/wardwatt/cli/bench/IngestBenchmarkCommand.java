package io.wardwatt.cli.bench;

import io.wardwatt.cli.Command;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench-ingest}: the ingestion pipeline end to end (HTTP -> channel -> batched COPY -> commit) against a
 * raw COPY of as many rows into the same table and months. The service must be running (deploy/bench-ingest.sh
 * starts one). Plain Java: java.net.http for the API, JDBC for set-up and the baseline.
 */
public final class IngestBenchmarkCommand implements Command {

    @Override
    public String name() {
        return "bench-ingest";
    }

    @Override
    public String summary() {
        return "measure ingestion through the API against a raw COPY (needs a running service)";
    }

    @Override
    public String usage() {
        return BenchOptions.USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        BenchOptions o = BenchOptions.parse(args);
        // Three months back: the readings are in the past wherever and whenever the benchmark runs.
        Instant start = YearMonth.now(ZoneOffset.UTC).minusMonths(3).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        BenchRows rows = new BenchRows(o.readings(), o.points(), o.batch(), start, o.intervalSeconds());
        try {
            Class.forName("org.postgresql.Driver"); // the packaged app's class loader is not the one DriverManager scans
            BenchPoints site;
            int[] apiIds;
            int[] copyIds;
            int[] warmIds;
            try (Connection db = DriverManager.getConnection(o.jdbcUrl(), o.dbUser(), o.dbPassword())) {
                site = BenchPoints.newSite(db);
                apiIds = site.create(db, "A", o.points());
                copyIds = site.create(db, "C", o.points());
                warmIds = site.create(db, "W", o.points());
            }
            String[] apiKeys = keys(site, "A", o.points());
            out.printf(Locale.ROOT, "bench-ingest: site %s, %d readings a run over %d points from %s every %ds, batch %d, %d connections%n",
                    site.siteCode, o.readings(), o.points(), start, o.intervalSeconds(), o.batch(), o.connections());

            double apiRate = 0;
            double copyRate = 0;
            boolean complete = true;
            if (!o.only().equals("copy")) {
                ApiLoad api = new ApiLoad(o.url(), o.user(), o.password());
                if (o.warmup() > 0) {
                    BenchRows warm = new BenchRows(Math.min(o.warmup(), o.readings()), o.points(), o.batch(), start, o.intervalSeconds());
                    api.run(warm, ApiLoad.bodies(warm, keys(site, "W", o.points()), warmIds, o.byId()), o.connections());
                    out.printf(Locale.ROOT, "warm-up: %d readings through the API (not timed)%n", warm.readings());
                }
                byte[][] bodies = ApiLoad.bodies(rows, apiKeys, apiIds, o.byId());
                long t0 = System.nanoTime();
                long accepted = api.run(rows, bodies, o.connections());
                double seconds = (System.nanoTime() - t0) / 1e9;
                long stored = stored(o, apiIds);
                apiRate = accepted / seconds;
                complete &= stored == o.readings();
                out.printf(Locale.ROOT, "api:  %,d readings accepted (%,d rows in the table) in %.1f s = %,.0f readings/s (JSON, %s)%n",
                        accepted, stored, seconds, apiRate, o.byId() ? "pointId" : "SITE/POINT keys");
            }
            if (!o.only().equals("api")) {
                CopyLoad copy = new CopyLoad(o.jdbcUrl(), o.dbUser(), o.dbPassword(), o.copyFormat());
                List<List<io.wardwatt.readings.Reading>> chunks = CopyLoad.chunks(rows, copyIds, o.copyRows(), o.copySorted());
                long t0 = System.nanoTime();
                long copied = copy.run(chunks, o.copyConnections());
                double seconds = (System.nanoTime() - t0) / 1e9;
                copyRate = copied / seconds;
                complete &= copied == o.readings();
                out.printf(Locale.ROOT, "copy: %,d rows in %.1f s = %,.0f rows/s (raw %s COPY, %d rows a transaction, %d connections, %s)%n",
                        copied, seconds, copyRate, o.copyFormat(), o.copyRows(), o.copyConnections(),
                        o.copySorted() ? "sorted by point and time" : "in generated order");
            }
            if (apiRate > 0 && copyRate > 0) {
                out.printf(Locale.ROOT, "ratio api/copy: %.2f (target >= 0.5)%n", apiRate / copyRate);
            }
            return complete ? 0 : 1;
        } catch (SQLException | ClassNotFoundException | RuntimeException e) {
            err.println("bench-ingest: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static String[] keys(BenchPoints site, String prefix, int count) {
        String[] keys = new String[count];
        for (int i = 0; i < count; i++) {
            keys[i] = site.key(prefix, i);
        }
        return keys;
    }

    private static long stored(BenchOptions o, int[] ids) throws SQLException {
        try (Connection db = DriverManager.getConnection(o.jdbcUrl(), o.dbUser(), o.dbPassword());
             PreparedStatement count = db.prepareStatement("select count(*) from reading where point_id = any(?)")) {
            Integer[] boxed = java.util.Arrays.stream(ids).boxed().toArray(Integer[]::new);
            count.setArray(1, db.createArrayOf("integer", boxed));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
