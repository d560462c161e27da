package io.wardwatt.readings.store;

import io.wardwatt.readings.rollup.BucketConsumption;
import io.wardwatt.readings.rollup.MeterReplacement;
import io.wardwatt.readings.rollup.PendingRange;
import io.wardwatt.readings.rollup.RecomputeWindow;
import io.wardwatt.readings.rollup.Sample;
import io.wardwatt.readings.rollup.ValueStats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * JDBC side of the rollup job: the work queue, the raw readings of a window and the rollup tables. Every
 * method runs in the caller's transaction (the datasource enlists its connection), so a recompute that
 * fails rolls back its claim and the queue rows come back.
 */
@ApplicationScoped
public class RollupStore {

    /** First key of the per-point advisory lock (hashed), keeping our locks apart from other users of advisory locks. */
    private static final String LOCK_CLASS = "wardwatt.rollups";

    @Inject
    RollupJdbc jdbc;

    /**
     * Takes every queued range of the oldest point that no concurrent run is working on, skipping the given
     * points (they failed in this run). The rows are deleted in the caller's transaction: a rollback re-queues them.
     */
    public List<PendingRange> claimNextPoint(Collection<Integer> skipped) {
        String sql = "delete from rollup_pending where id in (select id from rollup_pending where point_id = "
                + "(select point_id from rollup_pending where not (point_id = any(?)) order by id limit 1 for update skip locked) "
                + "for update skip locked) returning point_id, from_ts, to_ts";
        return jdbc.query(sql, ps -> ps.setArray(1, ps.getConnection().createArrayOf("integer", skipped.toArray(Integer[]::new))),
                rs -> new PendingRange(rs.getInt(1), RollupJdbc.instant(rs, 2), RollupJdbc.instant(rs, 3)));
    }

    /** Serialises recomputes of one point across runs and instances until the transaction ends. */
    public void lockPoint(int pointId) {
        jdbc.query("select pg_advisory_xact_lock(hashtext(?), ?)", ps -> {
            ps.setString(1, LOCK_CLASS);
            ps.setInt(2, pointId);
        }, rs -> 1);
    }

    public void queue(int pointId, Instant from, Instant to) {
        jdbc.update("insert into rollup_pending (point_id, from_ts, to_ts) values (?, ?, ?)", ps -> {
            ps.setInt(1, pointId);
            ps.setObject(2, RollupJdbc.utc(from));
            ps.setObject(3, RollupJdbc.utc(to));
        });
    }

    /** Queue length and the time the oldest row was queued (null when empty). */
    public record Backlog(long rows, Instant oldestQueuedAt) {
    }

    public Backlog backlog() {
        return jdbc.query("select count(*), min(queued_at) from rollup_pending", ps -> { },
                rs -> new Backlog(rs.getLong(1), RollupJdbc.instantOrNull(rs, 2))).get(0);
    }

    public Optional<Sample> lastUsableBefore(int pointId, Instant ts) {
        return jdbc.query("select ts, value, quality from reading where point_id = ? and ts < ? and quality <> 4 order by ts desc limit 1",
                ps -> bindPointAndTs(ps, pointId, ts), RollupStore::sample).stream().findFirst();
    }

    /** The first usable reading strictly after ts (the step out of a changed range). */
    public Optional<Sample> firstUsableAfter(int pointId, Instant ts) {
        return jdbc.query("select ts, value, quality from reading where point_id = ? and ts > ? and quality <> 4 order by ts limit 1",
                ps -> bindPointAndTs(ps, pointId, ts), RollupStore::sample).stream().findFirst();
    }

    /** The first usable reading at or after ts (the step out of a window that ends at ts). */
    public Optional<Sample> firstUsableFrom(int pointId, Instant ts) {
        return jdbc.query("select ts, value, quality from reading where point_id = ? and ts >= ? and quality <> 4 order by ts limit 1",
                ps -> bindPointAndTs(ps, pointId, ts), RollupStore::sample).stream().findFirst();
    }

    /** Usable readings in [from, to), in time order. */
    public List<Sample> usableSamples(int pointId, Instant from, Instant to) {
        return jdbc.query("select ts, value, quality from reading where point_id = ? and ts >= ? and ts < ? and quality <> 4 order by ts",
                ps -> {
                    ps.setInt(1, pointId);
                    ps.setObject(2, RollupJdbc.utc(from));
                    ps.setObject(3, RollupJdbc.utc(to));
                }, RollupStore::sample);
    }

    public List<MeterReplacement> replacements(int pointId) {
        return jdbc.query("select replaced_at, old_final_value, new_initial_value from meter_replacement where point_id = ? order by replaced_at",
                ps -> ps.setInt(1, pointId), rs -> new MeterReplacement(RollupJdbc.instant(rs, 1), rs.getDouble(2), rs.getDouble(3)));
    }

    /** Replaces a window's buckets of readings_15m or readings_1h (PARTITIONED mode only). */
    public void replaceValueBuckets(RollupTable table, int pointId, RecomputeWindow window, Map<Instant, ValueStats> buckets) {
        deleteWindow(table.relation(), "bucket", pointId, RollupJdbc.utc(window.start()), RollupJdbc.utc(window.end()));
        insertStats(table.relation(), "bucket", pointId, buckets.entrySet().stream()
                .map(e -> Map.entry((Object) RollupJdbc.utc(e.getKey()), e.getValue())).toList());
    }

    /** The 15-minute value statistics of [from, to), from the table or the continuous aggregate alike. */
    public SortedMap<Instant, ValueStats> quarterHourValues(int pointId, Instant from, Instant to) {
        SortedMap<Instant, ValueStats> buckets = new TreeMap<>();
        jdbc.query("select bucket, sample_count, sum_value, min_value, max_value from readings_15m "
                + "where point_id = ? and bucket >= ? and bucket < ?", ps -> {
                    ps.setInt(1, pointId);
                    ps.setObject(2, RollupJdbc.utc(from));
                    ps.setObject(3, RollupJdbc.utc(to));
                }, rs -> buckets.put(RollupJdbc.instant(rs, 1), new ValueStats(rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5))));
        return buckets;
    }

    public void replaceValueDays(int pointId, RecomputeWindow window, Map<LocalDate, ValueStats> days) {
        deleteWindow("readings_1d", "day", pointId, window.firstDay(), window.lastDay().plusDays(1));
        insertStats("readings_1d", "day", pointId, days.entrySet().stream().map(e -> Map.entry((Object) e.getKey(), e.getValue())).toList());
    }

    /** Anomalies already stored for the window, so the metric counts only newly found ones. */
    public int storedAnomalies(int pointId, RecomputeWindow window) {
        return jdbc.query("select coalesce(sum(anomalies), 0) from consumption_15m where point_id = ? and bucket >= ? and bucket < ?", ps -> {
            ps.setInt(1, pointId);
            ps.setObject(2, RollupJdbc.utc(window.start()));
            ps.setObject(3, RollupJdbc.utc(window.end()));
        }, rs -> rs.getInt(1)).get(0);
    }

    public void replaceConsumption(int pointId, RecomputeWindow window, Map<Instant, BucketConsumption> quarterHours,
                                   Map<Instant, BucketConsumption> hours) {
        deleteWindow("consumption_15m", "bucket", pointId, RollupJdbc.utc(window.start()), RollupJdbc.utc(window.end()));
        deleteWindow("consumption_1h", "bucket", pointId, RollupJdbc.utc(window.start()), RollupJdbc.utc(window.end()));
        insertConsumption("consumption_15m", "bucket", pointId, quarterHours.entrySet().stream().map(e -> Map.entry((Object) RollupJdbc.utc(e.getKey()), e.getValue())).toList());
        insertConsumption("consumption_1h", "bucket", pointId, hours.entrySet().stream().map(e -> Map.entry((Object) RollupJdbc.utc(e.getKey()), e.getValue())).toList());
    }

    /** The stored 15-minute consumption of [from, to). */
    public SortedMap<Instant, BucketConsumption> quarterHourConsumption(int pointId, Instant from, Instant to) {
        SortedMap<Instant, BucketConsumption> buckets = new TreeMap<>();
        jdbc.query("select bucket, quantity, anomalies from consumption_15m where point_id = ? and bucket >= ? and bucket < ?", ps -> {
            ps.setInt(1, pointId);
            ps.setObject(2, RollupJdbc.utc(from));
            ps.setObject(3, RollupJdbc.utc(to));
        }, rs -> buckets.put(RollupJdbc.instant(rs, 1), new BucketConsumption(rs.getDouble(2), rs.getInt(3))));
        return buckets;
    }

    public void replaceConsumptionDays(int pointId, RecomputeWindow window, Map<LocalDate, BucketConsumption> days) {
        deleteWindow("consumption_1d", "day", pointId, window.firstDay(), window.lastDay().plusDays(1));
        insertConsumption("consumption_1d", "day", pointId, days.entrySet().stream().map(e -> Map.entry((Object) e.getKey(), e.getValue())).toList());
    }

    private void deleteWindow(String relation, String keyColumn, int pointId, Object from, Object to) {
        jdbc.update("delete from " + relation + " where point_id = ? and " + keyColumn + " >= ? and " + keyColumn + " < ?", ps -> {
            ps.setInt(1, pointId);
            ps.setObject(2, from);
            ps.setObject(3, to);
        });
    }

    private void insertStats(String relation, String keyColumn, int pointId, List<Map.Entry<Object, ValueStats>> rows) {
        jdbc.batch("insert into " + relation + " (point_id, " + keyColumn + ", avg_value, min_value, max_value, sample_count, sum_value) "
                + "values (?, ?, ?, ?, ?, ?, ?)", rows, (ps, row) -> {
                    ValueStats s = row.getValue();
                    ps.setInt(1, pointId);
                    ps.setObject(2, row.getKey());
                    ps.setDouble(3, s.avg());
                    ps.setDouble(4, s.min());
                    ps.setDouble(5, s.max());
                    ps.setLong(6, s.count());
                    ps.setDouble(7, s.sum());
                });
    }

    private void insertConsumption(String relation, String keyColumn, int pointId, List<Map.Entry<Object, BucketConsumption>> rows) {
        jdbc.batch("insert into " + relation + " (point_id, " + keyColumn + ", quantity, anomalies) values (?, ?, ?, ?)", rows, (ps, row) -> {
            ps.setInt(1, pointId);
            ps.setObject(2, row.getKey());
            ps.setDouble(3, row.getValue().quantity());
            ps.setInt(4, row.getValue().anomalies());
        });
    }

    private static Sample sample(ResultSet rs) throws SQLException {
        return new Sample(RollupJdbc.instant(rs, 1), rs.getDouble(2), rs.getInt(3));
    }

    private static void bindPointAndTs(PreparedStatement ps, int pointId, Instant ts) throws SQLException {
        ps.setInt(1, pointId);
        ps.setObject(2, RollupJdbc.utc(ts));
    }
}
