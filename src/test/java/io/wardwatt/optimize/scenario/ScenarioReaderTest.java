package io.wardwatt.optimize.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.optimize.CubicChillerModel;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.Doe2ChillerModel;
import io.wardwatt.optimize.PlrCubic;
import io.wardwatt.optimize.SlotConditions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

    private static final Path SCENARIOS = Path.of("chiller-models/scenarios");
    private static final Path CHILLERS = Path.of("chiller-models/chillers");

    /** A valid two-slot scenario; the tests below break one thing at a time. */
    private static final String TWO_SLOTS = """
            {
              "slotMinutes": 30,
              "loadsKw": [1000, 1500],
              "chillers": [
                {"id": "CH1", "capacityKw": 2000, "minPlr": 0.3,
                 "curve": {"type": "plr-cubic", "a": 100.95, "b": 818.61, "c": -973.43, "d": 788.55}}
              ]
            }
            """;

    private static Scenario read(String text) {
        return ScenarioReader.read(text, "scenario.json", CHILLERS);
    }

    private static List<String> problems(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(text));
        return e.problems().stream().map(InputProblem::toString).toList();
    }

    private static void assertProblem(List<String> problems, String expected) {
        assertTrue(problems.contains(expected), "expected <" + expected + "> among " + problems);
    }

    @Test
    void everyExampleScenarioReads() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(SCENARIOS)) {
            files = listing.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 7, "examples: " + files);
        for (Path file : files) {
            DayProblem problem = ScenarioReader.readFile(file).problem();
            assertTrue(problem.slots().size() >= 1 && !problem.chillers().isEmpty(), file.toString());
        }
    }

    /**
     * A daily scenario made while no weather could be had still carries the meters' site figures (the PV meter's fitted
     * factor among them): the PV cannot be forecast, so it is left out, and the battery is still planned.
     */
    @Test
    void withoutWeatherThePlantFilesPvIsLeftOutAndItsFittedFactorStillAccepted() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode day = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                SCENARIOS.resolve("demo-hospital-summer-2026-07-16.json").toFile());
        day.remove("weather");
        day.putObject("site").put("pvScaleFactor", 0.93).put("initialStateOfChargeKwh", 800).put("monthPeakSoFarKw", 5000);
        DayProblem problem = ScenarioReader.read(json.writeValueAsString(day), "no-weather.json", SCENARIOS).problem();
        assertEquals(null, problem.equipment().photovoltaic(), "no weather: no PV forecast");
        assertEquals("BESS", problem.equipment().battery().id());
        assertEquals(0.8, problem.site().batteryStateOfChargeFraction(), 1e-12);
        assertEquals(0, problem.site().demandChargeCnyPerKwMonth(), "no other electricity: no demand charge planned");

        day.set("weather", json.readTree(SCENARIOS.resolve("demo-hospital-summer-2026-07-16.json").toFile()).get("weather"));
        DayProblem withWeather = ScenarioReader.read(json.writeValueAsString(day), "weather.json", SCENARIOS).problem();
        assertEquals(0.93, withWeather.equipment().photovoltaic().scaleFactor(), 1e-12, "the scenario's fitted factor replaces the file's");
    }

    @Test
    void theDemoSummerDayHas48HalfHoursTheDemoPlantAndACriticalPeak() {
        Scenario scenario = ScenarioReader.readFile(SCENARIOS.resolve("demo-hospital-summer-2026-07-16.json"));
        DayProblem problem = scenario.problem();
        assertEquals(48, problem.slots().size());
        assertEquals(30, problem.slotMinutes());
        assertEquals(6, problem.chillers().size());
        assertTrue(problem.chillers().stream().allMatch(c -> c.model() instanceof Doe2ChillerModel && c.pairedPumps().size() == 2));
        // Shanghai's July (tariffs/shanghai-general-commercial-10kv.yaml): 12:00-14:00 critical peak at 1.62, 14:30
        // peak, 03:00 valley, 21:30 flat; the demand charge comes with the tariff file
        assertEquals("critical-peak", problem.slots().get(24).tariffPeriod());
        assertEquals("critical-peak", problem.slots().get(27).tariffPeriod());
        assertEquals(1.62, problem.slots().get(27).pricePerKwh(), 1e-9);
        assertEquals("peak", problem.slots().get(29).tariffPeriod());
        assertEquals("peak", problem.slots().get(30 + 6).tariffPeriod());
        assertEquals(40, problem.site().demandChargeCnyPerKwMonth(), 1e-9);
        assertEquals("BESS", problem.equipment().battery().id());
        assertEquals("PV-INV", problem.equipment().photovoltaic().id());
        assertEquals("valley", problem.slots().get(6).tariffPeriod());
        assertEquals("flat", problem.slots().get(43).tariffPeriod());
        assertEquals(3, problem.zones().size());
        assertEquals(24, ScenarioBenchmark.pumpCount(problem.chillers(), problem.zones()));
        // the plant file's rules: N+1, 60 minutes' run on 30-minute slots, set-points 5.5..8.5 capped at Z3's 7.5
        assertEquals(1, problem.rules().spareUnits());
        assertEquals(2, problem.rules().minRunSlots());
        assertEquals(List.of(5.5, 6.0, 6.5, 7.0, 7.5), problem.rules().supplySetpointsC());
        assertTrue(problem.slots().stream().allMatch(s -> s.carbonKgPerKwh() == 0.5849), "the ledger's Shanghai factor");
        // The weather of the Shanghai typical year's 16 July: 06:00 (slot 10, EPW hour 6) is 34.1 °C at 77 %, a 30.4 °C wet
        // bulb at the file's 100.48 kPa (ASHRAE psychrometrics, worked out independently); every dew point is above 23 °C,
        // so the plant's dehumidification table (7.5 °C at 20 °C dew point, 7.0 °C from 24 °C) caps the supply below Z3's 7.5 °C.
        assertEquals(34.1, problem.slots().get(10).weather().dryBulbC());
        assertEquals(30.45, problem.slots().get(10).weather().wetBulbC(), 0.05);
        assertEquals(7.0, problem.slots().get(10).maxSupplyC(), 1e-12);
        assertTrue(problem.slots().stream().allMatch(s -> s.minSupplyC() == 5.5 && s.maxSupplyC() >= 7.0 && s.maxSupplyC() <= 7.11
                && s.maxSupplyC() == s.dehumidificationMaxSupplyC()));
        assertTrue(problem.plansTowers(), "the plant's towers choose the condenser water from the weather");
        assertTrue(problem.slots().stream().allMatch(s -> Double.isNaN(s.condenserEnteringC())));
    }

    @Test
    void theLiteratureSixChillerCaseKeepsItsCoefficientsAndConvertsRtToKw() {
        DayProblem problem = ScenarioReader.readFile(SCENARIOS.resolve("ocl-6-chillers-lee-lin-2009.json")).problem();
        PlrCubic ch3 = ((CubicChillerModel) problem.chillers().get(2).model()).curve();
        assertEquals(1280 * 3.51685, ch3.capacityKw(), 1e-6);
        assertEquals(new PlrCubic("CH3", ch3.capacityKw(), 0.3, -120.505, 1525.99, -502.14, 0), ch3);
        assertEquals(6858 * 3.51685, problem.slots().get(0).loadKw(), 0.05);
    }

    @Test
    void defaultsFillWhatTheScenarioLeavesOut() {
        Scenario scenario = read(TWO_SLOTS);
        SlotConditions slot = scenario.problem().slots().get(1);
        assertEquals(new SlotConditions(1500, 29.44, 7.0, 7.0, "flat", 1.0, 0), slot);
        assertEquals("scenario", scenario.problem().name());
        assertEquals(1, scenario.problem().rules().minRunSlots());
        assertEquals(Duration.ofSeconds(10), scenario.solver().timeLimit());
    }

    @Test
    void theWeatherGivesEachSlotItsWetBulbAndDewPoint() {
        Scenario scenario = read(TWO_SLOTS.replace("\"chillers\"",
                "\"weather\": {\"dryBulbC\": [35, 20], \"relativeHumidityPercent\": 40, \"solarWm2\": [800, 0]},\n  \"chillers\""));
        var hot = scenario.problem().slots().get(0).weather();
        // 35 °C at 40 %: 24.0 °C wet bulb on the ASHRAE chart; vapour pressure 0.4 × 5.629 kPa → a 19.4 °C dew point.
        assertEquals(24.0, hot.wetBulbC(), 0.1);
        assertEquals(19.4, hot.dewPointC(), 0.1);
        assertEquals(101.325, hot.pressureKpa());
        assertEquals(800, hot.solarWm2());
        assertEquals(20, scenario.problem().slots().get(1).weather().dryBulbC());
        // inline chillers have no towers: the condenser water stays the given one
        assertTrue(!scenario.problem().plansTowers());
        assertEquals(29.44, scenario.problem().slots().get(0).condenserEnteringC());
    }

    private static final String PLANT_DAY = """
            {
              "slotMinutes": 60,
              "loadsKw": [6000, 9000],
              "plant": "../plants/demo-hospital.yaml",
              "weather": {"dryBulbC": [30, 20], "relativeHumidityPercent": [60, 40], "pressureKpa": 100.5}
            }
            """;

    @Test
    void withThePlantsTowersTheWeatherDecidesTheCondenserWaterAndItsDewPointCapsTheSupply() {
        DayProblem problem = read(PLANT_DAY).problem();
        assertTrue(problem.plansTowers());
        assertTrue(problem.slots().stream().allMatch(s -> Double.isNaN(s.condenserEnteringC())));
        // 30 °C at 60 %: a 21.4 °C dew point, between the table's [20, 7.5] and [24, 7.0] → 7.5 − 0.5 × 1.4 / 4.
        SlotConditions humid = problem.slots().get(0);
        double dewPoint = humid.weather().dewPointC();
        assertEquals(21.4, dewPoint, 0.05);
        assertEquals(7.5 - 0.5 * (dewPoint - 20) / 4, humid.maxSupplyC(), 1e-9);
        assertEquals(humid.maxSupplyC(), humid.dehumidificationMaxSupplyC(), 1e-12);
        // 20 °C at 40 %: a 6 °C dew point needs no drying (8.5 °C); Z3's 7.5 °C stays the highest set-point offered.
        SlotConditions dry = problem.slots().get(1);
        assertEquals(8.5, dry.dehumidificationMaxSupplyC(), 1e-12);
        assertEquals(7.5, dry.maxSupplyC(), 1e-12);
        assertEquals(100.5, dry.weather().pressureKpa());
    }

    @Test
    void aGivenCondenserWaterBesideTheWeatherAndThePlantsTowersIsRefused() {
        String both = PLANT_DAY.replace("\"pressureKpa\": 100.5}", "\"pressureKpa\": 100.5},\n  \"temperatures\": {\"condenserEnteringC\": 29}");
        assertProblem(problems(both), "scenario.json line 6: temperatures.condenserEnteringC: the plant's towers choose the condenser water"
                + " from the scenario's weather: leave condenserEnteringC out, or leave the weather out for a given condenser water");
        // Without weather the plant's towers are not planned: the condenser water is a given, as before.
        DayProblem noWeather = read(PLANT_DAY.replace(",\n  \"weather\": {\"dryBulbC\": [30, 20], \"relativeHumidityPercent\": [60, 40],"
                + " \"pressureKpa\": 100.5}", "")).problem();
        assertTrue(!noWeather.plansTowers());
        assertEquals(29.44, noWeather.slots().get(0).condenserEnteringC());
    }

    @Test
    void badWeatherIsNamedWithItsLineAndPath() {
        List<String> problems = problems(TWO_SLOTS.replace("\"chillers\"", "\"weather\": {\"dryBulbC\": [35, 20, 18],\n"
                + " \"relativeHumidityPercent\": [40, 120], \"solarWm2\": 2000,\n \"pressureKpa\": 30, \"wetBulbC\": 24},\n  \"chillers\""));
        assertProblem(problems, "scenario.json line 4: weather.dryBulbC: has 3 values but loadsKw has 2");
        assertProblem(problems, "scenario.json line 5: weather.relativeHumidityPercent[1]: 120 is above 100");
        assertProblem(problems, "scenario.json line 5: weather.solarWm2: 2000 is above 1400");
        assertProblem(problems, "scenario.json line 6: weather.pressureKpa: 30 is below 50");
        assertProblem(problems, "scenario.json line 6: weather.wetBulbC: unknown key; expected one of dryBulbC, pressureKpa,"
                + " relativeHumidityPercent, solarWm2");
        List<String> dry = problems(TWO_SLOTS.replace("\"chillers\"", "\"weather\": {\"dryBulbC\": 20,\n \"relativeHumidityPercent\": 0},\n  \"chillers\""));
        assertProblem(dry, "scenario.json line 5: weather.relativeHumidityPercent: must be above 0 % (bone-dry air has no dew point)");
        List<String> missing = problems(TWO_SLOTS.replace("\"chillers\"", "\"weather\": {\"dryBulbC\": 20},\n  \"chillers\""));
        assertTrue(missing.stream().anyMatch(p -> p.startsWith("scenario.json line 4: weather.relativeHumidityPercent: missing")), missing.toString());
    }

    @Test
    void yamlReadsLikeJson() {
        Scenario yaml = ScenarioReader.read("""
                slotMinutes: 30
                loadsKw: [1000, 1500]
                chillers:
                  - id: CH1
                    capacityKw: 2000
                    minPlr: 0.3
                    curve: {type: plr-cubic, a: 100.95, b: 818.61, c: -973.43, d: 788.55}
                """, "scenario.yaml", CHILLERS);
        assertEquals(read(TWO_SLOTS).problem().slots(), yaml.problem().slots());
        assertEquals(read(TWO_SLOTS).problem().chillers(), yaml.problem().chillers());
    }

    @Test
    void aNegativeLoadIsNamedWithItsLineAndIndex() {
        List<String> problems = problems(TWO_SLOTS.replace("[1000, 1500]", "[1000,\n 1500, 1200,\n -5]"));
        assertProblem(problems, "scenario.json line 5: loadsKw[3]: -5 is below 0");
    }

    @Test
    void aPerSlotListOfTheWrongLengthSaysBothLengths() {
        List<String> problems = problems(TWO_SLOTS.replace("\"chillers\"", "\"temperatures\": {\"maxSupplyC\": [9, 9, 8]},\n  \"chillers\""));
        assertProblem(problems, "scenario.json line 4: temperatures.maxSupplyC: has 3 values but loadsKw has 2");
    }

    @Test
    void aCubicWithNegativePowerInItsRangeIsRefused() {
        // at PLR 0.3: 10 - 0.3*100 = -20 kW
        List<String> problems = problems(TWO_SLOTS.replace("\"a\": 100.95, \"b\": 818.61, \"c\": -973.43, \"d\": 788.55",
                "\"a\": 10, \"b\": -100, \"c\": 0, \"d\": 200"));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("scenario.json line 6: chillers[0].curve: gives negative power (-")
                && p.contains("between minPlr 0.3 and 1")), problems.toString());
    }

    @Test
    void theLowestPowerOfACubicIsFoundWhereverItLies() {
        Random random = new Random(4);
        for (int n = 0; n < 2_000; n++) {
            PlrCubic cubic = new PlrCubic("X", 1000, 0.1 + 0.5 * random.nextDouble(), random.nextGaussian() * 200,
                    random.nextGaussian() * 1000, random.nextGaussian() * 1000, random.nextGaussian() * 1000);
            double grid = Double.MAX_VALUE;
            for (int k = 0; k <= 10_000; k++) {
                double plr = cubic.minimumPartLoadRatio() + (1 - cubic.minimumPartLoadRatio()) * k / 10_000.0;
                grid = Math.min(grid, cubic.powerKw(plr * 1000));
            }
            double exact = ChillerSection.lowestPowerKw(cubic);
            assertTrue(exact <= grid + 1e-9 && exact >= grid - 1e-3 * (1 + Math.abs(grid)), "cubic " + cubic + ": " + exact + " vs grid " + grid);
        }
    }

    @Test
    void zeroCapacityIsRefused() {
        assertProblem(problems(TWO_SLOTS.replace("\"capacityKw\": 2000", "\"capacityKw\": 0")),
                "scenario.json line 5: chillers[0].capacityKw: must be above 0, got 0");
    }

    @Test
    void anInitialStateForAChillerThePlantLacksIsRefused() {
        List<String> problems = problems(TWO_SLOTS.replace("\"slotMinutes\"",
                "\"initialState\": [{\"chiller\": \"CH9\", \"on\": true}],\n  \"slotMinutes\""));
        assertProblem(problems, "scenario.json line 2: initialState[0].chiller: unknown chiller CH9; the plant has CH1");
    }

    @Test
    void tariffPeriodsWithAGapOrAnOverlapAreRefused() {
        String tariff = """
                "tariff": {"periods": [
                    {"name": "valley", "from": "22:00", "to": "07:00", "pricePerKwh": 0.3},
                    {"name": "flat", "from": "08:00", "to": "12:00", "pricePerKwh": 0.7},
                    {"name": "peak", "from": "11:00", "to": "22:00", "pricePerKwh": 1.2}]},
                  "slotMinutes\"""";
        List<String> problems = problems(TWO_SLOTS.replace("\"slotMinutes\"", tariff));
        assertProblem(problems, "scenario.json line 2: tariff.periods: leave 07:00-08:00 uncovered; the periods must cover 00:00-24:00");
        assertProblem(problems, "scenario.json line 5: tariff.periods[2]: overlaps tariff.periods[1] from 11:00");
    }

    @Test
    void periodsAreMatchedOnTheSlotsLocalStartTime() {
        String tariff = """
                "start": "2026-07-16T21:30",
                  "tariff": {"periods": [
                    {"name": "valley", "from": "22:00", "to": "06:00", "pricePerKwh": 0.3},
                    {"name": "day", "from": "06:00", "to": "22:00", "pricePerKwh": 1.0}]},
                  "slotMinutes\"""";
        List<SlotConditions> slots = read(TWO_SLOTS.replace("\"slotMinutes\"", tariff)).problem().slots();
        assertEquals(List.of("day", "valley"), slots.stream().map(SlotConditions::tariffPeriod).toList());
        assertEquals(List.of(1.0, 0.3), slots.stream().map(SlotConditions::pricePerKwh).toList());
    }

    @Test
    void everyProblemIsReportedAtOnceAndAMisspeltKeyIsOne() {
        List<String> problems = problems("""
                {
                  "slotMinutes": 7,
                  "loadKw": [1],
                  "chillers": [{"id": "CH1", "capacityKw": "lots", "minPlr": 1.5, "curve": {"type": "quadratic"}}]
                }
                """);
        assertProblem(problems, "scenario.json line 2: slotMinutes: 7 does not divide a day (1440 minutes)");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("scenario.json line 3: loadKw: unknown key")), problems.toString());
        assertProblem(problems, "scenario.json line 1: loadsKw: missing: the cooling load of each slot, kW");
        assertProblem(problems, "scenario.json line 4: chillers[0].curve.type: must be plr-cubic or doe2-eir, got quadratic");
        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void aDoe2ChillerReadsItsModelFileOrInlineFields() throws IOException {
        String file = TWO_SLOTS.replace("\"capacityKw\": 2000, \"minPlr\": 0.3,\n     \"curve\": {\"type\": \"plr-cubic\", \"a\": 100.95, \"b\": 818.61, \"c\": -973.43, \"d\": 788.55}",
                "\"curve\": {\"type\": \"doe2-eir\", \"model\": \"ch2-trane-cvhe-vanes.yaml\"}");
        Doe2ChillerModel fromFile = (Doe2ChillerModel) read(file).problem().chillers().get(0).model();
        assertEquals(3500, fromFile.curves().reference().capacityKw());

        String model = Files.readString(CHILLERS.resolve("ch2-trane-cvhe-vanes.yaml"));
        String inlineYaml = """
                slotMinutes: 30
                loadsKw: [1000, 1500]
                chillers:
                  - id: CH2
                    curve:
                      type: doe2-eir
                """ + model.lines().filter(l -> !l.startsWith("name:") && !l.startsWith("#")).map(l -> "      " + l)
                .collect(Collectors.joining("\n")) + "\n";
        Doe2ChillerModel inline = (Doe2ChillerModel) ScenarioReader.read(inlineYaml, "inline.yaml", CHILLERS).problem().chillers().get(0).model();
        assertEquals(fromFile.curves().capacityFunctionOfTemperature(), inline.curves().capacityFunctionOfTemperature());
        assertEquals("CH2", inline.curves().name());
    }

    @Test
    void anInlineDoe2ModelsProblemsPointIntoTheScenario() throws IOException {
        String model = Files.readString(CHILLERS.resolve("ch2-trane-cvhe-vanes.yaml"));
        String yaml = """
                slotMinutes: 30
                loadsKw: [1000, 1500]
                chillers:
                  - id: CH2
                    curve:
                      type: doe2-eir
                """ + model.lines().filter(l -> !l.startsWith("name:") && !l.startsWith("#")).map(l -> "      " + l.replace("cop: ", "cop: -"))
                .collect(Collectors.joining("\n")) + "\n";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioReader.read(yaml, "inline.yaml", CHILLERS));
        int copLine = yaml.lines().toList().indexOf(yaml.lines().filter(l -> l.contains("cop: -")).findFirst().orElseThrow()) + 1;
        assertEquals("inline.yaml line " + copLine + ": chillers[0].curve.reference.cop", e.problems().get(0).where());
    }

    @Test
    void aMissingModelFileIsNamed() {
        String file = TWO_SLOTS.replace("\"capacityKw\": 2000, \"minPlr\": 0.3,\n     \"curve\": {\"type\": \"plr-cubic\", \"a\": 100.95, \"b\": 818.61, \"c\": -973.43, \"d\": 788.55}",
                "\"curve\": {\"type\": \"doe2-eir\", \"model\": \"nope.yaml\"}");
        List<String> problems = problems(file);
        assertTrue(problems.get(0).startsWith("scenario.json line 5: chillers[0].curve.model: no chiller model file nope.yaml"), problems.toString());
    }

    @Test
    void aSetPointRangeThatNoSetPointFitsIsRefused() {
        List<String> problems = problems(TWO_SLOTS.replace("\"chillers\"",
                "\"temperatures\": {\"minSupplyC\": 8, \"maxSupplyC\": [9, 9]},\n  \"chillers\""));
        assertProblem(problems, "scenario.json line 4: temperatures: slot 0: no supply set-point of [7.0] lies in 8.0..9.0 °C"
                + " (constraints.supplySetpointsC)");
    }

    @Test
    void constraintsOverrideThePlantFilesRulesOneByOne() {
        Scenario scenario = ScenarioReader.read("""
                {
                  "slotMinutes": 15,
                  "loadsKw": [5000, 6000],
                  "plant": "../plants/demo-hospital.yaml",
                  "constraints": {"spareUnits": 0, "minStopMinutes": 40}
                }
                """, "plant.json", CHILLERS);
        assertEquals(0, scenario.problem().rules().spareUnits());
        assertEquals(3, scenario.problem().rules().minStopSlots(), "40 minutes on 15-minute slots");
        assertEquals(4, scenario.problem().rules().minRunSlots(), "the plant's 60 minutes");
        assertEquals(20, scenario.problem().rules().startCost(), "the plant's");
        assertEquals(6, scenario.problem().chillers().size());
    }

    @Test
    void aPlantsCriticalZonesCapTheScenariosOwnSetPointsButInlineChillersKeepTheirs() {
        String plant = """
                {
                  "slotMinutes": 60,
                  "loadsKw": [5000, 6000],
                  "plant": "../plants/demo-hospital.yaml",
                  "constraints": {"supplySetpointsC": SETPOINTS}
                }
                """;
        String cap = "supply ≤ 7.5 °C: critical zone Z3 (operating theatres, ICU & isolation rooms)";
        var capped = ScenarioReader.read(plant.replace("SETPOINTS", "[6.0, 7.0, 8.0]"), "plant.json", CHILLERS).problem().rules();
        assertEquals(List.of(6.0, 7.0), capped.supplySetpointsC());
        assertEquals(cap, capped.supplyCap().rule());
        List<String> none = problems(plant.replace("SETPOINTS", "[8.0, 8.5]"));
        assertTrue(none.stream().anyMatch(p -> p.endsWith("constraints.supplySetpointsC: no set-point of [8.0, 8.5] keeps " + cap)), none.toString());
        List<String> warmBaseline = problems(plant.replace("\"constraints\": {\"supplySetpointsC\": SETPOINTS}",
                "\"conventional\": {\"fixedSetpointC\": 8.0}"));
        assertTrue(warmBaseline.stream().anyMatch(p -> p.endsWith("conventional.fixedSetpointC: 8.0 °C breaks " + cap)), warmBaseline.toString());

        var inline = read(TWO_SLOTS.replace("\"chillers\"", "\"constraints\": {\"supplySetpointsC\": [6.0, 8.0, 9.0]},\n  \"chillers\""))
                .problem().rules();
        assertEquals(List.of(6.0, 8.0, 9.0), inline.supplySetpointsC(), "no plant file, no critical zone: the scenario's own range");
        assertEquals(null, inline.supplyCap());
    }

    @Test
    void aPlantAndInlineChillersTogetherOrAMissingPlantFileAreRefused() {
        assertProblem(problems(TWO_SLOTS.replace("\"slotMinutes\"", "\"plant\": \"../plants/demo-hospital.yaml\",\n  \"slotMinutes\"")),
                "scenario.json line 5: chillers: give the chillers inline or name a plant file, not both");
        List<String> problems = problems("""
                {"slotMinutes": 30, "loadsKw": [1],
                 "plant": "nowhere.yaml"}
                """);
        assertTrue(problems.get(0).startsWith("scenario.json line 2: plant: no plant definition file nowhere.yaml"), problems.toString());
    }

    @Test
    void minutesBecomeWholeSlotsRoundedUp() {
        Scenario scenario = read(TWO_SLOTS.replace("\"slotMinutes\"", "\"constraints\": {\"minRunMinutes\": 45, \"minStopMinutes\": 0,"
                + " \"supplySetpointsC\": [6, 7.5]},\n  \"slotMinutes\""));
        assertEquals(2, scenario.problem().rules().minRunSlots());
        assertEquals(1, scenario.problem().rules().minStopSlots());
        assertEquals(6.0, scenario.problem().slots().get(0).minSupplyC());
        assertEquals(7.5, scenario.problem().slots().get(0).maxSupplyC());
    }
}
