package io.wardwatt.cli.bench;

import io.wardwatt.readings.Quality;
import io.wardwatt.readings.Reading;
import io.wardwatt.readings.store.CopyFormat;
import io.wardwatt.readings.store.ReadingCopy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The baseline: the same rows COPYed straight into {@code reading} over JDBC, one transaction per chunk,
 * from several connections at once, with the same COPY code the service's writer uses.
 */
final class CopyLoad {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final ReadingCopy copy;

    CopyLoad(String jdbcUrl, String user, String password, String format) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.copy = new ReadingCopy(CopyFormat.valueOf(format.toUpperCase(Locale.ROOT)));
    }

    /** The rows in chunks of {@code rowsPerCopy}, sorted or not, made before the clock starts. */
    static List<List<Reading>> chunks(BenchRows rows, int[] ids, int rowsPerCopy, boolean sorted) {
        BenchRows chunks = new BenchRows(rows.readings(), rows.points(), rowsPerCopy, rows.start(), rows.intervalSeconds());
        List<List<Reading>> all = new ArrayList<>((int) chunks.batches());
        for (long chunk = 0; chunk < chunks.batches(); chunk++) {
            List<Reading> readings = new ArrayList<>((int) (chunks.end(chunk) - chunks.first(chunk)));
            for (long j = chunks.first(chunk); j < chunks.end(chunk); j++) {
                readings.add(new Reading(ids[chunks.pointIndex(j)], chunks.ts(j), chunks.value(j), Quality.GOOD));
            }
            if (sorted) {
                readings.sort(Comparator.comparingInt(Reading::pointId).thenComparing(Reading::ts));
            }
            all.add(readings);
        }
        return all;
    }

    /** COPYs each chunk in a transaction of its own, from {@code connections} connections; returns the rows COPYed. */
    long run(List<List<Reading>> chunks, int connections) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong copied = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        Thread[] threads = new Thread[connections];
        for (int t = 0; t < connections; t++) {
            threads[t] = new Thread(() -> {
                try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
                    db.setAutoCommit(false);
                    long chunk;
                    while (failure.get() == null && (chunk = next.getAndIncrement()) < chunks.size()) {
                        copied.addAndGet(copy.into(db, "reading", chunks.get((int) chunk)));
                        db.commit();
                    }
                } catch (SQLException | RuntimeException e) {
                    failure.compareAndSet(null, e.getMessage());
                }
            }, "bench-copy-" + t);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the raw COPY failed: " + failure.get());
        }
        return copied.get();
    }
}
