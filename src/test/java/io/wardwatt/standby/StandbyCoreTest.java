package io.wardwatt.standby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.readings.query.ValueBucket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandbyCoreTest {

    private static final StandbyStandards STANDARDS = StandbyStandards.parse("""
            types:
              - {type: ct, name: CT, standbyKw: 4.0, source: illustrative}
            devices:
              - {device: CT1, type: ct}
              - {device: CT3, type: ct, standbyKw: 5.0, powerPoint: CT3.P}
            """, "standards.yaml");

    private static ValueBucket quarter(int i, double min, double max, double avg) {
        Instant start = Instant.parse("2030-01-01T00:00:00Z").plusSeconds(900L * i);
        return new ValueBucket(start.toString(), start, start.plusSeconds(900), avg, min, max, 3);
    }

    @Test
    void aDeviceTakesItsTypesStandardUnlessItHasItsOwn() {
        assertEquals(4.0, STANDARDS.device("CT1").orElseThrow().standbyKw());
        assertEquals("CT1.STATE", STANDARDS.device("CT1").orElseThrow().statePoint());
        assertEquals(5.0, STANDARDS.device("CT3").orElseThrow().standbyKw());
        assertEquals("CT3.P", STANDARDS.device("CT3").orElseThrow().powerPoint());
    }

    @Test
    void everyMistakeIsNamedWithItsLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StandbyStandards.parse("""
                types:
                  - {type: ct, standbyKw: -1, source: x}
                devices:
                  - {device: CT1, type: mri}
                """, "bad.yaml"));
        assertEquals(List.of("bad.yaml line 2: types[0].standbyKw", "bad.yaml line 4: devices[0].type"),
                e.problems().stream().map(p -> p.where()).toList());
    }

    @Test
    void quartersWithAStateChangeAreNotStandby() {
        WatchedDevice ct1 = STANDARDS.device("CT1").orElseThrow();
        StandbyAssessment assessment = new StandbyAssessment(0.15, 0.5);
        // Quarters 0-3 wholly in standby at 5 kW; quarter 4 went from standby to scanning (min 1, max 3) at 30 kW.
        List<ValueBucket> state = List.of(quarter(0, 1, 1, 1), quarter(1, 1, 1, 1), quarter(2, 1, 1, 1), quarter(3, 1, 1, 1),
                quarter(4, 1, 3, 2));
        List<ValueBucket> power = List.of(quarter(0, 5, 5, 5), quarter(1, 5, 5, 5), quarter(2, 5, 5, 5), quarter(3, 5, 5, 5),
                quarter(4, 5, 60, 30));
        StandbyFinding f = assessment.assess(ct1, state, power);
        assertEquals(5.0, f.drawKw(), 1e-12);
        assertEquals(1.0, f.standbyHours(), 1e-12);
        assertEquals(1.0, f.kwhWasted(), 1e-12);
        assertTrue(f.alert());
        assertNull(f.note());

        StandbyFinding tooShort = new StandbyAssessment(0.15, 2).assess(ct1, state, power);
        assertFalse(tooShort.alert());
        assertTrue(tooShort.note().contains("only 1.00 h"), tooShort.note());
    }
}
