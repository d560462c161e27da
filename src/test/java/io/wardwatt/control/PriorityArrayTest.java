package io.wardwatt.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityArrayTest {

    static final Instant T0 = Instant.parse("2025-07-21T06:00:00Z");

    private final PriorityArray setpoint = new PriorityArray(CommandedPoint.supplySetpoint("CH1"));

    @Test
    void theHighestUnexpiredLevelIsEffective() {
        setpoint.command(new Command(CommandPriority.SCHEDULE, 7.0, T0.plus(Duration.ofDays(1)), "schedule"));
        setpoint.command(new Command(CommandPriority.PLAN, 7.5, T0.plus(Duration.ofMinutes(15)), "plan 3 slot 24"));

        assertEquals(7.5, setpoint.effective(T0).orElseThrow().value(), "the plan (10) is above the schedule (16)");
        assertEquals(CommandPriority.PLAN, setpoint.effective(T0).orElseThrow().priority());
    }

    @Test
    void aManualOverrideBeatsThePlanUntilItExpires() {
        setpoint.command(new Command(CommandPriority.PLAN, 7.5, T0.plus(Duration.ofHours(1)), "plan"));
        setpoint.command(new Command(CommandPriority.MANUAL_OPERATOR, 6.5, T0.plus(Duration.ofMinutes(30)), "engineer ann"));

        assertEquals(6.5, setpoint.effective(T0.plus(Duration.ofMinutes(29))).orElseThrow().value());
        // the expiry is exclusive: at 30 min the override is gone and the plan governs again
        assertEquals(7.5, setpoint.effective(T0.plus(Duration.ofMinutes(30))).orElseThrow().value());
        assertTrue(setpoint.effective(T0.plus(Duration.ofHours(1))).isEmpty(), "all expired: the point is relinquished");
    }

    @Test
    void relinquishingALevelUncoversTheNextOne() {
        setpoint.command(new Command(CommandPriority.MANUAL_LIFE_SAFETY, 5.5, T0.plus(Duration.ofHours(1)), "emergency"));
        setpoint.command(new Command(CommandPriority.PLAN, 7.5, T0.plus(Duration.ofHours(1)), "plan"));

        assertEquals(5.5, setpoint.effective(T0).orElseThrow().value());
        setpoint.relinquish(CommandPriority.MANUAL_LIFE_SAFETY);
        assertEquals(7.5, setpoint.effective(T0).orElseThrow().value());
        setpoint.relinquish(CommandPriority.PLAN);
        assertTrue(setpoint.effective(T0).isEmpty());
    }

    @Test
    void aRenewalReplacesTheCommandAtItsLevel() {
        setpoint.command(new Command(CommandPriority.PLAN, 7.5, T0.plus(Duration.ofMinutes(10)), "slot 1"));
        setpoint.command(new Command(CommandPriority.PLAN, 8.0, T0.plus(Duration.ofMinutes(20)), "slot 2"));

        assertEquals(8.0, setpoint.effective(T0.plus(Duration.ofMinutes(15))).orElseThrow().value());
    }

    @Test
    void expiredCommandsAreDroppedAndReported() {
        setpoint.command(new Command(CommandPriority.PLAN, 7.5, T0.plus(Duration.ofMinutes(10)), "plan"));
        setpoint.command(new Command(CommandPriority.SCHEDULE, 7.0, T0.plus(Duration.ofDays(1)), "schedule"));

        List<Command> dropped = setpoint.dropExpired(T0.plus(Duration.ofMinutes(10)));

        assertEquals(1, dropped.size());
        assertEquals("plan", dropped.get(0).source());
        assertTrue(setpoint.at(CommandPriority.PLAN, T0).isEmpty(), "gone even for an earlier instant: it was dropped");
    }

    @Test
    void levelsOutside1To16AndCommandsWithoutExpiryAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CommandPriority(0));
        assertThrows(IllegalArgumentException.class, () -> new CommandPriority(17));
        assertThrows(NullPointerException.class, () -> new Command(CommandPriority.PLAN, 7, null, "plan"));
        assertThrows(IllegalArgumentException.class, () -> new Command(CommandPriority.PLAN, Double.NaN, T0, "plan"));
    }

    @Test
    void timingGuardsApplyBelowBacnetsMinimumOnOffLevelAndZoneLimitsBelowTheOperator() {
        assertTrue(!CommandPriority.MANUAL_LIFE_SAFETY.timingGuarded());
        assertTrue(CommandPriority.MANUAL_OPERATOR.timingGuarded());
        assertTrue(CommandPriority.PLAN.timingGuarded());
        assertTrue(!CommandPriority.MANUAL_OPERATOR.zoneLimited());
        assertTrue(CommandPriority.PLAN.zoneLimited());
        assertTrue(CommandPriority.SCHEDULE.zoneLimited());
    }
}
