package io.wardwatt.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.acquisition.TemplateCatalog;
import io.wardwatt.control.GuardVerdict.Outcome;
import io.wardwatt.plant.CriticalZone;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One rule per test: each with a write it allows and one it does not. */
class WriteGuardTest {

    static final Instant T0 = Instant.parse("2025-07-21T06:00:00Z");
    static final CommandedPoint CH1_SP = CommandedPoint.supplySetpoint("CH1");
    static final CommandedPoint CH1_ENABLE = CommandedPoint.chillerEnable("CH1");
    static final CriticalZone ICU = new CriticalZone("Z3", "surgery, ICU & critical care", 7.5, 2, Duration.ofMinutes(5));

    static PlantSnapshot plant(Instant at, double supplyC, Map<String, ChillerStatus> chillers) {
        return new PlantSnapshot(at, supplyC, chillers);
    }

    static ProposedWrite write(CommandedPoint point, CommandPriority priority, double value, Instant now, LastWrite last, PlantSnapshot plant) {
        return new ProposedWrite(point, new Command(priority, value, now.plus(Duration.ofHours(1)), "test"), value, now, last, plant);
    }

    // --- set-point rate limit: 0.25 K/min, at most one change every 2 min ---

    private final SetpointRateGuard rate = new SetpointRateGuard(0.25, Duration.ofMinutes(2));

    @Test
    void aSetpointChangeWithinTheRateIsAllowed() {
        LastWrite last = new LastWrite(7.0, T0, T0);
        // 4 min since the last change: up to 1 K
        GuardVerdict verdict = rate.check(write(CH1_SP, CommandPriority.PLAN, 8.0, T0.plus(Duration.ofMinutes(4)), last, null));
        assertEquals(Outcome.ALLOW, verdict.outcome());
        assertEquals(8.0, verdict.value());
    }

    @Test
    void aSetpointJumpIsCutToTheRate() {
        LastWrite last = new LastWrite(7.0, T0, T0);
        // 2 min since the last change: 0.5 K of the 1.5 K asked
        GuardVerdict verdict = rate.check(write(CH1_SP, CommandPriority.PLAN, 8.5, T0.plus(Duration.ofMinutes(2)), last, null));
        assertEquals(Outcome.ALLOW, verdict.outcome());
        assertEquals(7.5, verdict.value());
        assertTrue(verdict.reason().contains("limited"), verdict.reason());
    }

    @Test
    void aSecondChangeWithinTheMinimumIntervalIsHeld() {
        LastWrite last = new LastWrite(7.0, T0, T0);
        GuardVerdict verdict = rate.check(write(CH1_SP, CommandPriority.MANUAL_OPERATOR, 7.2, T0.plus(Duration.ofSeconds(90)), last, null));
        assertEquals(Outcome.HOLD, verdict.outcome());
        assertTrue(verdict.reason().contains("06:02"), verdict.reason());
    }

    @Test
    void aRenewalAndAnEmergencyCommandAreNotRateLimited() {
        LastWrite last = new LastWrite(7.0, T0, T0);
        assertEquals(Outcome.ALLOW, rate.check(write(CH1_SP, CommandPriority.PLAN, 7.0, T0.plusSeconds(5), last, null)).outcome());
        GuardVerdict emergency = rate.check(write(CH1_SP, CommandPriority.MANUAL_LIFE_SAFETY, 5.5, T0.plusSeconds(5), last, null));
        assertEquals(Outcome.ALLOW, emergency.outcome());
        assertEquals(5.5, emergency.value());
    }

    // --- minimum run 60 min, minimum stop 30 min ---

    private final MinRunStopGuard runStop = new MinRunStopGuard(Duration.ofMinutes(60), Duration.ofMinutes(30));

    @Test
    void aStopBeforeTheMinimumRunIsHeldAndPassesAfterIt() {
        PlantSnapshot running = plant(T0, 7.0, Map.of("CH1", new ChillerStatus(true, true, false, T0.minus(Duration.ofMinutes(20)))));
        GuardVerdict early = runStop.check(write(CH1_ENABLE, CommandPriority.PLAN, 0, T0, null, running));
        assertEquals(Outcome.HOLD, early.outcome());
        assertTrue(early.reason().contains("run 20 min of its minimum 60"), early.reason());

        PlantSnapshot later = plant(T0.plus(Duration.ofMinutes(40)), 7.0, running.chillers());
        assertEquals(Outcome.ALLOW, runStop.check(write(CH1_ENABLE, CommandPriority.PLAN, 0, later.at(), null, later)).outcome());
    }

    @Test
    void aStartBeforeTheMinimumStopIsHeld() {
        PlantSnapshot stopped = plant(T0, 7.0, Map.of("CH1", new ChillerStatus(true, false, false, T0.minus(Duration.ofMinutes(10)))));
        assertEquals(Outcome.HOLD, runStop.check(write(CH1_ENABLE, CommandPriority.PLAN, 1, T0, null, stopped)).outcome());
        assertEquals(Outcome.ALLOW, runStop.check(write(CH1_ENABLE, CommandPriority.PLAN, 1, T0.plus(Duration.ofMinutes(20)), null, stopped))
                .outcome());
    }

    @Test
    void withoutReadingsTheLastCommandSaysWhenTheChillerStarted() {
        LastWrite startedByUs = new LastWrite(1, T0, T0);
        PlantSnapshot unknown = plant(T0.plus(Duration.ofMinutes(5)), Double.NaN, Map.of());
        assertEquals(Outcome.HOLD, runStop.check(write(CH1_ENABLE, CommandPriority.PLAN, 0, unknown.at(), startedByUs, unknown)).outcome());
    }

    @Test
    void anEmergencyStopIsNotHeld() {
        PlantSnapshot running = plant(T0, 7.0, Map.of("CH1", new ChillerStatus(true, true, false, T0.minus(Duration.ofMinutes(1)))));
        assertEquals(Outcome.ALLOW, runStop.check(write(CH1_ENABLE, CommandPriority.MANUAL_LIFE_SAFETY, 0, T0, null, running)).outcome());
    }

    // --- writable points, through acquisition's PointWrite ---

    private final WritablePointGuard writable = new WritablePointGuard(Map.of("CH1",
            TemplateCatalog.load(List.of()).find("wardwatt-chiller-wc").orElseThrow()));

    @Test
    void onlyWritablePointsWithinTheirLimitsPass() {
        assertEquals(Outcome.ALLOW, writable.check(write(CH1_SP, CommandPriority.PLAN, 7.5, T0, null, null)).outcome());

        GuardVerdict readOnly = writable.check(write(new CommandedPoint("CH1", "CHWST", CommandKind.SUPPLY_SETPOINT), CommandPriority.PLAN, 7.5,
                T0, null, null));
        assertEquals(Outcome.REFUSE, readOnly.outcome());
        assertTrue(readOnly.reason().contains("not writable"), readOnly.reason());

        GuardVerdict tooCold = writable.check(write(CH1_SP, CommandPriority.MANUAL_LIFE_SAFETY, 4.0, T0, null, null));
        assertEquals(Outcome.REFUSE, tooCold.outcome());
        assertTrue(tooCold.reason().contains("below the point's minimum 5.0"), tooCold.reason());

        assertEquals(Outcome.REFUSE, writable.check(write(CommandedPoint.supplySetpoint("CH9"), CommandPriority.PLAN, 7, T0, null, null))
                .outcome());
    }

    // --- critical zones ---

    private final ZoneLimitGuard zones = new ZoneLimitGuard(List.of(ICU));

    @Test
    void aPlanSetpointAboveACriticalZonesLimitIsRefused() {
        GuardVerdict verdict = zones.check(write(CH1_SP, CommandPriority.PLAN, 8.0, T0, null, null));
        assertEquals(Outcome.REFUSE, verdict.outcome());
        assertTrue(verdict.reason().contains("critical zone Z3"), verdict.reason());
        assertEquals(Outcome.ALLOW, zones.check(write(CH1_SP, CommandPriority.PLAN, 7.5, T0, null, null)).outcome());
        assertEquals(Outcome.ALLOW, zones.check(write(CH1_SP, CommandPriority.MANUAL_OPERATOR, 8.0, T0, null, null)).outcome(),
                "an engineer's override is not the plan");
    }

    @Test
    void aPlanStopThatLeavesTooFewChillersAvailableIsRefused() {
        ChillerStatus on = new ChillerStatus(true, true, false, T0.minus(Duration.ofHours(3)));
        ChillerStatus tripped = new ChillerStatus(true, false, true, T0.minus(Duration.ofHours(1)));
        PlantSnapshot two = plant(T0, 7.0, Map.of("CH1", on, "CH2", on, "CH3", tripped));
        GuardVerdict verdict = zones.check(write(CH1_ENABLE, CommandPriority.PLAN, 0, T0, null, two));
        assertEquals(Outcome.REFUSE, verdict.outcome());
        assertTrue(verdict.reason().contains("leaves 1 chiller(s) available"), verdict.reason());

        PlantSnapshot three = plant(T0, 7.0, Map.of("CH1", on, "CH2", on, "CH3", on));
        assertEquals(Outcome.ALLOW, zones.check(write(CH1_ENABLE, CommandPriority.PLAN, 0, T0, null, three)).outcome());
    }

    @Test
    void theFirstGuardThatDoesNotAllowDecidesAndALimitedValueIsPassedOn() {
        WriteGuard all = WriteGuard.all(List.of(writable, zones, rate, runStop));
        LastWrite last = new LastWrite(7.0, T0, T0);
        GuardVerdict limited = all.check(write(CH1_SP, CommandPriority.PLAN, 7.5, T0.plus(Duration.ofMinutes(2)), last, null));
        assertEquals(7.5, limited.value());
        GuardVerdict refused = all.check(write(CH1_SP, CommandPriority.PLAN, 9.0, T0.plus(Duration.ofMinutes(2)), last, null));
        assertEquals(Outcome.REFUSE, refused.outcome(), "the zone limit comes before the rate limit");
    }
}
