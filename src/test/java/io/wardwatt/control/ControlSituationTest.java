package io.wardwatt.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ControlSituationTest {

    private static final Instant NOW = Instant.parse("2026-12-08T06:00:00Z");

    private static ManualOverride override(String by, Duration left) {
        return new ManualOverride(UUID.randomUUID(), CommandedPoint.supplySetpoint("CH3"), CommandPriority.MANUAL_OPERATOR, 8.0,
                NOW.minusSeconds(600), NOW.plus(left), by, "ward too warm", null, null);
    }

    private static ControlSituation.Condition fault(String device) {
        return new ControlSituation.Condition("fault", device, null, null, null, NOW.minusSeconds(60), null, "read-back of " + device
                + ".CHWST_SP was 8.0, written 7.0", null);
    }

    @Test
    void theHeadlineIsTheMostPressingConditionAndEveryConditionIsListed() {
        ControlSituation situation = ControlSituation.of(true, null, "dispatch", null, Map.of("CH3", fault("CH3")),
                List.of(override("li.wei", Duration.ofHours(2))), NOW);
        assertEquals("fault", situation.state());
        assertEquals(List.of("fault", "override"), situation.conditions().stream().map(ControlSituation.Condition::kind).toList());
        assertEquals("li.wei", situation.conditions().get(1).by());
        assertEquals(NOW.plus(Duration.ofHours(2)), situation.conditions().get(1).until());
    }

    @Test
    void anOverrideGovernsOverThePlanButNotOverASuspension() {
        assertEquals("override", ControlSituation.of(true, null, "dispatch", null, Map.of(), List.of(override("li.wei", Duration.ofHours(1))), NOW)
                .state());
        ControlSituation.Condition suspended = new ControlSituation.Condition("suspended", null, null, null, null, NOW, null, "Z3 supply above 7.5",
                null);
        assertEquals("suspended", ControlSituation.of(true, null, "dispatch", suspended, Map.of(), List.of(override("li.wei", Duration.ofHours(1))),
                NOW).state());
    }

    @Test
    void anExpiredOverrideIsNoLongerACondition() {
        ControlSituation situation = ControlSituation.of(true, null, "dispatch", null, Map.of(), List.of(override("li.wei", Duration.ofMinutes(-1))),
                NOW);
        assertEquals("following", situation.state());
        assertEquals(List.of(), situation.conditions());
    }

    @Test
    void withoutControlNothingIsWrittenWhateverThePlan() {
        assertEquals("off", ControlSituation.of(false, null, "dispatch", null, Map.of(), List.of(), NOW).state());
        assertEquals("unavailable", ControlSituation.of(false, "plant file not readable", null, null, Map.of(), List.of(), NOW).state());
        assertEquals("advisory", ControlSituation.of(true, null, "advisory", null, Map.of(), List.of(), NOW).state());
        assertEquals("no-plan", ControlSituation.of(true, null, null, null, Map.of(), List.of(), NOW).state());
    }

    @Test
    void kwPerRtIsElectricalPowerPerTonOfCooling() {
        // 3,516.85 kW of cooling is 1,000 RT: 600 kW for it is 0.6 kW/RT
        assertEquals(0.6, PlantNow.kwPerRt(600, 3516.85), 1e-9);
        assertNull(PlantNow.kwPerRt(20, 0.5), "no cooling, no efficiency");
        assertNull(PlantNow.kwPerRt(Double.NaN, 1000));
        assertEquals("plan", PlantNow.governedBy(10));
        assertEquals("override", PlantNow.governedBy(8));
        assertEquals("emergency", PlantNow.governedBy(1));
        assertEquals("level-16", PlantNow.governedBy(16));
    }
}
