package io.wardwatt.goals.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.wardwatt.goals.GoalMetric;
import io.wardwatt.goals.SiteGoals;
import io.wardwatt.goals.Target;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Saving goals by plain JDBC, in the caller's transaction; targets and bed-days as JSON. */
@ApplicationScoped
public class GoalRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    private record StoredTarget(String metric, double percent) {
    }

    public Optional<SiteGoals> find(String site) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select baseline_year, targets::text, beds, bed_days::text from saving_goal where site = ?")) {
            ps.setString(1, site);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<StoredTarget> targets = JSON.readValue(rs.getString(2), new TypeReference<List<StoredTarget>>() { });
                Map<String, Double> days = JSON.readValue(rs.getString(4), new TypeReference<Map<String, Double>>() { });
                Map<YearMonth, Double> bedDays = new TreeMap<>();
                days.forEach((month, value) -> bedDays.put(YearMonth.parse(month), value));
                return Optional.of(new SiteGoals(site, rs.getInt(1), targets.stream()
                        .map(t -> new Target(GoalMetric.of(t.metric()).orElseThrow(), t.percent())).toList(), rs.getInt(3), bedDays));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read the saving goals of " + site + ": " + e.getMessage(), e);
        }
    }

    /** The sites that have saving goals. */
    public List<String> sites() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select site from saving_goal order by site");
             ResultSet rs = ps.executeQuery()) {
            List<String> sites = new java.util.ArrayList<>();
            while (rs.next()) {
                sites.add(rs.getString(1));
            }
            return sites;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the sites with saving goals: " + e.getMessage(), e);
        }
    }

    /** Inserts or replaces the site's goals. */
    public void save(SiteGoals goals, String by) {
        String sql = """
                insert into saving_goal (site, baseline_year, targets, beds, bed_days, updated_by) values (?, ?, ?::jsonb, ?, ?::jsonb, ?)
                on conflict (site) do update set baseline_year = excluded.baseline_year, targets = excluded.targets, beds = excluded.beds,
                    bed_days = excluded.bed_days, updated_by = excluded.updated_by, updated_at = clock_timestamp()""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Map<String, Double> days = new LinkedHashMap<>();
            goals.bedDays().forEach((month, value) -> days.put(month.toString(), value));
            ps.setString(1, goals.site());
            ps.setInt(2, goals.baselineYear());
            ps.setString(3, JSON.writeValueAsString(goals.targets().stream().map(t -> new StoredTarget(t.metric().code(), t.percent())).toList()));
            ps.setInt(4, goals.beds());
            ps.setString(5, JSON.writeValueAsString(days));
            ps.setString(6, by);
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot store the saving goals of " + goals.site() + ": " + e.getMessage(), e);
        }
    }
}
