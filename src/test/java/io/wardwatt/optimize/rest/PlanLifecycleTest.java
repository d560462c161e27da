package io.wardwatt.optimize.rest;

import static io.wardwatt.TestUsers.admin;
import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.auditor;
import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.TestUsers.reporter;
import static io.wardwatt.optimize.PlanScenarios.threeChillers;
import static io.wardwatt.optimize.rest.PlanApi.awaitDone;
import static io.wardwatt.optimize.rest.PlanApi.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.wardwatt.optimize.ApprovedPlans;
import io.wardwatt.optimize.SlotInForce;
import io.wardwatt.optimize.runtime.PlanApprovals;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The life cycle of solved plans: approve, supersede, cancel, the clock's steps, roles and the audit trail. */
@QuarkusTest
class PlanLifecycleTest {

    private static final ZoneId HOSP_ZONE = ZoneId.of("Asia/Shanghai");

    /** Days far ahead, one per plan day of this run, so runs against the same database never share a day. */
    private static final AtomicLong NEXT_DAY = new AtomicLong(System.currentTimeMillis() / 1000 % 3_000_000);

    @Inject
    PlanApprovals approvals;

    @Inject
    ApprovedPlans approved;

    @Inject
    AgroalDataSource dataSource;

    private static LocalDate freshDay() {
        return LocalDate.of(2100, 1, 1).plusDays(NEXT_DAY.incrementAndGet() % 300_000);
    }

    /** A solved what-if for the HOSP site: four hourly slots from 08:00 of the day. */
    private static String solvedPlan(LocalDate day) {
        Map<String, Object> scenario = new LinkedHashMap<>(threeChillers(4, 60, 0));
        scenario.put("start", day + "T08:00");
        String id = post(scenario);
        JsonPath plan = awaitDone(id);
        assertTrue(plan.getBoolean("plan.feasible"));
        return id;
    }

    private static String comment(String text) {
        return "{\"comment\": \"" + text + "\"}";
    }

    private static io.restassured.response.ValidatableResponse act(RequestSpecification who, String id, String action, String body) {
        RequestSpecification request = who.contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.post("/api/sites/HOSP/plans/" + id + "/" + action).then();
    }

    @Test
    void anEngineerApprovesWithACommentAndASecondApprovalOfTheDaySupersedesTheFirst() {
        LocalDate day = freshDay();
        String first = solvedPlan(day);
        String second = solvedPlan(day);

        leader().get("/api/sites/HOSP/plans/" + first).then().statusCode(200)
                .body("lifecycle.state", equalTo("draft")).body("lifecycle.history", hasSize(0));

        act(anonymous(), first, "approve", comment("x")).statusCode(401);
        act(leader(), first, "approve", comment("x")).statusCode(403);
        act(auditor(), first, "approve", comment("x")).statusCode(403);
        act(reporter(), first, "approve", comment("x")).statusCode(403);
        act(engineer(), first, "approve", null).statusCode(400).body("problems.where", hasItem("comment"));
        act(engineer(), first, "approve", comment("  ")).statusCode(400).body("problems.where", hasItem("comment"));
        act(engineer(), first, "approve", "{}").statusCode(400).body("problems.where", hasItem("comment"));
        leader().get("/api/sites/HOSP/plans/" + first).then().body("lifecycle.state", equalTo("draft"));

        act(engineer(), first, "approve", comment("forecast checked with the ward managers")).statusCode(200)
                .body("state", equalTo("approved")).body("mode", equalTo("advisory"))
                .body("history", hasSize(1))
                .body("history[0].from", equalTo("draft")).body("history[0].to", equalTo("approved"))
                .body("history[0].by", equalTo("engineer")).body("history[0].comment", equalTo("forecast checked with the ward managers"));
        act(engineer(), first, "approve", comment("again")).statusCode(409).body("error", containsString("already approved"));
        leader().get("/api/sites/HOSP/plans/" + first).then().body("lifecycle.state", equalTo("approved"))
                .body("lifecycle.history[0].by", equalTo("engineer"));

        act(admin(), second, "approve", comment("newer forecast")).statusCode(200).body("state", equalTo("approved"));
        JsonPath superseded = leader().get("/api/sites/HOSP/plans/" + first).then().statusCode(200).extract().jsonPath();
        assertEquals("superseded", superseded.getString("lifecycle.state"));
        assertEquals(List.of("approved", "superseded"), superseded.getList("lifecycle.history.to", String.class));
        assertEquals("admin", superseded.getString("lifecycle.history[1].by"));
        assertTrue(superseded.getString("lifecycle.history[1].comment").contains(second), "names the plan that replaced it");
        act(engineer(), first, "approve", comment("back")).statusCode(409);
        act(engineer(), first, "cancel", comment("too late")).statusCode(409).body("error", containsString("superseded"));

        JsonPath audit = auditor().queryParam("entityType", "plan-lifecycle").queryParam("entityId", first).get("/api/audit")
                .then().statusCode(200).extract().jsonPath();
        // Newest first.
        assertEquals(List.of("supersede", "approve"), audit.getList("action", String.class));
        assertEquals(List.of("admin", "engineer"), audit.getList("actor", String.class));
        assertEquals("forecast checked with the ward managers", audit.getString("[1].after.comment"));
        assertEquals("approved", audit.getString("[1].after.to"));
        auditor().queryParam("entityType", "plan-lifecycle").queryParam("entityId", second).get("/api/audit").then()
                .body("action", equalTo(List.of("approve"))).body("[0].actor", equalTo("admin"))
                .body("[0].after.comment", equalTo("newer forecast"));
    }

    @Test
    void aDraftOrAnApprovedPlanIsCancelledWithACommentAndStaysCancelled() {
        String draft = solvedPlan(freshDay());
        act(leader(), draft, "cancel", comment("x")).statusCode(403);
        act(anonymous(), draft, "cancel", comment("x")).statusCode(401);
        act(engineer(), draft, "cancel", null).statusCode(400).body("problems.where", hasItem("comment"));
        act(engineer(), draft, "cancel", comment("the chillers are under maintenance")).statusCode(200)
                .body("state", equalTo("cancelled")).body("history[0].from", equalTo("draft"))
                .body("history[0].comment", equalTo("the chillers are under maintenance"));
        act(engineer(), draft, "approve", comment("after all")).statusCode(409).body("error", containsString("cancelled"));
        act(engineer(), draft, "cancel", comment("again")).statusCode(409);

        String approvedPlan = solvedPlan(freshDay());
        act(engineer(), approvedPlan, "approve", comment("ok")).statusCode(200);
        act(admin(), approvedPlan, "cancel", comment("chiller 2 tripped")).statusCode(200)
                .body("state", equalTo("cancelled")).body("history.to", equalTo(List.of("approved", "cancelled")))
                .body("history[1].by", equalTo("admin"));
        auditor().queryParam("entityType", "plan-lifecycle").queryParam("entityId", approvedPlan).get("/api/audit").then()
                .body("action", equalTo(List.of("cancel", "approve"))).body("actor", equalTo(List.of("admin", "engineer")))
                .body("[0].after.comment", equalTo("chiller 2 tripped"));
    }

    @Test
    void plansThatAreNotDraftsCannotBeApproved() throws SQLException {
        UUID failed = insertFinished("failed");
        UUID stoppedEmpty = insertFinished("stopped");
        for (UUID id : List.of(failed, stoppedEmpty)) {
            act(engineer(), id.toString(), "approve", comment("x")).statusCode(409);
            act(engineer(), id.toString(), "cancel", comment("x")).statusCode(409);
            leader().get("/api/sites/HOSP/plans/" + id).then().statusCode(200).body("lifecycle", nullValue());
        }
        act(engineer(), failed.toString(), "approve", comment("x")).body("error", containsString("failed"));
        act(engineer(), UUID.randomUUID().toString(), "approve", comment("x")).statusCode(404);

        // A plan for a day that is over is not approved.
        Map<String, Object> past = new LinkedHashMap<>(threeChillers(4, 60, 0));
        past.put("start", "2020-03-01T08:00");
        String old = post(past);
        awaitDone(old);
        act(engineer(), old, "approve", comment("x")).statusCode(409).body("error", containsString("past plan"));
    }

    @Test
    void theClockMovesAnApprovedPlanToDispatchingAndDoneAndThePortShowsTheSlotInForce() {
        LocalDate day = freshDay();
        String id = solvedPlan(day);
        JsonPath plan = leader().get("/api/sites/HOSP/plans/" + id).then().extract().jsonPath();
        Instant start = LocalDateTime.of(day, java.time.LocalTime.of(8, 0)).atZone(HOSP_ZONE).toInstant();
        Instant end = start.plusSeconds(4 * 3600);
        Instant inSlot1 = start.plusSeconds(90 * 60);

        assertTrue(approved.current("HOSP", inSlot1).isEmpty(), "a draft is not in force");
        act(engineer(), id, "approve", comment("go")).statusCode(200);

        approvals.advance(start.minusSeconds(1));
        leader().get("/api/sites/HOSP/plans/" + id).then().body("lifecycle.state", equalTo("approved"));
        Optional<SlotInForce> slot = approved.current("HOSP", inSlot1);
        assertTrue(slot.isPresent(), "an approved plan is in force for its slots");

        approvals.advance(inSlot1);
        leader().get("/api/sites/HOSP/plans/" + id).then().body("lifecycle.state", equalTo("dispatching"))
                .body("lifecycle.history[1].by", equalTo("system")).body("lifecycle.history[1].comment", containsString("advisory"));
        slot = approved.current("HOSP", inSlot1);
        assertTrue(slot.isPresent());
        assertEquals(UUID.fromString(id), slot.get().planId());
        assertTrue(slot.get().advisory(), "approved in advisory mode: nothing may be written");
        assertEquals(1, slot.get().slotIndex());
        assertEquals(start.plusSeconds(3600), slot.get().from());
        assertEquals(start.plusSeconds(7200), slot.get().until());
        assertEquals(plan.getDouble("plan.slots[1].supplySetpointC"), slot.get().supplySetpointC(), 1e-9);
        assertEquals(plan.getList("plan.slots[1].chillers.on", Boolean.class),
                slot.get().chillers().stream().map(SlotInForce.ChillerCommand::on).toList());
        assertEquals(plan.getList("plan.slots[1].chillers.id", String.class),
                slot.get().chillers().stream().map(SlotInForce.ChillerCommand::id).toList());
        assertEquals(null, slot.get().battery(), "a plan without a site part commands no battery: it keeps its own timetable");
        assertTrue(approved.current("HOSP", end).isEmpty(), "nothing is in force after the last slot");
        assertTrue(approved.current("HOSP", start.minusSeconds(1)).isEmpty(), "nor before the first");

        approvals.advance(end);
        JsonPath done = leader().get("/api/sites/HOSP/plans/" + id).then().extract().jsonPath();
        assertEquals("done", done.getString("lifecycle.state"));
        assertEquals(List.of("approved", "dispatching", "done"), done.getList("lifecycle.history.to", String.class));
        assertTrue(approved.current("HOSP", inSlot1).isEmpty(), "a done plan is no longer in force");
        act(engineer(), id, "cancel", comment("x")).statusCode(409);
        approvals.advance(end.plusSeconds(3600));
        assertEquals(3, leader().get("/api/sites/HOSP/plans/" + id).then().extract().jsonPath().getList("lifecycle.history").size(),
                "a done plan takes no more steps");

        List<String> actions = auditor().queryParam("entityType", "plan-lifecycle").queryParam("entityId", id).get("/api/audit")
                .then().statusCode(200).extract().jsonPath().getList("actor", String.class);
        assertEquals(List.of("system", "system", "engineer"), actions);
    }

    @Test
    void theTablesKeepTheLifeCycleMovingForwardAndOnePlanInForcePerDay() throws SQLException {
        LocalDate day = freshDay();
        String first = solvedPlan(day);
        String second = solvedPlan(day);
        act(engineer(), first, "approve", comment("ok")).statusCode(200);
        UUID id = UUID.fromString(first);
        SQLException twice = assertThrows(SQLException.class, () -> execute(
                "insert into plan_lifecycle (plan_id, site, plan_date, state, mode) values (?, 'HOSP', ?, 'approved', 'advisory')",
                UUID.fromString(second), day));
        assertTrue(twice.getMessage().contains("plan_lifecycle_one_in_force"), twice.getMessage());
        SQLException back = assertThrows(SQLException.class, () -> execute("update plan_lifecycle set state = 'approved' where plan_id = ?", id));
        assertTrue(back.getMessage().contains("cannot move"), back.getMessage());
        assertThrows(SQLException.class, () -> execute("delete from plan_lifecycle where plan_id = ?", id));
        assertThrows(SQLException.class, () -> execute("update plan_transition set comment = 'rewritten' where plan_id = ?", id));
        assertThrows(SQLException.class, () -> execute("delete from plan_transition where plan_id = ?", id));
        leader().get("/api/sites/HOSP/plans/" + first).then().body("lifecycle.state", equalTo("approved"))
                .body("lifecycle.history[0].comment", equalTo("ok"));
        assertFalse(leader().get("/api/sites/HOSP/plans/" + second).then().extract().jsonPath().getString("lifecycle.state").equals("approved"));
    }

    /** A finished plan without a plan, as the solver leaves a failed one or a plan stopped before it started. */
    private UUID insertFinished(String status) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into plant_plan (id, site, plan_date, kind, status, requested_by, finished_at, scenario, model_files, error) "
                        + "values (?, 'HOSP', ?, 'what-if', ?, 'engineer', now(), '{}', '{}', 'test')")) {
            s.setObject(1, id);
            s.setObject(2, freshDay());
            s.setString(3, status);
            s.executeUpdate();
        }
        return id;
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
