package io.wardwatt.acquisition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.PointKind;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TemplateReaderTest {

    private static final String HEAD = """
            template: test-meter
            description: A meter for tests
            defaults:
              wordOrder: little
            points:
            """;

    private static DeviceTemplate read(String points) {
        return TemplateReader.read(HEAD + points, "test-meter.yaml", "test-meter");
    }

    /** The problems of a broken template, as "where: problem" lines. */
    private static String problems(String points) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(points));
        return e.problems().stream().map(InputProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void readsEveryFieldAndAppliesDefaults() {
        DeviceTemplate t = read("""
                  - name: KWH
                    description: Active energy import
                    function: input
                    address: 0x0048
                    type: uint32
                    scale: 0.1
                    unit: kWh
                    kind: counter
                    rollover: 429496729.6
                    carrier: electricity
                    mustChange: true
                    staleAfter: 15m
                  - {name: RUN, function: holding, address: 10, type: bool, bit: 3, unit: "-", writable: true, byteOrder: little}
                  - {name: ENABLE, function: coil, address: 0, type: bool, unit: "-", writable: true}
                """);
        assertEquals("test-meter", t.id());
        RegisterPoint kwh = t.point("KWH").orElseThrow();
        assertEquals(RegisterFunction.INPUT, kwh.function());
        assertEquals(0x48, kwh.address());
        assertEquals(RegisterType.UINT32, kwh.type());
        assertEquals(0.1, kwh.scale());
        assertEquals(PointKind.COUNTER, kwh.kind());
        assertEquals(429496729.6, kwh.rollover());
        assertEquals(EnergyCarrier.ELECTRICITY, kwh.carrier());
        assertEquals(WordOrder.LITTLE, kwh.wordOrder()); // from defaults
        assertEquals(ByteOrder.BIG, kwh.byteOrder());
        assertTrue(kwh.mustChange());
        assertEquals(Duration.ofMinutes(15), kwh.staleAfter());
        RegisterPoint run = t.point("RUN").orElseThrow();
        assertEquals(3, run.bit());
        assertEquals(ByteOrder.LITTLE, run.byteOrder());
        assertTrue(run.writable());
        assertEquals(PointKind.VALUE, run.kind()); // value is the default kind
        assertNull(t.point("ENABLE").orElseThrow().bit());
    }

    @Test
    void overlappingRegistersNameBothPointsAndTheLine() {
        String text = problems("""
                  - {name: A, function: holding, address: 10, type: float32, unit: kW}
                  - {name: B, function: holding, address: 11, type: uint16, unit: kW}
                  - {name: C, function: input, address: 11, type: uint16, unit: kW}
                """);
        assertEquals("test-meter.yaml line 7: points[1].address: point B (holding 11 uint16) overlaps point A (holding 10 float32) (holding 11)", text);
    }

    @Test
    void boolsMayShareARegisterOnDifferentBitsOnly() {
        read("""
                  - {name: A, function: holding, address: 10, type: bool, bit: 0, unit: "-"}
                  - {name: B, function: holding, address: 10, type: bool, bit: 1, unit: "-"}
                """);
        assertTrue(problems("""
                  - {name: A, function: holding, address: 10, type: bool, bit: 0, unit: "-"}
                  - {name: B, function: holding, address: 10, type: bool, bit: 0, unit: "-"}
                """).contains("point B (holding 10.0 bool) overlaps point A"));
    }

    @Test
    void unknownTypeAndFunctionAreNamed() {
        String text = problems("""
                  - {name: A, function: holdings, address: 10, type: float, unit: kW}
                """);
        assertTrue(text.contains("test-meter.yaml line 6: points[0].function: points[0] A: function 'holdings' is not one of coil, discrete-input, holding, input"), text);
        assertTrue(text.contains("points[0].type: points[0] A: type 'float' is not one of bool, int16, uint16, int32, uint32, int64, float32, float64"), text);
    }

    @Test
    void theValuesLastWordMustFitTheAddressSpace() {
        assertEquals(65535, read("""
                  - {name: A, function: input, address: 65534, type: float32, unit: kW}
                """).point("A").orElseThrow().lastAddress()); // the very last register is usable
        assertTrue(problems("""
                  - {name: A, function: input, address: 65533, type: float64, unit: kW}
                """).contains("point A: a float64 at 65533 ends at 65536, past the last address 65535"));
        assertTrue(problems("""
                  - {name: B, function: input, address: 70000, type: uint16, unit: kW}
                """).contains("points[0] B: address 70000 is outside 0..65535"));
    }

    @Test
    void aCounterNeedsItsRollover() {
        assertTrue(problems("""
                  - {name: KWH, function: input, address: 0, type: uint32, unit: kWh, kind: counter}
                """).contains("line 6: points[0].rollover: point KWH: a counter needs 'rollover'"));
        assertTrue(problems("""
                  - {name: KW, function: input, address: 0, type: float32, unit: kW, rollover: 100}
                """).contains("only a counter wraps"));
    }

    @Test
    void bitRules() {
        String text = problems("""
                  - {name: A, function: coil, address: 0, type: uint16, unit: "-"}
                  - {name: B, function: coil, address: 1, type: bool, bit: 2, unit: "-"}
                  - {name: C, function: holding, address: 2, type: uint16, bit: 2, unit: "-"}
                  - {name: D, function: holding, address: 3, type: bool, bit: 16, unit: "-"}
                  - {name: E, function: holding, address: 4, type: bool, scale: 2, unit: "-"}
                """);
        assertTrue(text.contains("point A: a coil is one bit: its type must be bool, not uint16"), text);
        assertTrue(text.contains("point B: 'bit' is for a bool in a holding or input register; a coil is a bit already"), text);
        assertTrue(text.contains("point C: 'bit' is only for type bool, not uint16"), text);
        assertTrue(text.contains("point D: bit 16 is outside 0..15"), text);
        assertTrue(text.contains("point E: a bool reads 0 or 1: scale and offset do not apply"), text);
    }

    @Test
    void onlyCoilsAndHoldingRegistersAreWritable() {
        String text = problems("""
                  - {name: A, function: input, address: 0, type: uint16, unit: kW, writable: true}
                  - {name: B, function: discrete-input, address: 0, type: bool, unit: "-", writable: true}
                """);
        assertTrue(text.contains("point A: function input cannot be written"), text);
        assertTrue(text.contains("point B: function discrete-input cannot be written"), text);
    }

    @Test
    void duplicateNamesMisspeltFieldsAndBadNumbersAreReported() {
        String text = problems("""
                  - {name: A, function: input, address: 0, type: uint16, unit: kW}
                  - {name: A, function: input, address: 1, type: uint16, unit: kW, scael: 2}
                  - {name: C, function: input, address: two, type: uint16, unit: kW, scale: 0}
                """);
        assertTrue(text.contains("line 7: points[1].scael: points[1] A: scael unknown field 'scael'"), text);
        assertTrue(text.contains("points[2] C: address 'two' is not a whole number"), text);
        // rules on typed points run once the fields are readable
        List<String> lines = text.lines().toList();
        assertEquals(2, lines.size(), text);
        assertTrue(problems("""
                  - {name: A, function: input, address: 0, type: uint16, unit: kW}
                  - {name: A, function: input, address: 1, type: uint16, unit: kW, scale: 0}
                """).contains("point A is defined twice (first as points[0])"));
    }

    @Test
    void theIdMustMatchTheFileName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TemplateReader.read(HEAD + "  - {name: A, function: input, address: 0, type: uint16, unit: kW}\n", "other.yaml", "other"));
        assertEquals("other.yaml line 1: template", e.problems().get(0).where());
    }

    @Test
    void brokenYamlNamesTheLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TemplateReader.read("template: x\npoints: [\n  - {", "x.yaml", "x"));
        assertTrue(e.problems().get(0).where().startsWith("x.yaml line "), e.getMessage());
    }
}
