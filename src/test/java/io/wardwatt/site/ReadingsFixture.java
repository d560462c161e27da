package io.wardwatt.site;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Gives a point history: one raw reading straight into {@code reading}. In partition mode the table needs a
 * partition for the month; January 1971 is used because no real reading falls there, so the partition
 * cannot collide with those the readings pipeline creates.
 */
public final class ReadingsFixture {

    private static final OffsetDateTime AT = OffsetDateTime.of(1971, 1, 15, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final String NO_PARTITION = "23514";

    private final DataSource dataSource;

    public ReadingsFixture(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void readingFor(int pointId) {
        try (Connection c = dataSource.getConnection()) {
            try {
                insert(c, pointId);
            } catch (SQLException e) {
                if (!NO_PARTITION.equals(e.getSQLState())) {
                    throw e;
                }
                try (Statement s = c.createStatement()) {
                    s.execute("create table if not exists reading_site_test_1971_01 partition of reading "
                            + "for values from ('1971-01-01 00:00:00+00') to ('1971-02-01 00:00:00+00')");
                }
                insert(c, pointId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insert(Connection c, int pointId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into reading (ts, point_id, value) values (?, ?, 1.0) on conflict do nothing")) {
            ps.setObject(1, AT);
            ps.setInt(2, pointId);
            ps.executeUpdate();
        }
    }
}
