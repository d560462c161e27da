package io.wardwatt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wardwatt.optimize.scenario.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optimize command run in-process, as {@code java -jar ... optimize} runs it, with files in a temporary directory. */
class OptimizeCommandTest {

    private final CommandRun command = new CommandRun();

    /** Three literature chillers (Chang 2004, capacities in kW), two hours, a load the plant can carry. */
    private static final String SCENARIO = """
            {
              "name": "three chillers",
              "slotMinutes": 60,
              "loadsKw": [9000, 12000, 4500],
              "chillers": [
                {"id": "CH1", "capacityKw": 4501.568, "minPlr": 0.3, "curve": {"type": "plr-cubic", "a": 100.95, "b": 818.61, "c": -973.43, "d": 788.55}},
                {"id": "CH2", "capacityKw": 4501.568, "minPlr": 0.3, "curve": {"type": "plr-cubic", "a": 66.598, "b": 606.34, "c": -380.58, "d": 275.95}},
                {"id": "CH3", "capacityKw": 4501.568, "minPlr": 0.3, "curve": {"type": "plr-cubic", "a": 130.09, "b": 304.5, "c": 14.377, "d": 99.8}}
              ],
              "solver": {"timeLimitSeconds": 2, "unimprovedSeconds": 1}
            }
            """;

    private int run(String... args) {
        return command.run(args);
    }



    @Test
    void aBadScenarioListsEveryProblemAndExits2(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, SCENARIO.replace("[9000, 12000, 4500]", "[9000, -1, 4500]").replace("\"capacityKw\": 4501.568, \"minPlr\": 0.3, \"curve\": {\"type\": \"plr-cubic\", \"a\": 66.598",
                "\"capacityKw\": 0, \"minPlr\": 0.3, \"curve\": {\"type\": \"plr-cubic\", \"a\": 66.598"));
        assertEquals(2, run("optimize", "--scenario", file.toString()));
        assertTrue(command.err().contains(file + " line 4: loadsKw[1]: -1 is below 0"), command.err());
        assertTrue(command.err().contains(file + " line 7: chillers[1].capacityKw: must be above 0, got 0"), command.err());
        assertTrue(command.err().contains(file + ": 2 problems; nothing planned"), command.err());
        assertEquals("", command.out());
    }

    @Test
    void withoutAScenarioItIsAUsageError() {
        assertEquals(2, run("optimize", "--seed", "3"));
        assertTrue(command.err().contains("optimize: --scenario FILE is required"), command.err());
        assertTrue(command.err().contains("Usage: optimize --scenario FILE"), command.err());
    }

    /**
     * The Shanghai typical year the demo days take their weather from. Its licence does not allow shipping it, so it is
     * looked for where the project's machines keep it (WARDWATT_TYPICAL_WEATHER_FILE, or the shared data beside the
     * checkout); without it the generator cannot be compared and the test is skipped.
     */
    private static Path shanghaiTypicalYear() {
        String configured = System.getenv("WARDWATT_TYPICAL_WEATHER_FILE");
        java.util.List<Path> candidates = new java.util.ArrayList<>();
        if (configured != null && configured.endsWith("CHN_Shanghai.Shanghai.583620_CSWD.epw")) {
            candidates.add(Path.of(configured));
        }
        for (String up : new String[] {"..", "../.."}) {
            candidates.add(Path.of(up, "shared/data/weather/CHN_Shanghai.Shanghai.583620_CSWD.epw"));
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    @Test
    void theCommittedDemoDaysAreWhatTheGeneratorWritesToday() throws IOException {
        Path epw = shanghaiTypicalYear();
        org.junit.jupiter.api.Assumptions.assumeTrue(epw != null, "the Shanghai CSWD typical year is not on this machine");
        for (String day : new String[] {"summer-2026-07-16", "shoulder-2026-05-13", "winter-2026-01-14"}) {
            Path committed = Path.of("chiller-models/scenarios/demo-hospital-" + day + ".json");
            String date = day.substring(day.indexOf('-') + 1);
            assertEquals(Files.readString(committed), DemoDayScenario.forDate(LocalDate.parse(date), epw).toJson(),
                    committed + " is stale: regenerate it with 'optimize scenario --date " + date + " --weather-file " + epw + "'");
        }
    }

    // The tests below need the day planner (io.wardwatt.optimize.DayPlanner).

    @Test
    void aScenarioIsPlannedAndPrintedAsJsonWithTheLoadBalancedInEverySlot(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("three.json");
        Files.writeString(file, SCENARIO);
        assertEquals(0, run("optimize", "--scenario", file.toString(), "--seed", "5"), command.err());
        JsonNode plan = new ObjectMapper().readTree(command.out());
        assertEquals("three chillers", plan.get("name").asText());
        assertTrue(plan.get("feasible").asBoolean(), plan.get("violations").toString());
        double[] loads = {9000, 12000, 4500};
        assertEquals(3, plan.get("slots").size());
        for (int i = 0; i < 3; i++) {
            JsonNode slot = plan.get("slots").get(i);
            assertEquals(loads[i], slot.get("loadKw").doubleValue());
            double delivered = 0;
            double power = 0;
            assertEquals(3, slot.get("chillers").size());
            for (JsonNode chiller : slot.get("chillers")) {
                for (String field : new String[] {"id", "on", "plr", "loadKw", "powerKw"}) {
                    assertTrue(chiller.has(field), field + " in " + chiller);
                }
                delivered += chiller.get("loadKw").doubleValue();
                power += chiller.get("powerKw").doubleValue();
                if (chiller.get("on").asBoolean()) {
                    assertTrue(chiller.get("plr").doubleValue() >= 0.3 - 1e-3, chiller.toString());
                }
            }
            // each chiller's kW is rounded to 0.1 in the output
            assertEquals(loads[i], delivered, 0.05 * 3 + 1e-9, "load balance in slot " + i);
            assertEquals(slot.get("powerKw").doubleValue(), power, 0.05 * 4 + 1e-9, "slot " + i);
        }
        assertTrue(plan.get("bound").get("objective").doubleValue() <= plan.get("totals").get("objective").doubleValue() + 0.01);
        assertEquals(5, plan.get("solver").get("randomSeed").longValue());
        assertTrue(plan.has("baseline") && plan.has("saving"));
        PlanJson.read(command.out());
    }

    @Test
    void anInfeasiblePlanIsStillPrintedWithItsViolations(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("too-much.json");
        Files.writeString(file, SCENARIO.replace("[9000, 12000, 4500]", "[9000, 20000, 4500]"));
        Path output = dir.resolve("plan.json");
        assertEquals(0, run("optimize", "--scenario", file.toString(), "--time-limit", "1", "--output", output.toString()), command.err());
        JsonNode plan = new ObjectMapper().readTree(Files.readString(output));
        assertFalse(plan.get("feasible").asBoolean());
        assertTrue(plan.get("violations").size() > 0);
        assertTrue(plan.get("violations").toString().contains("1"), "names the slot: " + plan.get("violations"));
        assertEquals("", command.out());
    }
}
