package io.wardwatt.cli.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A fresh bench site and its points, created straight in the site model tables (unique codes per run). */
final class BenchPoints {

    final String siteCode;
    private final long siteId;

    private BenchPoints(String siteCode, long siteId) {
        this.siteCode = siteCode;
        this.siteId = siteId;
    }

    static BenchPoints newSite(Connection db) throws SQLException {
        String code = "BENCH-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
        try (PreparedStatement insert = db.prepareStatement("insert into site (code, name, time_zone, floor_area_m2, grid_region, province) "
                + "values (?, 'Ingestion benchmark', 'Asia/Shanghai', 196000, 'CN-EAST', 'CN-SH') returning id")) {
            insert.setString(1, code);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return new BenchPoints(code, rs.getLong(1));
            }
        }
    }

    /** Creates {@code count} value points named PREFIX00000..; returns their ids in order. */
    int[] create(Connection db, String prefix, int count) throws SQLException {
        int[] ids = new int[count];
        try (PreparedStatement insert = db.prepareStatement("insert into point (site_id, code, name, unit, kind) "
                + "select ?, ? || lpad(i::text, 5, '0'), 'bench point', 'kW', 'VALUE' from generate_series(0, ? - 1) i "
                + "returning id, code")) {
            insert.setLong(1, siteId);
            insert.setString(2, prefix);
            insert.setInt(3, count);
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    ids[Integer.parseInt(rs.getString(2).substring(prefix.length()))] = rs.getInt(1);
                }
            }
        }
        return ids;
    }

    String key(String prefix, int index) {
        return siteCode + "/" + prefix + String.format("%05d", index);
    }
}
