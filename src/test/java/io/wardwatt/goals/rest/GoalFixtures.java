package io.wardwatt.goals.rest;

import io.wardwatt.SiteFixtures;
import io.wardwatt.readings.RawReadingFixtures;
import io.wardwatt.readings.runtime.RollupJob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A test site of its own with two years of observed weather (hourly, in weather_observation), daily outpatient visits
 * and a grid electricity main meter (MWh) read at every local month start, whose monthly energy follows a known law:
 * tce = a + b·CDD + c·visits (+ noise) in the baseline year, and {@code reportingFactor} × the law in the year after.
 */
final class GoalFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** GB/T 2589 electricity at its equivalent value, as in the shipped factor set: tce per kWh. */
    static final double TCE_PER_KWH = 0.1229 / 1000;

    final SiteFixtures sites;
    final RawReadingFixtures raw;
    final DataSource dataSource;
    final Random random = new Random(20260422L);

    /** The month's conditions as the fixture made them: CDD (base 18 °C), HDD, visits; and the energy metered, tce. */
    final Map<YearMonth, double[]> months = new TreeMap<>();
    /** The id of the last site made. */
    long siteId;

    GoalFixtures(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sites = new SiteFixtures(dataSource);
        this.raw = new RawReadingFixtures(dataSource);
    }

    /**
     * @param noise relative noise of the monthly energy (0.005: the law holds to about 0.5 %)
     * @return the site's code
     */
    String site(int baselineYear, double a, double b, double c, double noise, double reportingFactor, RollupJob job) {
        long site = sites.site("GOAL", "Asia/Shanghai");
        siteId = site;
        String code = sites.siteCode(site);
        int meter = sites.counterPoint(site, null, "GRID.MWH", "MWh", "electricity", 1e9);
        List<Long> hours = new ArrayList<>();
        List<Double> temperatures = new ArrayList<>();
        List<Object[]> visitRows = new ArrayList<>();
        double cumulativeMwh = 1000;
        LocalDate first = LocalDate.of(baselineYear, 1, 1);
        raw.reading(meter, first.atStartOfDay(ZONE).toInstant(), cumulativeMwh, 0);
        for (int y = baselineYear; y <= baselineYear + 1; y++) {
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(y, m);
                double cdd = 0;
                double hdd = 0;
                double visits = 0;
                double busy = 0.85 + 0.3 * random.nextDouble(); // a month's clinic load, independent of the weather
                for (int d = 1; d <= month.lengthOfMonth(); d++) {
                    LocalDate day = month.atDay(d);
                    double mean = 17 + 11 * Math.sin(2 * Math.PI * (day.getDayOfYear() - 110) / 365.25) + 4 * (random.nextDouble() - 0.5);
                    cdd += Math.max(0, mean - 18);
                    hdd += Math.max(0, 18 - mean);
                    long start = day.atStartOfDay(ZONE).toEpochSecond();
                    for (int h = 1; h <= 24; h++) {
                        hours.add(start + h * 3600L);
                        temperatures.add(mean);
                    }
                    long count = Math.round((day.getDayOfWeek().getValue() >= 6 ? 3000 : 8500) * busy);
                    visitRows.add(new Object[] {day, count});
                    visits += count;
                }
                double law = a + b * cdd + c * visits;
                double tce = (y == baselineYear ? law * (1 + noise * random.nextGaussian()) : law * reportingFactor);
                months.put(month, new double[] {cdd, hdd, visits, tce});
                cumulativeMwh += tce / TCE_PER_KWH / 1000;
                raw.reading(meter, month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant(), cumulativeMwh, 0);
            }
        }
        raw.queue(meter, first.atStartOfDay(ZONE).toInstant(), LocalDate.of(baselineYear + 2, 1, 1).atStartOfDay(ZONE).toInstant());
        raw.rollUp(job, meter);
        insertWeather(code, hours, temperatures);
        insertVisits(code, visitRows);
        return code;
    }

    private void insertWeather(String site, List<Long> hours, List<Double> temperatures) {
        String sql = """
                insert into weather_observation (site, source, hour, temperature_c, relative_humidity_pct, ghi_wm2)
                select ?, 'epw-history', to_timestamp(h), t, 60, 0 from unnest(?, ?) as u(h, t)""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, site);
            ps.setArray(2, c.createArrayOf("bigint", hours.toArray(Long[]::new)));
            ps.setArray(3, c.createArrayOf("float8", temperatures.toArray(Double[]::new)));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insertVisits(String site, List<Object[]> rows) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into outpatient_visits (site, visit_date, visits, source) values (?, ?, ?, 'test')")) {
            for (Object[] row : rows) {
                ps.setString(1, site);
                ps.setObject(2, row[0]);
                ps.setLong(3, (Long) row[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
