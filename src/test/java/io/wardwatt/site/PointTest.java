package io.wardwatt.site;

import static io.wardwatt.site.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wardwatt.input.InputProblem;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointTest {

    private static Point counter(String unit, Double rollover, EnergyCarrier carrier) {
        return new Point("INC1.KWH", "Incomer 1 energy", unit, PointKind.COUNTER, rollover, carrier, "INC1", null, List.of());
    }

    @Test
    void aCounterWithRolloverAndAMatchingCarrierIsValid() {
        Point point = counter("kWh", 99999999.9, EnergyCarrier.ELECTRICITY);
        assertEquals(PointKind.COUNTER, point.kind());
        assertEquals(99999999.9, point.rolloverValue());
    }

    @Test
    void aCounterNeedsARolloverValueAboveZero() {
        assertProblem(Problems.of(() -> counter("kWh", null, EnergyCarrier.ELECTRICITY)), "rolloverValue", "is required for a COUNTER");
        assertProblem(Problems.of(() -> counter("kWh", 0.0, EnergyCarrier.ELECTRICITY)), "rolloverValue", "must be more than 0");
        assertProblem(Problems.of(() -> counter("kWh", -5.0, null)), "rolloverValue", "must be more than 0");
    }

    @Test
    void aValueNeverWraps() {
        assertProblem(Problems.of(() -> new Point("P", "Power", "kW", PointKind.VALUE, 100.0, null, null, null, null)),
                "rolloverValue", "only a COUNTER wraps");
    }

    @Test
    void theUnitMustBeOneTheCarrierIsMeasuredIn() {
        assertProblem(Problems.of(() -> counter("kW", 1e8, EnergyCarrier.ELECTRICITY)), "unit", "'kW' is not a unit of electricity (one of MWh, Wh, kWh)");
        assertProblem(Problems.of(() -> counter("kWh", 1e8, EnergyCarrier.STEAM)), "unit", "is not a unit of steam");
        assertEquals("t", counter("t", 999999.99, EnergyCarrier.STEAM).unit());
        assertEquals("kW", new Point("P", "Power", "kW", PointKind.VALUE, null, null, null, null, null).unit(), "power has no carrier");
    }

    @Test
    void tagsAreTrimmedAndDeduplicatedInOrderAndBlankTagsRefused() {
        Point point = new Point("P", "P", "kW", PointKind.VALUE, null, null, null, null, List.of(" main ", "incomer", "main"));
        assertEquals(List.of("main", "incomer"), point.tags());
        assertProblem(Problems.of(() -> new Point("P", "P", "kW", PointKind.VALUE, null, null, null, null, Arrays.asList("ok", " ", null))),
                "tags[1]", "a tag is 1-64 characters");
        assertProblem(Problems.of(() -> new Point("P", "P", "kW", PointKind.VALUE, null, null, null, null, List.of("two words"))),
                "tags[0]", "without spaces");
    }

    @Test
    void everyBadFieldIsNamed() {
        List<InputProblem> problems = Problems.of(() -> new Point("", null, "k W", null, null, null, "a b", "c/d", null));
        assertEquals(6, problems.size(), Problems.list(problems));
        assertProblem(problems, "code", "is required");
        assertProblem(problems, "name", "is required");
        assertProblem(problems, "unit", "is not a unit");
        assertProblem(problems, "kind", "is required");
        assertProblem(problems, "device", "is not a code");
        assertProblem(problems, "space", "is not a code");
    }
}
