package io.wardwatt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Test data for packages that need a site and points before the site API is involved: inserts rows
 * straight into the site model tables (the schema is the contract). Codes are unique per call, so the
 * suite can run again and again against the same database.
 */
public final class SiteFixtures {

    private final DataSource dataSource;

    public SiteFixtures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A site in the given IANA time zone; returns its id. */
    public long site(String codePrefix, String timeZone) {
        return insert("insert into site (code, name, time_zone, floor_area_m2, grid_region, province) "
                + "values (?, 'Test hospital', ?, 196000, 'CN-EAST', 'CN-SH') returning id", TestUsers.unique(codePrefix), timeZone);
    }

    public String siteCode(long siteId) {
        return text("select code from site where id = ?", siteId);
    }

    /** A space under parent (null for a campus). */
    public long space(long siteId, Long parentId, String code, String level, double areaM2) {
        return insert("insert into space (site_id, parent_id, code, name, level, area_m2) values (?, ?, ?, ?, ?, ?) returning id",
                siteId, parentId, code, code, level, areaM2);
    }

    /** An instantaneous-value point; returns its id. */
    public int valuePoint(long siteId, String code, String unit) {
        return (int) insert("insert into point (site_id, code, name, unit, kind) values (?, ?, ?, ?, 'VALUE') returning id",
                siteId, code, code, unit);
    }

    /** A cumulative counter wrapping at rollover, of the carrier, attached to a space (or null); returns its id. */
    public int counterPoint(long siteId, Long spaceId, String code, String unit, String carrier, double rollover) {
        return (int) insert("insert into point (site_id, space_id, code, name, unit, kind, rollover_value, carrier) "
                + "values (?, ?, ?, ?, ?, 'COUNTER', ?, ?) returning id", siteId, spaceId, code, code, unit, rollover, carrier);
    }

    private long insert(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String sql, Object arg) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
