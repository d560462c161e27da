package io.wardwatt.optimize.runtime;

import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.optimize.PlanScenarios.json;
import static io.wardwatt.optimize.PlanScenarios.threeChillers;
import static io.wardwatt.optimize.PlanScenarios.withSolver;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Plans survive a restart of the service, and stored plans only move forward. */
@QuarkusTest
class PlanRecoveryTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlanningService planning;

    /** A row as a stopped service leaves it: written, never handed to this service's solver thread. */
    private UUID insert(String status, int slots) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into plant_plan (id, site, kind, status, requested_by, started_at, scenario, model_files) "
                        + "values (?, 'HOSP', 'what-if', ?, 'engineer', case when ? = 'solving' then now() end, cast(? as jsonb), '{}')")) {
            s.setObject(1, id);
            s.setString(2, status);
            s.setString(3, status);
            s.setString(4, json(withSolver(threeChillers(slots, 60, 0), 2, 1)));
            s.executeUpdate();
        }
        return id;
    }

    private void execute(String sql, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }

    @Test
    void plansLeftQueuedOrSolvingAreSolvedAgainFromTheirStoredInputs() throws SQLException {
        UUID queued = insert("queued", 5);
        UUID solving = insert("solving", 6);
        assertTrue(planning.recoverUnfinished() >= 2);
        for (UUID id : new UUID[] {queued, solving}) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    leader().get("/api/sites/HOSP/plans/" + id).then().statusCode(200).body("status", equalTo("done")));
        }
        assertEquals(6, leader().get("/api/sites/HOSP/plans/" + solving).then().extract().jsonPath().getList("plan.slots").size());
    }

    @Test
    void aFinishedPlanIsNeverRewrittenAndStatusNeverMovesBack() throws SQLException {
        UUID id = insert("queued", 3);
        SQLException changedInputs = assertThrows(SQLException.class,
                () -> execute("update plant_plan set scenario = '{}' where id = ?", id));
        assertTrue(changedInputs.getMessage().contains("keeps the inputs"), changedInputs.getMessage());

        execute("update plant_plan set status = 'failed', finished_at = now(), error = 'test' where id = ?", id);
        SQLException back = assertThrows(SQLException.class, () -> execute("update plant_plan set status = 'queued', finished_at = null where id = ?", id));
        assertTrue(back.getMessage().contains("never rewritten"), back.getMessage());
        assertThrows(SQLException.class, () -> execute("delete from plant_plan where id = ?", id));
    }

    @Test
    void anIssuedForecastIsNeverChanged() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("insert into cooling_load_forecast (site, forecast_date, slot_minutes, loads_kw, source) "
                    + "values ('HOSP', date '2999-01-01', 60, array_fill(1000.0::float8, array[24]), 'recovery-test')");
            SQLException e = assertThrows(SQLException.class, () -> c.createStatement()
                    .executeUpdate("update cooling_load_forecast set source = 'changed' where source = 'recovery-test'"));
            assertTrue(e.getMessage().contains("never changed"), e.getMessage());
        }
    }
}
