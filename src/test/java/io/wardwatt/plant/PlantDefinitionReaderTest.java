package io.wardwatt.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlantDefinitionReaderTest {

    static final Path DEMO = Path.of("chiller-models/plants/demo-hospital.yaml");

    @TempDir
    Path dir;

    @Test
    void readsTheDemoHospitalPlant() {
        PlantDefinition plant = PlantDefinitionReader.readFile(DEMO);

        assertEquals("demo-hospital", plant.name());
        assertEquals(List.of("CH1", "CH2", "CH3", "CH4", "CH5", "CH6"), plant.chillers().stream().map(PlantChiller::id).toList());
        assertEquals(21_000, plant.referenceCapacityKw(), 1e-6);
        assertEquals(24, plant.pumps().size());
        assertEquals(6, plant.pumps().stream().filter(p -> p.role() == PumpRole.PRIMARY).count());
        assertEquals(6, plant.pumps().stream().filter(p -> p.role() == PumpRole.CONDENSER).count());
        assertEquals(List.of("PCHWP1", "CWP1"), List.of(plant.chillers().get(0).primaryPump().id(), plant.chillers().get(0).condenserPump().id()));
        assertEquals(List.of("Z1", "Z2", "Z3"), plant.zones().stream().map(PlantZone::id).toList());
        assertEquals(1.0, plant.zones().stream().mapToDouble(PlantZone::loadShare).sum(), 1e-9);
        plant.zones().forEach(z -> assertEquals(4, z.pumpIds().size(), z.id()));
        assertEquals(List.of(5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5), plant.rules().supplySetpointsC());
        assertEquals(1, plant.rules().spareUnits());
        assertEquals(7.0, plant.conventional().fixedSetpointC());
    }

    @Test
    void demoPumpsAreSizedForTheChillersAndTheSimulatorsDesignPoint() {
        PlantDefinition plant = PlantDefinitionReader.readFile(DEMO);
        PlantChiller ch1 = plant.chillers().get(0);
        // The simulator's figures: 15 m at 0.72 wire-to-water (primary), 22 m at 0.74 (condenser), rho g Q H / eta.
        double primary = 998 * 9.81 * ch1.model().reference().chilledWaterFlowM3s() * 15 / 0.72 / 1000;
        double condenser = 998 * 9.81 * ch1.model().reference().condenserWaterFlowM3s() * 22 / 0.74 / 1000;
        assertEquals(primary, ch1.primaryDuty().powerKw(), primary * 0.02);
        assertEquals(condenser, ch1.condenserDuty().powerKw(), condenser * 0.02);
        assertEquals(15 * Water.KPA_PER_METRE, ch1.primaryDuty().headKpa(), 0.02 * 15 * Water.KPA_PER_METRE);

        // Each zone: design flow = share x 17,500 kW over 5 K, carried by 3 pumps a little below full speed (the pumps
        // are selected with a head margin) against the zone's 32 m.
        for (PlantZone zone : plant.zones()) {
            double designFlow = zone.loadShare() * 17_500 / (4.186 * 998 * 5);
            assertEquals(designFlow, zone.designFlowM3s(), designFlow * 0.001, zone.id());
            assertEquals(designFlow, zone.flowM3s(zone.loadShare() * 17_500, 7.0), designFlow * 1e-9, zone.id());
            GroupDuty three = zone.pumps().duty(zone.designFlowM3s(), 3);
            assertTrue(three.feasible(), three.infeasibleReason());
            assertTrue(three.speedFraction() > 0.95 && three.speedFraction() < 1.0, zone.id() + " at " + three.speedFraction());
            assertEquals(32 * Water.KPA_PER_METRE, three.headKpa(), 1e-6, zone.id());
        }
    }

    @Test
    void aPumpCurveWhoseEfficiencyReachesZeroInItsRangeIsRefused() throws IOException {
        // The condenser type's efficiency curve starts at 0 at zero flow; stretching its range to 0 m³/h makes power infinite there.
        String yaml = demo().replace("flowM3h: {min: 271, max: 915}", "flowM3h: {min: 0, max: 915}");

        List<InputProblem> problems = problems(yaml);

        // A mapping's line is that of its first key.
        assertProblem(problems, lineOf(yaml, "      headM: [27.5"), "pumpTypes[2].curve", "efficiency falls to 0 inside its flow range 0..915 m³/h");
        assertEquals(1, problems.size(), "its pumps and their chillers are not reported again: " + problems);
    }

    @Test
    void aHeadCurveThatGoesNegativeIsRefused() throws IOException {
        String yaml = demo().replace("headM: [27.5, -0.0016219, -9.5661e-6]", "headM: [27.5, -0.0016219, -9.5661e-5]");

        assertProblem(problems(yaml), lineOf(yaml, "      headM: [27.5"), "pumpTypes[2].curve", "head falls to -");
    }

    @Test
    void aChillerOfZeroCapacityIsReportedInItsModelFile() throws IOException {
        Path model = dir.resolve("ch1-zero.yaml");
        String modelText = Files.readString(Path.of("chiller-models/chillers/ch1-york-yt-vanes.yaml")).replace("capacityKw: 3500.0", "capacityKw: 0");
        Files.writeString(model, modelText);
        String yaml = demo().replace(absolute("ch1-york-yt-vanes"), "ch1-zero.yaml");

        List<InputProblem> problems = problems(yaml);

        assertProblem(problems, lineOf(yaml, "{id: CH1,"), "chillers[0].model", "ch1-zero.yaml is not a valid chiller model");
        // The model reader's own problem, in its own words, naming the model file and line.
        assertTrue(problems.stream().anyMatch(p -> p.where().equals("reference.capacityKw (" + model + " line " + lineOf(modelText, "capacityKw: 0") + ")")
                && p.problem().contains("must be above 0")), problems.toString());
    }

    @Test
    void zonePumpsThatCannotReachTheHeadAtDesignFlowAreRefused() throws IOException {
        String yaml = demo().replace("system: {differentialPressureSetpointKpa: 80, designFlowM3h: 603, designHeadM: 32}",
                "system: {differentialPressureSetpointKpa: 80, designFlowM3h: 603, designHeadM: 45}");

        assertProblem(problems(yaml), lineOf(yaml, "designHeadM: 45"), "zones[2].system",
                "the zone's pumps cannot reach the required head at design flow even all running: 4 of zone Z3's pumps cannot deliver 0.168 m³/s against 441 kPa:"
                        + " at full speed they give");
    }

    @Test
    void unknownReferencesAreNamed() throws IOException {
        String yaml = demo().replace("primaryPump: PCHWP3,", "primaryPump: PCHWP9,")
                .replace("{id: CWP6, type: cw-680,", "{id: CWP6, type: cw-700,")
                .replace("pumps: [SCHWP-Z2-1, SCHWP-Z2-2", "pumps: [SCHWP-Z2-9, SCHWP-Z2-2");

        List<InputProblem> problems = problems(yaml);

        assertProblem(problems, lineOf(yaml, "primaryPump: PCHWP9"), "chillers[2].primaryPump", "unknown pump PCHWP9");
        assertProblem(problems, lineOf(yaml, "type: cw-700"), "pumps[11].type", "unknown pump type cw-700");
        assertProblem(problems, lineOf(yaml, "SCHWP-Z2-9"), "zones[1].pumps[0]", "unknown pump SCHWP-Z2-9");
        assertProblem(problems, lineOf(yaml, "{id: PCHWP3,"), "pumps[2]", "primary pump PCHWP3 is paired with no chiller");
    }

    @Test
    void duplicateIdsAreRefused() throws IOException {
        String yaml = demo().replace("{id: CH4,", "{id: CH3,").replace("{id: SCHWP-Z1-2,", "{id: SCHWP-Z1-1,");

        List<InputProblem> problems = problems(yaml);

        assertProblem(problems, lineOf(yaml, "ch4-carrier-19xr-vsd.yaml"), "chillers[3].id",
                "duplicate chiller id CH3");
        assertProblem(problems, lineOf(yaml, "{id: SCHWP-Z1-1, type: sec-z1-450") + 1, "pumps[13].id", "duplicate pump id SCHWP-Z1-1");
    }

    @Test
    void pairingMistakesAreRefused() throws IOException {
        String yaml = demo().replace("primaryPump: PCHWP2, condenserPump: CWP2", "primaryPump: PCHWP1, condenserPump: SCHWP-Z1-1")
                .replace(", primaryPump: PCHWP5, condenserPump: CWP5}", "}");

        List<InputProblem> problems = problems(yaml);

        int ch2 = lineOf(yaml, "{id: CH2,");
        assertProblem(problems, ch2, "chillers[1].primaryPump", "pump PCHWP1 is already paired with chiller CH1");
        assertProblem(problems, ch2, "chillers[1].condenserPump", "pump SCHWP-Z1-1 is a secondary pump, not a condenser pump");
        assertProblem(problems, lineOf(yaml, "{id: CH5,"), "chillers[4].primaryPump", "missing: chiller CH5 needs its primary pump");
        assertProblem(problems, lineOf(yaml, "{id: CH5,"), "chillers[4].condenserPump", "missing: chiller CH5 needs its condenser pump");
    }

    @Test
    void sharesMustAddToOne() throws IOException {
        String yaml = demo().replace("loadShare: 0.35", "loadShare: 0.40");

        assertProblem(problems(yaml), lineOf(yaml, "  - id: Z1"), "zones", "the zones' loadShare values add to 1.05, not 1");
    }

    @Test
    void setpointLimitsMustStayInsideEveryChillersCurves() throws IOException {
        String yaml = demo().replace("supplySetpointC: {min: 5.5, max: 8.5, step: 0.5}", "supplySetpointC: {min: 5.5, max: 9.5, step: 0.5}");

        List<InputProblem> problems = problems(yaml);

        int line = lineOf(yaml, "supplySetpointC:");
        assertProblem(problems, line, "rules.supplySetpointC", "limits 5.5..9.5 °C leave chiller CH1's curves, fitted for supply 4.44..8.89 °C");
        // CH4's curves reach 10 °C: it is the only one not named.
        assertEquals(5, problems.stream().filter(p -> p.problem().startsWith("limits 5.5..9.5")).count(), problems.toString());
    }

    @Test
    void readsTheCriticalZonesHardLimits() {
        PlantDefinition plant = PlantDefinitionReader.readFile(DEMO);

        assertEquals(List.of(new CriticalZone("Z3", "operating theatres, ICU & isolation rooms", 7.5, 2, java.time.Duration.ofMinutes(5))),
                plant.criticalZones());
    }

    @Test
    void criticalLimitsMustNameAZoneAndBeMeetable() throws IOException {
        String yaml = demo().replace("{zone: Z3, reason: \"operating theatres, ICU & isolation rooms\", maxSupplyC: 7.5, minChillersAvailable: 2,",
                "{zone: Z9, maxSupplyC: 5.0, minChillersAvailable: 7,");

        List<InputProblem> problems = problems(yaml);

        int line = lineOf(yaml, "{zone: Z9");
        assertProblem(problems, line, "criticalZones[0].zone", "unknown zone Z9 (zones has Z1, Z2, Z3)");
        assertProblem(problems, line, "criticalZones[0].maxSupplyC", "5 °C is below rules.supplySetpointC.min 5.5 °C");
        assertProblem(problems, line, "criticalZones[0].minChillersAvailable", "7 is outside 0..6");
    }

    @Test
    void theBaselinesFixedSetPointMustKeepEveryCriticalLimit() throws IOException {
        String yaml = demo().replace("maxSupplyC: 7.5, minChillersAvailable: 2,", "maxSupplyC: 6.5, minChillersAvailable: 2,");

        List<InputProblem> problems = problems(yaml);

        assertProblem(problems, lineOf(yaml, "{zone: Z3"), "criticalZones[0].maxSupplyC",
                "6.5 °C is below conventional.fixedSetpointC 7 °C: the baseline would run warmer than the zone allows");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() throws IOException {
        String yaml = demo().replace("loadShare: 0.35", "loadShare: 0.40").replace("primaryPump: PCHWP3,", "primaryPump: PCHWP9,")
                .replace("motorDriveEfficiency: 0.90", "motorDriveEfficiency: 1.3");

        List<InputProblem> problems = problems(yaml);

        assertTrue(problems.stream().anyMatch(p -> p.where().endsWith("zones")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.where().endsWith("chillers[2].primaryPump")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.where().endsWith("pumpTypes[0].motorDriveEfficiency")
                && p.problem().equals("must be in 0.01..1, got 1.3")), problems.toString());
    }

    @Test
    void readsTheTowersCondenserLimitsAndDehumidification() {
        PlantDefinition plant = PlantDefinitionReader.readFile(DEMO);
        CoolingTowerCells towers = plant.towers();
        assertEquals(6, towers.cells());
        assertEquals(TowerApproachCorrelation.Form.YORKCALC, towers.model().form());
        assertEquals(37, towers.fanPowerPerCellKw());
        assertEquals(13.0, towers.condenserSetpointsC().get(0));
        assertEquals(32.0, towers.condenserSetpointsC().get(towers.condenserSetpointsC().size() - 1));
        assertEquals(29.5, plant.conventional().condenserSetpointC());
        // each chiller's curves' lowest fitted condenser water, as the file states it
        assertEquals(java.util.Map.of("CH1", 15.56, "CH2", 23.89, "CH3", 12.78, "CH4", 12.78, "CH5", 12.78, "CH6", 15.56),
                plant.minCondenserEnteringC());
        // linear between [20, 7.5] and [24, 7.0]; held at the ends
        assertEquals(7.25, plant.dehumidification().maxSupplyC(22), 1e-12);
        assertEquals(8.5, plant.dehumidification().maxSupplyC(5), 1e-12);
        assertEquals(7.0, plant.dehumidification().maxSupplyC(29.4), 1e-12);
    }

    @Test
    void towerInputsOutsideTheCorrelationsDocumentedRangeAreRefusedWithLineAndPath() throws IOException {
        // A 28 °C design wet bulb (YorkCalc is documented to 26.7 °C), cells taking up to 1,020 m³/h (a water-flow ratio
        // of 1.64 to the correlation's reference flow, documented to 1.25) and fans slowing to 10 % (liquid-to-gas ratio
        // above 8 with the most water: 770 / (622 × 0.15), the reference flow being about 622 m³/h).
        String yaml = demo().replace("design: {wetBulbC: 26.0,", "design: {wetBulbC: 28.0,");
        assertProblem(problems(yaml), lineOf(yaml, "design: {wetBulbC: 28.0"), "towers.design.wetBulbC",
                "the wet bulb 28 °C lies outside yorkcalc's documented -34.4..26.7 °C");
        yaml = demo().replace("cellWaterFlowM3h: {min: 480, max: 770}", "cellWaterFlowM3h: {min: 480, max: 1020}");
        assertProblem(problems(yaml), lineOf(yaml, "cellWaterFlowM3h:"), "towers.cellWaterFlowM3h.max",
                "1020 m³/h is a water-flow ratio of 1.64 to the correlation's reference flow, outside yorkcalc's documented 0.75..1.25");
        yaml = demo().replace("minAirFlowRatio: 0.3", "minAirFlowRatio: 0.15");
        assertProblem(problems(yaml), lineOf(yaml, "minAirFlowRatio: 0.15"), "towers.minAirFlowRatio",
                "at 0.15 with the most water a cell takes the liquid-to-gas ratio is 8.252, above yorkcalc's documented 8");
        // A design approach no documented water flow gives: 1.2 K at 26 °C and 5.25 K range.
        yaml = demo().replace("leavingWaterC: 30.0}", "leavingWaterC: 27.2}").replace("enteringWaterC: 35.25", "enteringWaterC: 32.45");
        assertProblem(problems(yaml), lineOf(yaml, "design: {wetBulbC"), "towers.design", "yorkcalc gives an approach of");
    }

    @Test
    void aCellWithoutARatingOfItsOwnIsTakenAtTheCorrelationsReferenceCondition() throws IOException {
        // The contract's example: no design point, cells taking 340..1020 m³/h of a 680 m³/h design flow. At the reference
        // condition the design flow is the correlation's reference flow, so those limits are water-flow ratios 0.5..1.5:
        // outside YorkCalc's documented 0.75..1.25.
        String yaml = demo().replace("  design: {wetBulbC: 26.0, enteringWaterC: 35.25, leavingWaterC: 30.0}\n", "")
                .replace("designWaterFlowPerCellM3h: 678", "designWaterFlowPerCellM3h: 680")
                .replace("cellWaterFlowM3h: {min: 480, max: 770}", "cellWaterFlowM3h: {min: 340, max: 1020}");
        List<InputProblem> problems = problems(yaml);
        int line = lineOf(yaml, "cellWaterFlowM3h:");
        assertProblem(problems, line, "towers.cellWaterFlowM3h.min", "340 m³/h is a water-flow ratio of 0.5 to the correlation's reference flow");
        assertProblem(problems, line, "towers.cellWaterFlowM3h.max", "1020 m³/h is a water-flow ratio of 1.5 to the correlation's reference flow");
        // With limits inside the range it reads, rated where YorkCalc's flow ratios are 1 (25.6 °C, 35 → 29.4 °C).
        Path file = dir.resolve("plant.yaml");
        Files.writeString(file, yaml.replace("cellWaterFlowM3h: {min: 340, max: 1020}", "cellWaterFlowM3h: {min: 520, max: 840}"));
        CoolingTowerCells towers = PlantDefinitionReader.readFile(file).towers();
        assertEquals(680 / 3600.0, towers.referenceWaterFlowPerCellM3s(), 1e-12);
        assertEquals(25.6, towers.design().wetBulbC());
    }

    @Test
    void condenserLimitsBelowAChillersCurvesOrForAnUnknownChillerAreRefused() throws IOException {
        String yaml = demo().replace("minEnteringC: {CH1: 15.56, CH2: 23.89,", "minEnteringC: {CH1: 15.56, CH2: 20.0, CH9: 14,");
        List<InputProblem> problems = problems(yaml);
        int line = lineOf(yaml, "minEnteringC: {CH1");
        assertProblem(problems, line, "condenserLimits.minEnteringC.CH2",
                "20 °C lies outside CH2's curves, fitted for condenser water 23.89..35 °C");
        assertProblem(problems, line, "condenserLimits.minEnteringC.CH9", "unknown chiller CH9");
        yaml = demo().replace("condenserSetpointC: 29.5", "condenserSetpointC: 22.0");
        assertProblem(problems(yaml), lineOf(yaml, "condenserSetpointC: 22.0"), "conventional.condenserSetpointC",
                "22 °C is below chiller CH2's minimum condenser-entering 23.89 °C");
        yaml = demo().replace("condenserSetpointC: {min: 13, max: 32, step: 1}", "condenserSetpointC: {min: 13, max: 34, step: 1}");
        assertProblem(problems(yaml), lineOf(yaml, "condenserSetpointC: {min: 13"), "towers.condenserSetpointC.max",
                "34 °C is above chiller CH4's curves, fitted up to 32.22 °C condenser water");
    }

    @Test
    void aDehumidificationTableThatRisesWithTheDewPointOrLeavesNoSetPointIsRefused() throws IOException {
        String yaml = demo().replace("[[12.0, 8.5], [14.5, 8.0], [20.0, 7.5], [24.0, 7.0]]", "[[12.0, 8.5], [14.5, 8.0], [20.0, 8.2], [24.0, 5.0]]");
        List<InputProblem> problems = problems(yaml);
        int line = lineOf(yaml, "maxSupplyByDewPointC:");
        assertProblem(problems, line, "dehumidification.maxSupplyByDewPointC[2][1]",
                "8.2 °C is above the 8 °C allowed at a drier 14.5 °C dew point");
        assertProblem(problems, line, "dehumidification.maxSupplyByDewPointC[3][1]",
                "5 °C is below rules.supplySetpointC.min 5.5 °C: no set-point the plant may use would keep it");
        yaml = demo().replace("[[12.0, 8.5], [14.5, 8.0],", "[[12.0, 8.5], [12.0, 8.0], [7],");
        problems = problems(yaml);
        assertProblem(problems, line, "dehumidification.maxSupplyByDewPointC[1][0]", "12 °C is not above the dew point before it");
        assertProblem(problems, line, "dehumidification.maxSupplyByDewPointC[2]", "must be a pair");
    }

    @Test
    void aMissingTowerModelIsNamed() throws IOException {
        String yaml = demo().replace(Path.of("chiller-models/towers/yorkcalc.yaml").toAbsolutePath().toString(), "nowhere.yaml");
        assertProblem(problems(yaml), lineOf(yaml, "model: nowhere.yaml"), "towers.model", "no tower model file nowhere.yaml");
    }

    /** The demo plant with its model paths made absolute, so it can be written anywhere. */
    private String demo() throws IOException {
        String yaml = Files.readString(DEMO);
        for (String model : List.of("ch1-york-yt-vanes", "ch2-trane-cvhe-vanes", "ch3-york-ys-screw", "ch4-carrier-19xr-vsd",
                "ch5-york-yt-1055-vanes", "ch6-york-ys-781-screw")) {
            yaml = yaml.replace("../chillers/" + model + ".yaml", absolute(model));
        }
        return yaml.replace("../towers/yorkcalc.yaml", Path.of("chiller-models/towers/yorkcalc.yaml").toAbsolutePath().toString());
    }

    private static String absolute(String model) {
        return Path.of("chiller-models/chillers/" + model + ".yaml").toAbsolutePath().toString();
    }

    /** The 1-based line of the first line holding this text. */
    private static int lineOf(String text, String snippet) {
        List<String> lines = text.lines().toList();
        return IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(snippet)).findFirst().orElseThrow() + 1;
    }

    private void assertProblem(List<InputProblem> problems, int line, String path, String start) {
        String where = dir.resolve("plant.yaml") + " line " + line + ": " + path;
        assertTrue(problems.stream().anyMatch(p -> p.where().equals(where) && p.problem().startsWith(start)),
                "expected " + where + ": " + start + "... among\n" + String.join("\n", problems.stream().map(InputProblem::toString).toList()));
    }

    private List<InputProblem> problems(String yaml) throws IOException {
        Path file = dir.resolve("plant.yaml");
        Files.writeString(file, yaml);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PlantDefinitionReader.readFile(file));
        return e.problems();
    }
}
