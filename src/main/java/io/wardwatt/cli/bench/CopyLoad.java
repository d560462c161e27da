package io.wardwatt.cli.bench;

import io.wardwatt.readings.Quality;
import io.wardwatt.readings.Reading;
import io.wardwatt.readings.store.CopyFormat;
import io.wardwatt.readings.store.ReadingCopy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
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

    /** COPYs the rows, {@code rowsPerCopy} a transaction; returns the rows COPYed. */
    long run(BenchRows rows, int[] ids, int connections, int rowsPerCopy) throws InterruptedException {
        BenchRows chunks = new BenchRows(rows.readings(), rows.points(), rowsPerCopy, rows.start(), rows.intervalSeconds());
        AtomicLong next = new AtomicLong();
        AtomicLong copied = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        Thread[] threads = new Thread[connections];
        for (int t = 0; t < connections; t++) {
            threads[t] = new Thread(() -> {
                try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
                    db.setAutoCommit(false);
                    long chunk;
                    while (failure.get() == null && (chunk = next.getAndIncrement()) < chunks.batches()) {
                        List<Reading> readings = new ArrayList<>((int) (chunks.end(chunk) - chunks.first(chunk)));
                        for (long j = chunks.first(chunk); j < chunks.end(chunk); j++) {
                            readings.add(new Reading(ids[chunks.pointIndex(j)], chunks.ts(j), chunks.value(j), Quality.GOOD));
                        }
                        copied.addAndGet(copy.into(db, "reading", readings));
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
