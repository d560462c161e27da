package io.wardwatt.readings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads what the readings tables hold, straight from the database, for assertions. */
public final class ReadingsDatabase {

    private final DataSource dataSource;

    public ReadingsDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count(String sql, Object... args) {
        return rows(sql, args).stream().mapToLong(r -> ((Number) r.get(0)).longValue()).findFirst().orElseThrow();
    }

    /** The readings of a point as "ts value quality", oldest first, ts in UTC. */
    public List<String> readingsOf(int pointId) {
        return rows("select to_char(ts at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), value, quality from reading "
                + "where point_id = ? order by ts", pointId).stream().map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)).toList();
    }

    public List<List<Object>> rows(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
