package io.wardwatt.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.TemplateCatalog;
import io.wardwatt.control.DispatchEvent.Type;
import io.wardwatt.optimize.SlotInForce;
import io.wardwatt.plant.CriticalZone;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The plan's slots into the command table at the plan's level: at each boundary, refused where the guards say no, withdrawn when the plan goes. */
class PlanFollowerTest {

    static final Instant T0 = Instant.parse("2026-07-16T00:00:00Z");
    static final TemplateCatalog CATALOG = TemplateCatalog.load(List.of());
    static final DeviceTemplate CHILLER = CATALOG.find("wardwatt-chiller-wc").orElseThrow();
    static final DeviceTemplate PUMP = CATALOG.find("wardwatt-pump-vsd").orElseThrow();
    static final CriticalZone ICU = new CriticalZone("Z3", "ICU", 7.5, 1, Duration.ofMinutes(5));

    private final CommandTable table = new CommandTable(WriteGuard.all(List.of(new WritablePointGuard(Map.of("CH1", CHILLER, "CH2", CHILLER,
            "P1", PUMP)), new ZoneLimitGuard(List.of(ICU)))));
    private final PlanFollower follower = new PlanFollower(table, Duration.ofMinutes(2));
    private final UUID plan = UUID.randomUUID();
    private final PlantSnapshot plant = new PlantSnapshot(T0, 7.0, Map.of("CH1", new ChillerStatus(true, true, false, null), "CH2",
            new ChillerStatus(true, false, false, null)));

    private SlotInForce slot(int index, double supply, boolean ch2, boolean advisory) {
        Instant from = T0.plus(Duration.ofHours(index));
        return new SlotInForce(plan, advisory, index, from, from.plus(Duration.ofHours(1)), supply,
                List.of(new SlotInForce.ChillerCommand("CH1", true, 2000), new SlotInForce.ChillerCommand("CH2", ch2, ch2 ? 1500 : 0)),
                List.of(new SlotInForce.PumpCommand("P1", true, 0.75)));
    }

    private double value(CommandedPoint point, Instant at) {
        return table.effective(point, at).orElseThrow().value();
    }

    @Test
    void eachSlotIsPutInAtItsBoundaryAndExpiresAfterItsEndPlusTheMargin() {
        follower.follow(Optional.of(slot(0, 7.0, false, false)), T0, plant);
        assertEquals(1.0, value(CommandedPoint.chillerEnable("CH1"), T0));
        assertEquals(0.0, value(CommandedPoint.chillerEnable("CH2"), T0));
        assertEquals(7.0, value(CommandedPoint.supplySetpoint("CH1"), T0));
        assertTrue(table.effective(CommandedPoint.supplySetpoint("CH2"), T0).isEmpty(), "no set-point for a chiller the plan stops");
        assertEquals(75.0, value(CommandedPoint.pumpSpeed("P1"), T0));
        assertEquals(CommandPriority.PLAN, table.effective(CommandedPoint.chillerEnable("CH1"), T0).orElseThrow().priority());
        assertEquals(T0.plus(Duration.ofMinutes(62)), table.effective(CommandedPoint.chillerEnable("CH1"), T0).orElseThrow().expiresAt());

        Instant t1 = T0.plus(Duration.ofHours(1));
        follower.follow(Optional.of(slot(1, 6.5, true, false)), t1, plant);
        assertEquals(1.0, value(CommandedPoint.chillerEnable("CH2"), t1));
        assertEquals(6.5, value(CommandedPoint.supplySetpoint("CH2"), t1));
        List<DispatchEvent> events = follower.drainEvents();
        assertEquals(2, events.stream().filter(e -> e.type() == Type.PLAN_COMMANDED).count(), events.toString());
    }

    @Test
    void aSetpointAboveTheCriticalZoneIsRefusedAndTheLastSlotsValueIsNotLeftBehind() {
        follower.follow(Optional.of(slot(0, 7.0, false, false)), T0, plant);
        Instant t1 = T0.plus(Duration.ofHours(1));
        follower.follow(Optional.of(slot(1, 8.0, false, false)), t1, plant);
        assertTrue(table.effective(CommandedPoint.supplySetpoint("CH1"), t1).isEmpty(), "refused, and the 7.0 of slot 0 relinquished");
        assertTrue(follower.drainEvents().stream().anyMatch(e -> e.type() == Type.REFUSED && e.text().contains("critical zone Z3")));
    }

    @Test
    void anAdvisoryOrEndedPlanWithdrawsEveryPlanCommand() {
        follower.follow(Optional.of(slot(0, 7.0, true, false)), T0, plant);
        Instant t = T0.plus(Duration.ofMinutes(10));
        follower.follow(Optional.empty(), t, plant);
        assertTrue(table.effective(CommandedPoint.chillerEnable("CH1"), t).isEmpty());
        assertTrue(table.effective(CommandedPoint.pumpEnable("P1"), t).isEmpty());

        follower.follow(Optional.of(slot(0, 7.0, true, true)), t, plant);
        assertTrue(table.effective(CommandedPoint.chillerEnable("CH1"), t).isEmpty(), "advisory: nothing commanded");
    }

    @Test
    void whileThePlanIsSuspendedNothingIsPutInAndAfterResumeTheSlotIs() {
        table.suspendPlan("Z3 supply 8.1 °C", T0);
        follower.follow(Optional.of(slot(0, 7.0, false, false)), T0, plant);
        assertTrue(table.effective(CommandedPoint.chillerEnable("CH1"), T0).isEmpty());
        table.resumePlan();
        follower.reset();
        Instant t = T0.plus(Duration.ofMinutes(5));
        follower.follow(Optional.of(slot(0, 7.0, false, false)), t, plant);
        assertEquals(1.0, value(CommandedPoint.chillerEnable("CH1"), t));
    }
}
