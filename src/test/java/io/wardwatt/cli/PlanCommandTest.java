package io.wardwatt.cli;

import static io.wardwatt.TestUsers.engineer;
import static io.wardwatt.TestUsers.leader;
import static io.wardwatt.optimize.PlanScenarios.cyclingDay;
import static io.wardwatt.optimize.PlanScenarios.json;
import static io.wardwatt.optimize.PlanScenarios.threeChillers;
import static io.wardwatt.optimize.PlanScenarios.withSolver;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code plan replay} run in-process against the running service, as an engineer would run it from a shell. */
@QuarkusTest
class PlanCommandTest {

    @TestHTTPResource("/")
    URL service;

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        command.reset();
        return command.run(args);
    }

    private int replay(String plan, String user, String password) {
        return run("plan", "replay", "--plan", plan, "--url", service.toString(), "--user", user, "--password", password, "--wait", "120");
    }

    private static String post(Map<String, Object> scenario) {
        return engineer().contentType(ContentType.JSON).body(json(scenario)).post("/api/sites/HOSP/plans").then().statusCode(202)
                .extract().jsonPath().getString("id");
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                leader().get("/api/sites/HOSP/plans/" + id).then().statusCode(200).body("status", equalTo(status)));
    }

    @Test
    void aReplayOfAPlanIsTheSamePlan() {
        String plan = post(threeChillers(8, 60, 1));
        awaitStatus(plan, "done");

        assertEquals(0, replay(plan, "engineer", "wardwatt-engineer"), command.err() + command.out());
        assertTrue(command.out().startsWith("same plan\n"), command.out());
        assertTrue(command.out().contains("same plan: the replay repeated the original's search"), command.out());
        assertTrue(command.err().contains("plan replay: replay ") && command.err().contains(" of plan " + plan + " queued"), command.err());
    }

    @Test
    void aPlanStoppedBeforeItWasSolvedHasNoPlanToRepeat() {
        // A long search holds the solver thread, so the next plan waits in the queue and is stopped there, planless.
        String running = post(withSolver(cyclingDay(96, 15), 40, 40));
        awaitStatus(running, "solving");
        String waiting = post(threeChillers(4, 60, 0));
        engineer().post("/api/sites/HOSP/plans/" + waiting + "/stop").then().statusCode(202);
        engineer().post("/api/sites/HOSP/plans/" + running + "/stop").then().statusCode(202);
        awaitStatus(running, "stopped");

        assertEquals(1, replay(waiting, "engineer", "wardwatt-engineer"), command.err() + command.out());
        assertTrue(command.out().startsWith("not the same plan\n"), command.out());
        assertTrue(command.out().contains("no plan to compare: the original " + waiting + " is stopped"), command.out());
    }

    @Test
    void refusedLoginsUnknownPlansBadUsageAndNoService() throws IOException {
        String plan = post(threeChillers(4, 60, 0));
        awaitStatus(plan, "done");
        assertEquals(2, replay(plan, "engineer", "wrong"));
        assertTrue(command.err().contains("refused the login (401)"), command.err());
        assertEquals(2, replay(plan, "leader", "wardwatt-leader"));
        assertTrue(command.err().contains("refused the login (403): a user with the engineer or admin role"), command.err());

        String nobody = UUID.randomUUID().toString();
        assertEquals(2, replay(nobody, "engineer", "wardwatt-engineer"));
        assertTrue(command.err().contains(nobody), command.err());

        assertEquals(2, run("plan", "replay", "--user", "engineer", "--password", "x"));
        assertTrue(command.err().contains("--plan is required"), command.err());
        assertEquals(2, run("plan", "replay", "--plan", "42", "--user", "engineer", "--password", "x"));
        assertTrue(command.err().contains("--plan takes a plan id"), command.err());
        assertEquals(2, run("plan", "again", "--plan", plan));
        assertTrue(command.err().contains("the plan command is 'replay'"), command.err());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        assertEquals(1, run("plan", "replay", "--plan", plan, "--url", "http://127.0.0.1:" + port, "--user", "engineer", "--password", "x"));
        assertTrue(command.err().contains("no service at http://127.0.0.1:" + port), command.err());
    }
}
