package io.wardwatt.readings.store;

import io.wardwatt.readings.PointRange;
import io.wardwatt.readings.Reading;
import io.wardwatt.readings.WriteOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes batches of readings into {@code reading} on the caller's transaction, idempotently on
 * (point_id, ts), with the same SQL in both storage modes (a partitioned table and a hypertable both take
 * COPY, savepoints and ON CONFLICT).
 * <p>
 * Fast path: one COPY of all batches, sorted by key (btree-friendly, and concurrent writers take row locks in
 * the same order), inside a savepoint. Readings are nearly always new, so this is the path that counts.
 * Safe path, when the COPY hits a unique violation: back to the savepoint, then batch by batch in order,
 * COPY into a temporary staging table and INSERT ... SELECT ... ON CONFLICT DO NOTHING, so the first write
 * wins, nothing stored changes, and each batch learns its own duplicates and conflicts.
 */
public final class ReadingTableWriter {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Comparator<Reading> BY_KEY = (a, b) -> a.pointId() != b.pointId()
            ? Integer.compare(a.pointId(), b.pointId()) : a.ts().compareTo(b.ts());

    private final ReadingCopy copy;

    public ReadingTableWriter(CopyFormat format) {
        this.copy = new ReadingCopy(format);
    }

    /**
     * Stores the batches and queues the rollup job's work for every point they touch (one range per point for
     * all the batches); returns one outcome per batch, in order.
     */
    public List<WriteOutcome> write(Connection connection, List<List<Reading>> batches) throws SQLException {
        List<Reading> all = new ArrayList<>(batches.stream().mapToInt(List::size).sum());
        batches.forEach(all::addAll);
        all.sort(BY_KEY);
        List<WriteOutcome> outcomes = null;
        try (Statement sql = connection.createStatement()) {
            sql.execute("savepoint reading_fast_path");
            try {
                copy.into(connection, "reading", all);
                sql.execute("release savepoint reading_fast_path");
                outcomes = batches.stream().map(batch -> WriteOutcome.allNew(batch.size())).toList();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                sql.execute("rollback to savepoint reading_fast_path");
            }
        }
        if (outcomes == null) {
            outcomes = writeOneByOne(connection, batches);
        }
        queueRollups(connection, PointRange.of(all));
        return outcomes;
    }

    private List<WriteOutcome> writeOneByOne(Connection connection, List<List<Reading>> batches) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("create temporary table if not exists reading_staging (seq bigint not null, ts timestamptz not null, "
                    + "point_id integer not null, value double precision not null, quality smallint not null) on commit drop");
            List<WriteOutcome> outcomes = new ArrayList<>(batches.size());
            for (List<Reading> batch : batches) {
                sql.execute("truncate reading_staging");
                copy.intoStaging(connection, "reading_staging", batch);
                // Without statistics the planner may hash the whole reading table for the joins below.
                sql.execute("analyze reading_staging");
                int inserted = sql.executeUpdate("insert into reading (ts, point_id, value, quality) "
                        + "select distinct on (point_id, ts) ts, point_id, value, quality from reading_staging "
                        + "order by point_id, ts, seq on conflict (point_id, ts) do nothing");
                // After the insert every staged key is stored; a staged reading whose value is not the stored
                // one lost to an earlier write with another value.
                int conflicting;
                try (ResultSet rs = sql.executeQuery("select count(*) from reading_staging s "
                        + "join reading r on r.point_id = s.point_id and r.ts = s.ts where r.value <> s.value")) {
                    rs.next();
                    conflicting = rs.getInt(1);
                }
                outcomes.add(new WriteOutcome(inserted, batch.size() - inserted, conflicting));
            }
            return outcomes;
        }
    }

    private static long micros(java.time.Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private void queueRollups(Connection connection, List<PointRange> ranges) throws SQLException {
        if (ranges.isEmpty()) {
            return;
        }
        Integer[] points = new Integer[ranges.size()];
        Long[] from = new Long[ranges.size()];
        Long[] to = new Long[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            points[i] = ranges.get(i).pointId();
            from[i] = micros(ranges.get(i).from());
            to[i] = micros(ranges.get(i).to());
        }
        // Instants travel as microseconds since 1970 (exact in a double up to year 2255, and interval
        // arithmetic keeps whole microseconds), which spares formatting thousands of timestamps a flush.
        try (PreparedStatement insert = connection.prepareStatement("insert into rollup_pending (point_id, from_ts, to_ts) "
                + "select p, timestamptz 'epoch' + f * interval '1 microsecond', timestamptz 'epoch' + t * interval '1 microsecond' "
                + "from unnest(?::integer[], ?::bigint[], ?::bigint[]) as r(p, f, t)")) {
            insert.setArray(1, connection.createArrayOf("integer", points));
            insert.setArray(2, connection.createArrayOf("bigint", from));
            insert.setArray(3, connection.createArrayOf("bigint", to));
            insert.executeUpdate();
        }
    }
}
