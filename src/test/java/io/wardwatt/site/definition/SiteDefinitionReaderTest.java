package io.wardwatt.site.definition;

import static io.wardwatt.site.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InputProblem;
import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.Point;
import io.wardwatt.site.PointKind;
import io.wardwatt.site.Problems;
import io.wardwatt.site.Space;
import io.wardwatt.site.SpaceLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDefinitionReaderTest {

    /** A small valid site: nested spaces down to a floor, flat ones below it. Line numbers matter below. */
    static final String VALID = """
            site:
              code: T1
              name: Test hospital
              timeZone: Asia/Shanghai
              floorAreaM2: 10000
              gridRegion: CN-EAST
              province: CN-SH
            spaces:
              - code: CAMPUS
                name: Campus
                level: CAMPUS
                spaces:
                  - code: B1
                    name: Building 1
                    level: building
                    areaM2: 8000
                    spaces:
                      - code: B1-F1
                        name: Floor 1
                        level: FLOOR
                        areaM2: 2000
              - code: ICU
                name: Intensive care
                level: DEPARTMENT
                parent: B1-F1
                areaM2: 1200
              - code: ICU-01
                name: ICU bed bay 1
                level: SPACE_UNIT
                parent: ICU
                areaM2: 30.5
            devices:
              - code: M1
                name: Incomer 1
                kind: meter
                space: B1-F1
                manufacturer: Acrel
            points:
              - code: M1.KWH
                name: Incomer 1 energy
                unit: kWh
                kind: counter
                rolloverValue: 99999999.9
                carrier: electricity
                device: M1
                tags: [main, incomer]
              - code: M1.KW
                name: Incomer 1 power
                unit: kW
                kind: VALUE
                device: M1
                space: B1-F1
            """;

    private static List<InputProblem> problems(String yaml) {
        return Problems.of(() -> SiteDefinitionReader.read(yaml, DocumentFormat.YAML, null));
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        return text.replace(from, to);
    }

    @Test
    void nestedSpacesTakeTheirEnclosingSpaceAsParentAndFlatOnesNameIt() {
        SiteDefinition definition = SiteDefinitionReader.read(VALID, DocumentFormat.YAML, "t1.yaml");
        assertEquals("T1", definition.site().code());
        Map<String, Space> spaces = definition.spaces().stream().collect(Collectors.toMap(Space::code, Function.identity()));
        assertEquals(List.of("CAMPUS", "B1", "B1-F1", "ICU", "ICU-01"), definition.spaces().stream().map(Space::code).toList());
        assertEquals("CAMPUS", spaces.get("B1").parent());
        assertEquals(SpaceLevel.BUILDING, spaces.get("B1").level(), "levels are read in any case");
        assertEquals("B1", spaces.get("B1-F1").parent());
        assertEquals("B1-F1", spaces.get("ICU").parent());
        assertEquals(1, definition.spaceUnits());
        assertEquals(30.5, definition.spaceUnitAreaM2());
        Point counter = definition.points().get(0);
        assertEquals(new Point("M1.KWH", "Incomer 1 energy", "kWh", PointKind.COUNTER, 99999999.9, EnergyCarrier.ELECTRICITY, "M1", null,
                List.of("main", "incomer")), counter);
        assertEquals("Acrel", definition.devices().get(0).manufacturer());
    }

    @Test
    void theSameSiteReadsFromJson() {
        String json = """
                {"site": {"code": "J1", "name": "Json hospital", "timeZone": "Asia/Shanghai", "floorAreaM2": 5000.5,
                          "gridRegion": "CN-EAST", "province": "CN-SH"},
                 "spaces": [{"code": "B1", "name": "Building", "level": "BUILDING", "areaM2": 5000,
                             "spaces": [{"code": "F1", "name": "Floor", "level": "FLOOR"}]}],
                 "devices": [],
                 "points": [{"code": "P1", "name": "Gas", "unit": "m3", "kind": "COUNTER", "rolloverValue": 9999999,
                             "carrier": "natural_gas", "space": "F1"}]}
                """;
        SiteDefinition definition = SiteDefinitionReader.read(json, DocumentFormat.JSON, null);
        assertEquals(5000.5, definition.site().floorAreaM2());
        assertEquals("B1", definition.spaces().get(1).parent());
        assertEquals(EnergyCarrier.NATURAL_GAS, definition.points().get(0).carrier());
    }

    @Test
    void codesStayAsWrittenWhereYamlWouldTurnThemIntoNumbersOrBooleans() {
        String yaml = replace(replace(VALID, "code: ICU-01", "code: 0101"), "province: CN-SH", "province: CN-SH\n  name2: x");
        List<InputProblem> problems = problems(yaml);
        assertEquals(1, problems.size(), Problems.list(problems)); // only the unknown field; 0101 is a fine code
        SiteDefinition definition = SiteDefinitionReader.read(replace(VALID, "code: ICU-01", "code: 0101"), DocumentFormat.YAML, null);
        assertTrue(definition.spaces().stream().anyMatch(s -> s.code().equals("0101")));
    }

    @Test
    void problemsNameThePathLineAndColumn() {
        List<InputProblem> problems = problems(replace(VALID, "parent: ICU\n", "parent: ICUU\n"));
        assertEquals(1, problems.size(), Problems.list(problems));
        assertEquals("spaces[2].parent (line 30, column 13)", problems.get(0).where());
        assertEquals("there is no space 'ICUU' in this definition", problems.get(0).problem());
    }

    @Test
    void aFileNameGoesIntoEveryLocation(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad-site.yaml");
        Files.writeString(file, replace(VALID, "    rolloverValue: 99999999.9\n", ""));
        List<InputProblem> problems = Problems.of(() -> SiteDefinitionReader.readFile(file));
        assertEquals(List.of(new InputProblem("points[0].rolloverValue (" + file + " line 39, column 5)",
                "is required for a COUNTER: the register value after which it wraps to 0, e.g. 99999999.9")), problems);
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nope.yaml");
        assertEquals(List.of(new InputProblem(file.toString(), "no such file")), Problems.of(() -> SiteDefinitionReader.readFile(file)));
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        List<InputProblem> problems = problems(replace(VALID, "  name: Test hospital\n", "  name: Test: hospital: x\n"));
        assertEquals(1, problems.size(), Problems.list(problems));
        assertTrue(problems.get(0).where().startsWith("line 3, column "), problems.get(0).where());
        assertTrue(problems.get(0).problem().startsWith("not well-formed YAML: mapping values are not allowed here"), problems.get(0).problem());

        List<InputProblem> json = Problems.of(() -> SiteDefinitionReader.read("{\"site\": {\n  \"code\": \"X\",,\n}}", DocumentFormat.JSON, "x.json"));
        assertEquals("x.json line 2, column 15", json.get(0).where());
        assertTrue(json.get(0).problem().startsWith("not well-formed JSON: Unexpected character (','"), json.get(0).problem());
    }

    @Test
    void aKeyTwiceInOneMappingIsAProblemNotASilentOverwrite() {
        List<InputProblem> problems = problems(replace(VALID, "  name: Test hospital\n", "  name: Test hospital\n  name: Other\n"));
        assertEquals(List.of(new InputProblem("site.name (line 4, column 3)", "'name' appears twice in one mapping (first on line 3)")), problems);
    }

    @Test
    void emptyAndMultipleDocumentsAndWrongShapesAreRefused() {
        assertEquals(List.of(new InputProblem("document", "the document is empty")), problems("# nothing\n"));
        assertProblem(problems(VALID + "---\nsite: {}\n"), "line 54, column 1", "a second document");
        assertProblem(problems("- a\n- b\n"), "document (line 1, column 1)", "must be a mapping with site, spaces, devices and points");
        List<InputProblem> shapes = problems(replace(replace(VALID, "devices:\n  - code: M1", "devices: M1\nold:\n  - code: M1"), "tags: [main, incomer]",
                "tags: main"));
        assertProblem(shapes, "devices (line 32, column 10)", "must be a list");
        assertProblem(shapes, "old (line 34, column 3)", "unknown section (known: site, spaces, devices, points)");
        assertProblem(shapes, "points[0].tags (line 47, column 11)", "must be a list");
        assertProblem(problems("spaces: []\n"), "site (line 1, column 1)", "the site is required");
    }

    @Test
    void wrongTypesUnknownFieldsAndUnknownChoicesAreNamed() {
        String yaml = replace(replace(replace(replace(replace(VALID, "areaM2: 1200", "areaM2: large"), "level: SPACE_UNIT", "level: ROOM"),
                "kind: counter", "kind: cumulative"), "carrier: electricity", "carrier: coal"), "manufacturer: Acrel", "manufacturer: Acrel\n    modle: X");
        List<InputProblem> problems = problems(yaml);
        assertEquals(5, problems.size(), Problems.list(problems));
        assertProblem(problems, "spaces[1].areaM2 (line 26, column 13)", "must be a number, got 'large'");
        assertProblem(problems, "spaces[2].level (line 29, column 12)", "'ROOM' is not one of CAMPUS, BUILDING, FLOOR, DEPARTMENT, SPACE_UNIT");
        assertProblem(problems, "devices[0].modle (line 38, column 12)", "unknown field (known: code, kind, manufacturer, model, name, space)");
        assertProblem(problems, "points[0].kind (line 43, column 11)", "'cumulative' is not one of VALUE, COUNTER");
        assertProblem(problems, "points[0].carrier (line 45, column 14)", "'coal' is not one of electricity, natural_gas, steam");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceInReadingOrder() {
        String yaml = VALID
                .replace("timeZone: Asia/Shanghai", "timeZone: Asia/Peking")
                .replace("province: CN-SH", "province: Shanghai")
                .replace("level: FLOOR", "level: DEPARTMENT")                     // B1-F1 becomes a department, so ICU sits in one
                .replace("  - code: ICU-01", "  - code: M1.KW\n    name: Codes are per kind\n    level: SPACE_UNIT\n    parent: CAMPUS\n  - code: ICU-01")
                .replace("unit: kWh", "unit: kW")
                .replace("space: B1-F1\n    manufacturer", "space: B9\n    manufacturer")
                .replace("device: M1\n    space: B1-F1", "device: M2\n    space: B1-F1\n    rolloverValue: 10");
        List<InputProblem> problems = problems(yaml);
        assertEquals(List.of(
                new InputProblem("site.timeZone (line 4, column 13)", "'Asia/Peking' is not an IANA time zone such as Asia/Shanghai"),
                new InputProblem("site.province (line 7, column 13)", "'Shanghai' is not an ISO 3166-2 subdivision code such as CN-SH"),
                new InputProblem("spaces[1].parent (line 25, column 13)", "a DEPARTMENT cannot be inside DEPARTMENT 'B1-F1': a parent must be at an outer "
                        + "level (CAMPUS > BUILDING > FLOOR > DEPARTMENT > SPACE_UNIT)"),
                new InputProblem("devices[0].space (line 40, column 12)", "there is no space 'B9' in this definition"),
                new InputProblem("points[0].unit (line 45, column 11)", "'kW' is not a unit of electricity (one of MWh, Wh, kWh)"),
                new InputProblem("points[1].device (line 55, column 13)", "there is no device 'M2' in this definition"),
                new InputProblem("points[1].rolloverValue (line 57, column 20)", "only a COUNTER wraps: leave it out for a VALUE point")), problems);
    }

    @Test
    void duplicateCodesAreNamedWithTheFirstOccurrence() {
        String yaml = VALID.replace("  - code: M1.KW\n", "  - code: M1.KWH\n").replace("  - code: ICU-01", "  - code: B1");
        List<InputProblem> problems = problems(yaml);
        assertProblem(problems, "spaces[2].code (line 27, column 11)", "duplicate space code 'B1' (also at spaces[0].spaces[0])");
        assertProblem(problems, "points[1].code (line 47, column 11)", "duplicate point code 'M1.KWH' (also at points[0])");
    }

    @Test
    void aNestedSpaceMayNotNameAnotherParentAndACampusNoneAtAll() {
        String yaml = replace(VALID, "            level: FLOOR\n", "            level: FLOOR\n            parent: CAMPUS\n")
                .replace("    level: CAMPUS\n", "    level: CAMPUS\n    parent: B1\n");
        List<InputProblem> problems = problems(yaml);
        assertProblem(problems, "spaces[0].spaces[0].spaces[0].parent (line 22, column 21)", "is nested under 'B1' but names parent 'CAMPUS'");
        assertProblem(problems, "spaces[0].parent (line 12, column 13)", "a CAMPUS is the outermost level and has no parent (got 'B1')");
    }

    @Test
    void cyclesAreReported() {
        String yaml = VALID.replace("    level: DEPARTMENT\n    parent: B1-F1", "    level: SPACE_UNIT\n    parent: ICU-01")
                .replace("    level: SPACE_UNIT\n    parent: ICU\n", "    level: SPACE_UNIT\n    parent: ICU\n");
        List<InputProblem> problems = problems(yaml);
        assertProblem(problems, "spaces[1].parent (line 25, column 13)", "is part of a cycle: ICU -> ICU-01 -> ICU");
        assertProblem(problems, "spaces[2].parent (line 30, column 13)", "is part of a cycle: ICU -> ICU-01 -> ICU");
        assertProblem(problems, "spaces[1].parent (line 25, column 13)", "a SPACE_UNIT cannot be inside SPACE_UNIT 'ICU-01'");
    }

    @Test
    void spacesMayNotHoldMoreAreaThanTheirParentOrTheSite() {
        List<InputProblem> problems = problems(VALID.replace("areaM2: 1200", "areaM2: 2500").replace("floorAreaM2: 10000", "floorAreaM2: 7000"));
        assertProblem(problems, "spaces[0].spaces[0].spaces[0].areaM2 (line 21, column 21)",
                "the spaces inside it add up to 2500.0 m² (largest: ICU 2500.0), more than its own 2000.0 m²");
        assertProblem(problems, "site.floorAreaM2 (line 5, column 16)", "the top-level spaces account for 8000.0 m², more than the site's 7000.0 m²");
    }

    @Test
    void anInvalidEntryIsReportedOnceNotAgainWhereItIsReferenced() {
        List<InputProblem> problems = problems(VALID.replace("    name: Incomer 1\n", "    name: Incomer 1\n    kind: \"meter box\"\n")
                .replace("    kind: meter\n", ""));
        assertEquals(1, problems.size(), Problems.list(problems));
        assertProblem(problems, "devices[0].kind (line 35, column 11)", "is not a device kind");
    }

    @Test
    void theDemoHospitalIsValid() {
        SiteDefinition demo = SiteDefinitionReader.readFile(Path.of("deploy/demo/site.yaml"));
        assertEquals("HOSP", demo.site().code());
        assertEquals("Demo General Hospital", demo.site().name());
        assertEquals("Asia/Shanghai", demo.site().timeZone());
        assertEquals(196000.0, demo.site().floorAreaM2());
        assertEquals("CN-EAST", demo.site().gridRegion());
        assertEquals("CN-SH", demo.site().province());
        assertEquals(1, demo.spaces().stream().filter(s -> s.level() == SpaceLevel.CAMPUS).count());
        assertEquals(6, demo.spaces().stream().filter(s -> s.level() == SpaceLevel.BUILDING).count());
        assertTrue(demo.spaceUnits() >= 100, "a representative set of space units: " + demo.spaceUnits());
        assertTrue(demo.spaceUnitAreaM2() < demo.site().floorAreaM2());
        assertTrue(demo.points().stream().anyMatch(p -> p.kind() == PointKind.COUNTER && p.rolloverValue() == 99999999.9 && p.carrier() == EnergyCarrier.ELECTRICITY));
        for (EnergyCarrier carrier : List.of(EnergyCarrier.ELECTRICITY, EnergyCarrier.NATURAL_GAS, EnergyCarrier.STEAM)) {
            assertTrue(demo.points().stream().anyMatch(p -> p.carrier() == carrier), carrier.code());
        }
        assertTrue(demo.points().stream().anyMatch(p -> p.unit().equals("%")), "battery state of charge");
        assertTrue(demo.devices().stream().filter(d -> d.kind().equals("meter")).count() >= 2);
        assertTrue(demo.devices().stream().anyMatch(d -> d.kind().equals("pv_inverter")));
        assertTrue(demo.devices().stream().anyMatch(d -> d.kind().equals("battery")));
    }
}
