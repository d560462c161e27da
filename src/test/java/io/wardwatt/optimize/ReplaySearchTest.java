package io.wardwatt.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wardwatt.optimize.scenario.ScenarioReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A run that ended by time, by no improvement or by a stop is searched again exactly by its seed and its count of
 * evaluated moves ({@link SolverSettings#replaying}): the same plan to the last bit, whatever either machine was doing.
 */
class ReplaySearchTest {

    private static final Duration LONGEST = Duration.ofMinutes(10);

    @Test
    void aDemoDayEndedByTimeIsSearchedAgainToTheSamePlan() throws Exception {
        // The summer day's plant, pumps and set-points, with a load swinging every two hours and one start a day per
        // chiller: the bound (starts relaxed) cannot be reached, so only time ends the search.
        ObjectMapper json = new ObjectMapper();
        Path file = Path.of("chiller-models/scenarios/demo-hospital-summer-2026-07-16.json");
        ObjectNode day = (ObjectNode) json.readTree(file.toFile());
        ArrayNode loads = day.putArray("loadsKw");
        for (int i = 0; i < 48; i++) {
            loads.add((i / 4) % 2 == 0 ? 15000.0 : 6000.0);
        }
        day.putObject("constraints").put("maxStartsPerDay", 1);
        DayProblem problem = ScenarioReader.read(json.writeValueAsString(day), "swinging-summer.json", file.getParent()).problem();
        SolverSettings timed = new SolverSettings(Duration.ofMillis(1500), Duration.ofMillis(1500), 3);

        DayPlan original = new DayPlanner().plan(problem, timed);
        assertTrue(original.solver().termination().startsWith("time limit") || original.solver().termination().startsWith("no improvement"),
                "ended by time, so the count of moves depends on the machine: " + original.solver().termination());

        assertSamePlan(original, new DayPlanner().plan(problem, SolverSettings.replaying(timed, original.solver(), LONGEST)));
    }

    @Test
    void aStoppedSearchIsSearchedAgainToTheSamePlan() throws Exception {
        DayProblem problem = cyclingDay();
        SolverSettings ran = new SolverSettings(Duration.ofMinutes(10), Duration.ofMinutes(10), 11);
        PlanningRun run = new DayPlanner().prepare(problem, ran);
        CompletableFuture<DayPlan> solving = CompletableFuture.supplyAsync(run::solve);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(((SolverRun) run)::searching);
        org.awaitility.Awaitility.await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        run.stop();
        DayPlan original = solving.get(30, TimeUnit.SECONDS);
        assertEquals("stopped on request", original.solver().termination());
        assertTrue(original.solver().scoreCalculations() > 1, "stopped in the middle of its search");

        assertSamePlan(original, new DayPlanner().plan(problem, SolverSettings.replaying(ran, original.solver(), LONGEST)));
    }

    @Test
    void aRunStoppedBeforeItsSearchKeepsItsStartingPlanWhenReplayed() {
        DayProblem problem = cyclingDay();
        SolverSettings ran = new SolverSettings(Duration.ofMinutes(10), Duration.ofMinutes(10), 5);
        PlanningRun run = new DayPlanner().prepare(problem, ran);
        run.stop();
        DayPlan original = run.solve();
        assertEquals(0, original.solver().scoreCalculations(), "no search: the starting plan");

        DayPlan replay = new DayPlanner().plan(problem, SolverSettings.replaying(ran, original.solver(), LONGEST));

        assertEquals(1, replay.solver().scoreCalculations(), "the starting plan scored, no move evaluated");
        assertEquals(original.slots(), replay.slots());
        assertEquals(original.totals(), replay.totals());
    }

    @Test
    void replaySettingsKeepTheSeedCountTheMovesAndWidenTheTimeLimits() {
        SolverSettings ran = new SolverSettings(Duration.ofSeconds(30), Duration.ofSeconds(5), 42);
        SolverStatistics searched = new SolverStatistics(10, 30_000, 30_010, "0hard/-1soft", 123_456, "time limit of 30000 ms", 42);
        assertEquals(new SolverSettings(LONGEST, LONGEST, 42, 123_456), SolverSettings.replaying(ran, searched, LONGEST));
        SolverSettings long_ = new SolverSettings(Duration.ofMinutes(8), Duration.ofMinutes(1), 42);
        assertEquals(Duration.ofMinutes(16), SolverSettings.replaying(long_, searched, LONGEST).timeLimit(), "never below twice the run's own");
        SolverStatistics none = new SolverStatistics(10, 0, 10, "not scored", 0, "stopped on request", 42);
        assertEquals(1, SolverSettings.replaying(ran, none, LONGEST).maxScoreCalculations(), "0 would mean no move limit at all");
    }

    private static void assertSamePlan(DayPlan original, DayPlan replay) {
        assertEquals(original.solver().scoreCalculations(), replay.solver().scoreCalculations(), "the replay evaluated as many moves");
        assertEquals(original.solver().score(), replay.solver().score());
        // Records compare their doubles bit for bit: every chiller, load, set-point, pump, cost and binding rule.
        assertEquals(original.slots(), replay.slots());
        assertEquals(original.totals(), replay.totals());
        assertEquals(original.violations(), replay.violations());
    }

    /** Three chillers, loads swinging between needing all three and two, one start a day: the search cannot end at the bound. */
    private static DayProblem cyclingDay() {
        List<PlannedChiller> chillers = new ArrayList<>();
        for (PlrCubic chiller : LiteraturePlants.threeChillers()) {
            chillers.add(new PlannedChiller(new CubicChillerModel(chiller), List.of()));
        }
        double[] loads = new double[96];
        for (int i = 0; i < loads.length; i++) {
            loads[i] = (i / 8) % 2 == 0 ? 3300 : 1300;
        }
        return new DayProblem("cycling", null, 15, HardRules.profile(loads, new double[] {1.0}), chillers, List.of(),
                new PlanRules(0, 0, 2, 1, 1, List.of(7.0), 0), new Objective(1, 0), ConventionalRules.DEFAULT, List.of());
    }
}
