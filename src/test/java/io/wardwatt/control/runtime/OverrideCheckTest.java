package io.wardwatt.control.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.control.CommandKind;
import io.wardwatt.control.CommandPriority;
import io.wardwatt.control.CommandedPoint;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Override requests read against the plant's chillers, pumps and batteries (the point's range is the command table's). */
class OverrideCheckTest {

    static final Set<String> CHILLERS = Set.of("CH1", "CH2");
    static final Set<String> PUMPS = Set.of("PCHWP1");
    static final Set<String> BATTERIES = Set.of("BESS");

    private static OverrideCheck.Checked check(String device, String point, Double value) {
        return OverrideCheck.check(new OverrideRequest(device, point, value, "PT30M", null, "evening peak shaving by hand"), CHILLERS, PUMPS,
                BATTERIES, Duration.ofHours(12));
    }

    private static List<InputProblem> problems(String device, String point, Double value) {
        return assertThrows(InvalidInputException.class, () -> check(device, point, value)).problems();
    }

    @Test
    void aBatterysPowerSetPointCanBeOverriddenEitherWay() {
        OverrideCheck.Checked discharge = check("BESS", "KW_SP", 250.0);
        assertEquals(CommandedPoint.batteryPower("BESS"), discharge.point());
        assertEquals(CommandKind.BATTERY_POWER, discharge.point().kind());
        assertEquals(CommandPriority.MANUAL_OPERATOR, discharge.priority());
        assertEquals(250.0, discharge.value());
        assertEquals(-120.5, check("BESS", "KW_SP", -120.5).value(), "charge");
        assertEquals(Duration.ofMinutes(30), discharge.duration());
    }

    @Test
    void onlyKwSpOnABatteryAndNotOnAChiller() {
        List<InputProblem> enable = problems("BESS", "ENABLE", 1.0);
        assertEquals("point", enable.get(0).where());
        assertTrue(enable.get(0).problem().contains("KW_SP"), enable.get(0).problem());
        assertEquals("point", problems("CH1", "KW_SP", 100.0).get(0).where());
        List<InputProblem> unknown = problems("BESS2", "KW_SP", 100.0);
        assertEquals("device", unknown.get(0).where());
        assertTrue(unknown.get(0).problem().contains("batteries BESS"), unknown.get(0).problem());
    }

    @Test
    void aPowerFinerThanTheRegistersStepIsRefusedBecauseItWouldNotReadBackAsWritten() {
        List<InputProblem> fine = problems("BESS", "KW_SP", 123.45);
        assertEquals("value", fine.get(0).where());
        assertTrue(fine.get(0).problem().contains("0.1 kW"), fine.get(0).problem());
        assertEquals(0.3, check("BESS", "KW_SP", 0.3).value(), "0.3 is three steps, though 0.3 / 0.1 is not exactly 3 in binary");
    }
}
