package io.wardwatt.readings.store;

import io.wardwatt.readings.query.FlaggedReadings;
import io.wardwatt.readings.query.RawValue;
import io.wardwatt.readings.query.SpaceNode;
import io.wardwatt.readings.rollup.BucketConsumption;
import io.wardwatt.readings.rollup.ValueStats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads of the query API: raw readings and the rollup relations, which have the same names in both storage modes. */
@ApplicationScoped
public class RollupQueries {

    @Inject
    RollupJdbc jdbc;

    /** A site as the consumption query needs it. */
    public record SiteRef(long id, String code, ZoneId zone) {
    }

    /** Readings in [from, to) with their quality, bad ones included; at most {@code limit}. */
    public List<RawValue> raw(int pointId, Instant from, Instant to, int limit) {
        return jdbc.query("select ts, value, quality from reading where point_id = ? and ts >= ? and ts < ? order by ts limit ?", ps -> {
            ps.setInt(1, pointId);
            ps.setObject(2, RollupJdbc.utc(from));
            ps.setObject(3, RollupJdbc.utc(to));
            ps.setInt(4, limit);
        }, rs -> new RawValue(RollupJdbc.instant(rs, 1), rs.getDouble(2), rs.getInt(3)));
    }

    /** True when any of the points has a reading in [from, to). */
    public boolean anyReading(Collection<Integer> pointIds, Instant from, Instant to) {
        return jdbc.query("select exists (select 1 from reading where point_id = any(?) and ts >= ? and ts < ?)", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("integer", pointIds.toArray(Integer[]::new)));
            ps.setObject(2, RollupJdbc.utc(from));
            ps.setObject(3, RollupJdbc.utc(to));
        }, rs -> rs.getBoolean(1)).get(0);
    }

    public SortedMap<Instant, ValueStats> values(RollupTable table, int pointId, Instant from, Instant to) {
        SortedMap<Instant, ValueStats> buckets = new TreeMap<>();
        jdbc.query("select bucket, sample_count, sum_value, min_value, max_value from " + table.relation()
                + " where point_id = ? and bucket >= ? and bucket < ?", ps -> bindRange(ps, pointId, from, to),
                rs -> buckets.put(RollupJdbc.instant(rs, 1), stats(rs)));
        return buckets;
    }

    public SortedMap<LocalDate, ValueStats> valueDays(int pointId, LocalDate first, LocalDate end) {
        SortedMap<LocalDate, ValueStats> days = new TreeMap<>();
        jdbc.query("select day, sample_count, sum_value, min_value, max_value from readings_1d where point_id = ? and day >= ? and day < ?",
                ps -> {
                    ps.setInt(1, pointId);
                    ps.setObject(2, first);
                    ps.setObject(3, end);
                }, rs -> days.put(rs.getObject(1, LocalDate.class), stats(rs)));
        return days;
    }

    /** Per point, consumption per UTC-aligned bucket in [from, to). */
    public Map<Integer, SortedMap<Instant, BucketConsumption>> consumption(RollupTable table, Collection<Integer> pointIds, Instant from, Instant to) {
        Map<Integer, SortedMap<Instant, BucketConsumption>> result = new HashMap<>();
        jdbc.query("select point_id, bucket, quantity, anomalies from " + table.consumptionRelation()
                + " where point_id = any(?) and bucket >= ? and bucket < ?", ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("integer", pointIds.toArray(Integer[]::new)));
                    ps.setObject(2, RollupJdbc.utc(from));
                    ps.setObject(3, RollupJdbc.utc(to));
                }, rs -> result.computeIfAbsent(rs.getInt(1), k -> new TreeMap<>())
                        .put(RollupJdbc.instant(rs, 2), new BucketConsumption(rs.getDouble(3), rs.getInt(4))));
        return result;
    }

    /** Per point, consumption per local day in [first, end). */
    public Map<Integer, SortedMap<LocalDate, BucketConsumption>> consumptionDays(Collection<Integer> pointIds, LocalDate first, LocalDate end) {
        Map<Integer, SortedMap<LocalDate, BucketConsumption>> result = new HashMap<>();
        jdbc.query("select point_id, day, quantity, anomalies from consumption_1d where point_id = any(?) and day >= ? and day < ?", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("integer", pointIds.toArray(Integer[]::new)));
            ps.setObject(2, first);
            ps.setObject(3, end);
        }, rs -> result.computeIfAbsent(rs.getInt(1), k -> new TreeMap<>())
                .put(rs.getObject(2, LocalDate.class), new BucketConsumption(rs.getDouble(3), rs.getInt(4))));
        return result;
    }

    /**
     * Per UTC-aligned bucket of {@code bucketSeconds} in [from, to), the readings whose quality is not good. Rollups keep
     * no quality, so this reads the raw readings of the one point over the period. With {@code closing}, a reading
     * belongs to the bucket it ends (a counter's reading closes the interval before it), else to the bucket it is in.
     */
    public SortedMap<Instant, FlaggedReadings> flagged(int pointId, Instant from, Instant to, long bucketSeconds, boolean closing) {
        SortedMap<Instant, FlaggedReadings> buckets = new TreeMap<>();
        jdbc.query("select floor(extract(epoch from ts" + (closing ? " - interval '1 microsecond'" : "") + ") / ?)::bigint, max(quality), count(*)"
                + " from reading where point_id = ? and " + (closing ? "ts > ? and ts <= ?" : "ts >= ? and ts < ?") + " and quality <> 0 group by 1", ps -> {
                    ps.setLong(1, bucketSeconds);
                    ps.setInt(2, pointId);
                    ps.setObject(3, RollupJdbc.utc(from));
                    ps.setObject(4, RollupJdbc.utc(to));
                }, rs -> buckets.put(Instant.ofEpochSecond(rs.getLong(1) * bucketSeconds), new FlaggedReadings(rs.getInt(2), rs.getLong(3))));
        return buckets;
    }

    /** Per local day of {@code zone} in [from, to), the readings whose quality is not good; {@code closing} as for {@link #flagged}. */
    public SortedMap<LocalDate, FlaggedReadings> flaggedDays(int pointId, Instant from, Instant to, ZoneId zone, boolean closing) {
        SortedMap<LocalDate, FlaggedReadings> days = new TreeMap<>();
        jdbc.query("select ((ts" + (closing ? " - interval '1 microsecond'" : "") + ") at time zone ?)::date, max(quality), count(*)"
                + " from reading where point_id = ? and " + (closing ? "ts > ? and ts <= ?" : "ts >= ? and ts < ?") + " and quality <> 0 group by 1", ps -> {
                    ps.setString(1, zone.getId());
                    ps.setInt(2, pointId);
                    ps.setObject(3, RollupJdbc.utc(from));
                    ps.setObject(4, RollupJdbc.utc(to));
                }, rs -> days.put(rs.getObject(1, LocalDate.class), new FlaggedReadings(rs.getInt(2), rs.getLong(3))));
        return days;
    }

    public Optional<SiteRef> site(String code) {
        return jdbc.query("select id, code, time_zone from site where code = ?", ps -> ps.setString(1, code),
                rs -> new SiteRef(rs.getLong(1), rs.getString(2), ZoneId.of(rs.getString(3)))).stream().findFirst();
    }

    public List<SpaceNode> spaces(long siteId) {
        return jdbc.query("select id, parent_id, code from space where site_id = ?", ps -> ps.setLong(1, siteId), rs -> {
            long parent = rs.getLong(2);
            Long parentId = rs.wasNull() ? null : parent;
            return new SpaceNode(rs.getLong(1), parentId, rs.getString(3));
        });
    }

    private static void bindRange(java.sql.PreparedStatement ps, int pointId, Instant from, Instant to) throws java.sql.SQLException {
        ps.setInt(1, pointId);
        ps.setObject(2, RollupJdbc.utc(from));
        ps.setObject(3, RollupJdbc.utc(to));
    }

    private static ValueStats stats(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ValueStats(rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5));
    }
}
