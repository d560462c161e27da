package io.wardwatt.site.store;

import io.agroal.api.AgroalDataSource;
import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.EnergyFlow;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointDirectory;
import io.wardwatt.site.PointKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Point look-ups for the hot ingest path: plain JDBC with a cache keyed by id and by key. Positive results
 * are cached until the site model changes; misses are not cached, so a point created a moment ago is found.
 */
@ApplicationScoped
public class JdbcPointDirectory implements PointDirectory {

    private static final String SELECT = "select p.id, s.code as site_code, p.code, p.kind, p.rollover_value, p.carrier, p.unit, p.flow, p.parent_meter, "
            + "s.time_zone, s.id as site_id, p.space_id from point p join site s on s.id = p.site_id ";

    @Inject
    AgroalDataSource dataSource;

    private final Map<Integer, MeasurementPoint> byId = new ConcurrentHashMap<>();
    private final Map<String, MeasurementPoint> byKey = new ConcurrentHashMap<>();

    @Override
    public Optional<MeasurementPoint> byId(int id) {
        MeasurementPoint cached = byId.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        return query(SELECT + "where p.id = ?", ps -> ps.setInt(1, id)).stream().findFirst().map(this::remember);
    }

    @Override
    public Optional<MeasurementPoint> byKey(String siteCode, String pointCode) {
        MeasurementPoint cached = byKey.get(siteCode + "/" + pointCode);
        if (cached != null) {
            return Optional.of(cached);
        }
        return query(SELECT + "where s.code = ? and p.code = ?", ps -> {
            ps.setString(1, siteCode);
            ps.setString(2, pointCode);
        }).stream().findFirst().map(this::remember);
    }

    @Override
    public List<MeasurementPoint> ofSite(long siteId) {
        return query(SELECT + "where s.id = ? order by p.id", ps -> ps.setLong(1, siteId));
    }

    @Override
    public List<MeasurementPoint> byIds(Collection<Integer> ids) {
        List<MeasurementPoint> found = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (Integer id : ids) {
            MeasurementPoint cached = byId.get(id);
            if (cached != null) {
                found.add(cached);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Integer[] array = missing.toArray(Integer[]::new);
            query(SELECT + "where p.id = any(?)", ps -> ps.setArray(1, ps.getConnection().createArrayOf("integer", array)))
                    .forEach(p -> found.add(remember(p)));
        }
        return found;
    }

    @Override
    public void invalidate() {
        byId.clear();
        byKey.clear();
    }

    private MeasurementPoint remember(MeasurementPoint point) {
        byId.put(point.id(), point);
        byKey.put(point.key(), point);
        return point;
    }

    /** The flow counted: as stored, consumption for an energy counter without one, null for other points. */
    private static EnergyFlow flow(String stored, String carrier) {
        if (stored != null) {
            return EnergyFlow.valueOf(stored);
        }
        return carrier == null ? null : EnergyFlow.CONSUMPTION;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<MeasurementPoint> query(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<MeasurementPoint> points = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double rollover = rs.getDouble("rollover_value");
                    Double rolloverValue = rs.wasNull() ? null : rollover;
                    long spaceId = rs.getLong("space_id");
                    Long space = rs.wasNull() ? null : spaceId;
                    points.add(new MeasurementPoint(rs.getInt("id"), rs.getString("site_code"), rs.getString("code"),
                            PointKind.valueOf(rs.getString("kind")), rolloverValue, EnergyCarrier.parse(rs.getString("carrier")),
                            rs.getString("unit"), ZoneId.of(rs.getString("time_zone")), rs.getLong("site_id"), space,
                            flow(rs.getString("flow"), rs.getString("carrier")), rs.getString("parent_meter")));
                }
            }
            return points;
        } catch (SQLException e) {
            throw new IllegalStateException("Point look-up failed: " + e.getMessage(), e);
        }
    }
}
