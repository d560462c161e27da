package io.wardwatt.readings;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wardwatt.readings.runtime.RollupJob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Raw readings and rollup work-queue rows written with plain JDBC, as the ingestion writer writes them. In
 * PARTITIONED mode a reading needs its month's partition: when no partition takes the row, one is created for
 * the UTC month (named as the writer names it, "if not exists") and the insert retried.
 */
public final class RawReadingFixtures {

    private final DataSource dataSource;

    public RawReadingFixtures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void reading(int pointId, String ts, double value) {
        reading(pointId, Instant.parse(ts), value, 0);
    }

    /** Inserts (or, like a re-sent reading, replaces) one reading. */
    public void reading(int pointId, Instant ts, double value, int quality) {
        String sql = "insert into reading (ts, point_id, value, quality) values (?, ?, ?, ?) "
                + "on conflict (point_id, ts) do update set value = excluded.value, quality = excluded.quality";
        try (Connection c = dataSource.getConnection()) {
            try {
                insert(c, sql, pointId, ts, value, quality);
            } catch (SQLException e) {
                if (!"23514".equals(e.getSQLState())) {
                    throw e;
                }
                createMonthPartition(c, YearMonth.from(ts.atOffset(ZoneOffset.UTC)));
                insert(c, sql, pointId, ts, value, quality);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Readings given as alternating ISO instants and values, then one queue row spanning them, as one committed batch does. */
    public void batch(int pointId, Object... tsThenValue) {
        Instant first = null;
        Instant last = null;
        for (int i = 0; i < tsThenValue.length; i += 2) {
            Instant ts = Instant.parse((String) tsThenValue[i]);
            reading(pointId, ts, ((Number) tsThenValue[i + 1]).doubleValue(), 0);
            first = first == null || ts.isBefore(first) ? ts : first;
            last = last == null || ts.isAfter(last) ? ts : last;
        }
        queue(pointId, first, last);
    }

    public void queue(int pointId, Instant from, Instant to) {
        update("insert into rollup_pending (point_id, from_ts, to_ts) values (?, ?, ?)", pointId, utc(from), utc(to));
    }

    /**
     * Runs the rollup job until the points' queue rows are gone. A scheduled run may hold them for a moment
     * (claimed, not yet committed): then this run skips them and the next attempt finds them done.
     */
    public void rollUp(RollupJob job, int... pointIds) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            job.runNow();
            for (int pointId : pointIds) {
                assertEquals(0, pending(pointId), "queue rows left for point " + pointId);
            }
        });
    }

    public long pending(int pointId) {
        return number("select count(*) from rollup_pending where point_id = ?", pointId);
    }

    /** One number from a query, e.g. a rollup cell. */
    public double value(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i] instanceof Instant t ? utc(t) : args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                return rs.getDouble(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long number(String sql, Object... args) {
        return (long) value(sql, args);
    }

    private static void insert(Connection c, String sql, int pointId, Instant ts, double value, int quality) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, utc(ts));
            ps.setInt(2, pointId);
            ps.setDouble(3, value);
            ps.setInt(4, quality);
            ps.executeUpdate();
        }
    }

    /** The same partition, by the same name, as the ingestion writer would create, so the two never overlap. */
    private static void createMonthPartition(Connection c, YearMonth month) throws SQLException {
        MonthlyPartition partition = new MonthlyPartition(month);
        try (Statement s = c.createStatement()) {
            s.execute("create table if not exists " + partition.tableName() + " partition of reading for values from ('"
                    + partition.from() + "') to ('" + partition.to() + "')");
        }
    }

    private void update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant ts) {
        return ts.atOffset(ZoneOffset.UTC);
    }
}
