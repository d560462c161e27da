package io.wardwatt.optimize.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V16 applies on a database that has lived under V15: a schema of its own in the test database is migrated to V15, a
 * plan is stored (daily, approved), then V16 applies, the plan is kept, and re-plans can be stored beside it.
 */
class PlanRevisionMigrationTest {

    private static final String SCHEMA = "v15_existing";
    private static final String URL = System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL",
            "jdbc:postgresql://127.0.0.1:5432/wardwatt");

    @Test
    void v16AppliesOnAnExistingDatabaseAndKeepsItsPlans() throws SQLException {
        Flyway.configure().dataSource(URL, "wardwatt", "wardwatt").schemas(SCHEMA).cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(URL, "wardwatt", "wardwatt").schemas(SCHEMA).target("15").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "wardwatt", "wardwatt"); Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA + ", public");
            s.execute("insert into plant_plan (id, site, plan_date, kind, status, requested_by, finished_at, scenario, model_files, plan, feasible) "
                    + "values ('00000000-0000-0000-0000-000000000001', 'HOSP', '2026-07-15', 'daily', 'done', 'scheduler', now(), '{}', '{}', '{}', true)");
            s.execute("insert into plan_lifecycle (plan_id, site, plan_date, state, mode) values ('00000000-0000-0000-0000-000000000001', 'HOSP', "
                    + "'2026-07-15', 'approved', 'advisory')");
        }
        var result = Flyway.configure().dataSource(URL, "wardwatt", "wardwatt").schemas(SCHEMA).load().migrate();
        assertTrue(result.migrationsExecuted >= 1, "V16 (and any later) applied");
        try (Connection c = DriverManager.getConnection(URL, "wardwatt", "wardwatt"); Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA + ", public");
            try (ResultSet r = s.executeQuery("select kind, state from plant_plan p join plan_lifecycle l on l.plan_id = p.id")) {
                assertTrue(r.next());
                assertEquals("daily", r.getString(1));
                assertEquals("approved", r.getString(2));
            }
            s.execute("insert into plant_plan (id, site, plan_date, kind, status, requested_by, finished_at, scenario, model_files) values "
                    + "('00000000-0000-0000-0000-000000000002', 'HOSP', '2026-07-15', 'replan', 'done', 'watcher', now(), '{}', '{}')");
            s.execute("insert into plan_revision (plan_id, number, outcome, replan_id, cause, cause_detail, requested_by, at, first_slot, "
                    + "replaces_from, replaces_until, episode_from, verdict) values ('00000000-0000-0000-0000-000000000001', 1, 'revision', "
                    + "'00000000-0000-0000-0000-000000000002', 'load-deviation', 'measured load 18 % above forecast for 45 min', 'watcher', now(), "
                    + "58, now(), now() + interval '9 hours', now() - interval '45 minutes', 'inside')");
            SQLException twice = assertThrows(SQLException.class, () -> s.execute("update plan_revision set outcome = 'draft'"));
            assertTrue(twice.getMessage().contains("never changed"), twice.getMessage());
            SQLException kind = assertThrows(SQLException.class, () -> s.execute("insert into plant_plan (id, site, kind, status, requested_by, "
                    + "scenario, model_files) values (gen_random_uuid(), 'HOSP', 'guess', 'queued', 'x', '{}', '{}')"));
            assertTrue(kind.getMessage().contains("plant_plan_kind_check"), kind.getMessage());
        }
    }
}
