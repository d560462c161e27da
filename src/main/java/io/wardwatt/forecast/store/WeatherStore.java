package io.wardwatt.forecast.store;

import io.agroal.api.AgroalDataSource;
import io.wardwatt.forecast.weather.IssuedHour;
import io.wardwatt.forecast.weather.WeatherHour;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weather rows by plain JDBC (a year of hours is one statement with arrays, not 8,760), in the caller's transaction
 * when there is one. Instants travel as epoch seconds.
 */
@ApplicationScoped
public class WeatherStore {

    @Inject
    AgroalDataSource dataSource;

    /** How an import of observed or typical rows changed the stored ones. */
    public record Upserted(int inserted, int changed, int unchanged) {
    }

    /** Stores rows of a source, replacing different values at the same hour (latest wins); equal rows stay as they are. */
    public Upserted upsertObservations(String site, String source, List<WeatherHour> hours) {
        String sql = """
                insert into weather_observation (site, source, hour, temperature_c, relative_humidity_pct, ghi_wm2)
                select ?, ?, to_timestamp(h), t, r, g from unnest(?, ?, ?, ?) as u(h, t, r, g)
                on conflict (site, source, hour) do update
                    set temperature_c = excluded.temperature_c, relative_humidity_pct = excluded.relative_humidity_pct,
                        ghi_wm2 = excluded.ghi_wm2, imported_at = clock_timestamp()
                    where (weather_observation.temperature_c, weather_observation.relative_humidity_pct, weather_observation.ghi_wm2)
                          is distinct from (excluded.temperature_c, excluded.relative_humidity_pct, excluded.ghi_wm2)
                returning (xmax = 0)""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, site);
            ps.setString(2, source);
            bindHours(c, ps, 3, hours);
            int inserted = 0;
            int changed = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean(1)) {
                        inserted++;
                    } else {
                        changed++;
                    }
                }
            }
            return new Upserted(inserted, changed, hours.size() - inserted - changed);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store weather observations: " + e.getMessage(), e);
        }
    }

    /** Whether the site has any row of the source. */
    public boolean hasRows(String site, String source) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select exists (select 1 from weather_observation where site = ? and source = ?)")) {
            ps.setString(1, site);
            ps.setString(2, source);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read weather observations: " + e.getMessage(), e);
        }
    }

    /** Stores a provider forecast as one issue; {@code issuedAt} is kept to the millisecond. */
    public void insertForecast(String site, Instant issuedAt, List<WeatherHour> hours) {
        String sql = """
                insert into weather_forecast (site, issued_at, hour, temperature_c, relative_humidity_pct, ghi_wm2)
                select ?, to_timestamp(?::double precision / 1000), to_timestamp(h), t, r, g from unnest(?, ?, ?, ?) as u(h, t, r, g)
                on conflict do nothing""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, site);
            ps.setLong(2, issuedAt.toEpochMilli());
            bindHours(c, ps, 3, hours);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the weather forecast: " + e.getMessage(), e);
        }
    }

    /** The newest stored provider hour for each hour from {@code first} to {@code last}. */
    public Map<Instant, IssuedHour> lastIssued(String site, Instant first, Instant last) {
        String sql = """
                select distinct on (hour) extract(epoch from hour)::bigint, temperature_c, relative_humidity_pct, ghi_wm2,
                       (extract(epoch from issued_at) * 1000)::bigint
                from weather_forecast where site = ? and hour between to_timestamp(?) and to_timestamp(?)
                order by hour, issued_at desc""";
        Map<Instant, IssuedHour> hours = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, site);
            ps.setLong(2, first.getEpochSecond());
            ps.setLong(3, last.getEpochSecond());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    WeatherHour weather = new WeatherHour(Instant.ofEpochSecond(rs.getLong(1)), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
                    hours.put(weather.hour(), new IssuedHour(weather, Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read weather forecasts: " + e.getMessage(), e);
        }
        return hours;
    }

    /** The stored rows of a source at the given instants, by instant. */
    public Map<Instant, WeatherHour> observations(String site, String source, Collection<Instant> at) {
        String sql = """
                select extract(epoch from hour)::bigint, temperature_c, relative_humidity_pct, ghi_wm2 from weather_observation
                where site = ? and source = ? and hour = any (select to_timestamp(s) from unnest(?) as s)""";
        Map<Instant, WeatherHour> hours = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, site);
            ps.setString(2, source);
            ps.setArray(3, c.createArrayOf("bigint", at.stream().map(Instant::getEpochSecond).toArray(Long[]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    WeatherHour weather = new WeatherHour(Instant.ofEpochSecond(rs.getLong(1)), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
                    hours.put(weather.hour(), weather);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read weather observations: " + e.getMessage(), e);
        }
        return hours;
    }

    /**
     * Mean temperature of each local day (in {@code zone}) from {@code from} to {@code to} inclusive, over the rows of a source;
     * an hour is stamped with its end, so the day's hours end after its midnight and up to the next one.
     */
    public Map<java.time.LocalDate, Double> dailyMeanTemperatures(String site, String source, java.time.ZoneId zone,
                                                                java.time.LocalDate from, java.time.LocalDate to) {
        String sql = """
                select ((hour - interval '1 second') at time zone ?)::date, avg(temperature_c) from weather_observation
                where site = ? and source = ? and hour > to_timestamp(?) and hour <= to_timestamp(?) group by 1""";
        Map<java.time.LocalDate, Double> days = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, zone.getId());
            ps.setString(2, site);
            ps.setString(3, source);
            ps.setLong(4, from.atStartOfDay(zone).toEpochSecond());
            ps.setLong(5, to.plusDays(1).atStartOfDay(zone).toEpochSecond());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.put(rs.getObject(1, java.time.LocalDate.class), rs.getDouble(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read weather observations: " + e.getMessage(), e);
        }
        return days;
    }

    private static void bindHours(Connection c, PreparedStatement ps, int first, List<WeatherHour> hours) throws SQLException {
        Array instants = c.createArrayOf("bigint", hours.stream().map(h -> h.hour().getEpochSecond()).toArray(Long[]::new));
        ps.setArray(first, instants);
        ps.setArray(first + 1, c.createArrayOf("float8", hours.stream().map(WeatherHour::temperatureC).toArray(Double[]::new)));
        ps.setArray(first + 2, c.createArrayOf("float8", hours.stream().map(WeatherHour::relativeHumidityPct).toArray(Double[]::new)));
        ps.setArray(first + 3, c.createArrayOf("float8", hours.stream().map(WeatherHour::ghiWm2).toArray(Double[]::new)));
    }
}
