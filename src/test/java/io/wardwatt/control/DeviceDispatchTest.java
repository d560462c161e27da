package io.wardwatt.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.TemplateCatalog;
import io.wardwatt.control.DispatchEvent.Type;
import io.wardwatt.control.GuardVerdict.Outcome;
import io.wardwatt.plant.CriticalZone;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dispatch state machine over the real PointWrite path, against chillers held in memory (holding register 0
 * CHWST_SP in 0.01 °C, coil 0 ENABLE, as the shipped chiller template maps them).
 */
class DeviceDispatchTest {

    static final Instant T0 = Instant.parse("2025-07-21T06:00:00Z");
    static final DeviceTemplate CHILLER = TemplateCatalog.load(List.of()).find("wardwatt-chiller-wc").orElseThrow();
    static final CommandedPoint CH1_SP = CommandedPoint.supplySetpoint("CH1");
    static final CommandedPoint CH1_ENABLE = CommandedPoint.chillerEnable("CH1");
    static final CommandedPoint CH2_SP = CommandedPoint.supplySetpoint("CH2");
    static final CriticalZone ICU = new CriticalZone("Z3", "surgery, ICU & critical care", 7.5, 2, Duration.ofMinutes(5));
    static final DispatchSettings SETTINGS = new DispatchSettings(Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofMinutes(5), 0.005);

    private final FakeDevice ch1 = new FakeDevice().holding(0, 700).coil(0, true);
    private final FakeDevice ch2 = new FakeDevice().holding(0, 700).coil(0, true);
    private final Map<String, DeviceTemplate> templates = Map.of("CH1", CHILLER, "CH2", CHILLER);
    private final WriteGuard admission = WriteGuard.all(List.of(new WritablePointGuard(templates), new ZoneLimitGuard(List.of(ICU))));
    private final WriteGuard guards = WriteGuard.all(List.of(new WritablePointGuard(templates), new ZoneLimitGuard(List.of(ICU)),
            new SetpointRateGuard(0.25, Duration.ofMinutes(2)), new MinRunStopGuard(Duration.ofMinutes(60), Duration.ofMinutes(30))));
    private final CommandTable table = new CommandTable(admission);
    private final PlantPort port = new ModbusPlantPort(Map.of("CH1", new ModbusPlantPort.Connection(CHILLER, ch1), "CH2",
            new ModbusPlantPort.Connection(CHILLER, ch2)));
    private final DeviceDispatch dispatch1 = new DeviceDispatch("CH1", table, port, guards, SETTINGS);
    private final DeviceDispatch dispatch2 = new DeviceDispatch("CH2", table, port, guards, SETTINGS);

    static PlantSnapshot plant(Instant at, double supplyC) {
        ChillerStatus on = new ChillerStatus(true, true, false, T0.minus(Duration.ofHours(3)));
        return new PlantSnapshot(at, supplyC, Map.of("CH1", on, "CH2", on, "CH3", on));
    }

    private GuardVerdict command(CommandedPoint point, CommandPriority priority, double value, Instant now, Duration lasting, String source) {
        return table.command(point, new Command(priority, value, now.plus(lasting), source), now, plant(now, 7.0));
    }

    private static List<Type> types(List<DispatchEvent> events) {
        return events.stream().map(DispatchEvent::type).toList();
    }

    @Test
    void aPlanCommandIsWrittenReadBackAndHeld() {
        command(CH1_SP, CommandPriority.PLAN, 7.5, T0, Duration.ofMinutes(15), "plan 1 slot 24");
        PlantSnapshot now = plant(T0, 7.0);

        assertEquals(DispatchState.WRITING, dispatch1.step(T0, now));
        assertEquals(DispatchState.VERIFYING, dispatch1.step(T0, now));
        assertEquals(DispatchState.HOLDING, dispatch1.step(T0, now));
        assertEquals(DispatchState.HOLDING, dispatch1.step(T0, now), "nothing more is due");

        assertEquals(750, ch1.holding(0), "7.50 °C in 0.01 °C");
        List<DispatchEvent> events = dispatch1.drainEvents();
        assertEquals(List.of(Type.WRITTEN), types(events));
        assertTrue(events.get(0).text().contains("read back 7.5"), events.get(0).text());
    }

    @Test
    void anUnchangedCommandIsRenewedBeforeThePlantsHoldRunsOut() {
        command(CH1_SP, CommandPriority.PLAN, 7.5, T0, Duration.ofMinutes(30), "plan");
        dispatch1.run(T0, plant(T0, 7.0));
        dispatch1.run(T0.plus(Duration.ofMinutes(4)), plant(T0.plus(Duration.ofMinutes(4)), 7.0));
        assertEquals(1, ch1.writes, "not yet due");

        dispatch1.run(T0.plus(Duration.ofMinutes(5)), plant(T0.plus(Duration.ofMinutes(5)), 7.0));
        assertEquals(2, ch1.writes, "renewed after renewEvery: the heartbeat");
        assertEquals(T0, dispatch1.lastWrite(CH1_SP).changedAt(), "a renewal is no change");
        assertEquals(T0.plus(Duration.ofMinutes(5)), dispatch1.lastWrite(CH1_SP).at());
    }

    @Test
    void aManualOverrideWinsOverThePlanAndExpires() {
        command(CH1_SP, CommandPriority.PLAN, 7.5, T0, Duration.ofHours(2), "plan");
        dispatch1.run(T0, plant(T0, 7.0));
        Instant t10 = T0.plus(Duration.ofMinutes(10));
        assertEquals(Outcome.ALLOW, command(CH1_SP, CommandPriority.MANUAL_OPERATOR, 7.0, t10, Duration.ofMinutes(30), "engineer ann")
                .outcome());

        dispatch1.run(t10, plant(t10, 7.0));
        assertEquals(700, ch1.holding(0), "the override (8) wins over the plan (10)");

        Instant t40 = T0.plus(Duration.ofMinutes(40));
        assertEquals(DispatchState.HOLDING, dispatch1.run(t40, plant(t40, 7.0)));
        assertEquals(750, ch1.holding(0), "the override expired: the plan governs again");
        List<DispatchEvent> events = dispatch1.drainEvents();
        assertEquals(List.of(Type.WRITTEN, Type.WRITTEN, Type.EXPIRED, Type.WRITTEN), types(events));
        assertTrue(events.get(2).text().contains("engineer ann"), events.get(2).text());
    }

    @Test
    void aFailedReadBackRaisesAnAlarmAndStopsWritesToThatDeviceOnly() {
        ch1.ignoresWrites = true;   // CH1 switched to local control: it answers but keeps its own set-point
        command(CH1_SP, CommandPriority.PLAN, 7.5, T0, Duration.ofHours(1), "plan");
        command(CH2_SP, CommandPriority.PLAN, 7.5, T0, Duration.ofHours(1), "plan");
        PlantDispatch plantDispatch = new PlantDispatch(table, new ZoneLimitMonitor(List.of(ICU)), List.of(dispatch1, dispatch2));

        plantDispatch.tick(plant(T0, 7.0));

        assertEquals(DispatchState.FAULT, dispatch1.state());
        assertTrue(dispatch1.fault().orElseThrow().contains("read back 7.0"), dispatch1.fault().orElseThrow());
        assertEquals(DispatchState.HOLDING, dispatch2.state(), "CH2 is dispatched as before");
        assertEquals(750, ch2.holding(0));
        List<DispatchEvent> events = plantDispatch.drainEvents();
        assertEquals(List.of(Type.READ_BACK_FAILED, Type.WRITTEN), types(events));

        for (int minute = 1; minute <= 20; minute++) {
            Instant later = T0.plus(Duration.ofMinutes(minute));
            command(CH1_SP, CommandPriority.PLAN, 7.0 + minute % 2 * 0.5, later, Duration.ofHours(1), "plan");
            plantDispatch.tick(plant(later, 7.0));
        }
        assertEquals(1, ch1.writes, "no more writes to CH1 after the failed read-back");
        assertEquals(DispatchState.FAULT, dispatch1.state());
        assertTrue(ch2.writes > 1, "CH2 renewed meanwhile");

        ch1.ignoresWrites = false;
        Instant t21 = T0.plus(Duration.ofMinutes(21));
        dispatch1.acknowledge(t21, "engineer ann");
        assertEquals(DispatchState.HOLDING, dispatch1.run(t21, plant(t21, 7.0)));
        assertEquals(2, ch1.writes);
    }

    @Test
    void anUnansweredWriteBacksOffAndIsTriedAgain() {
        ch1.silent = true;
        command(CH1_SP, CommandPriority.PLAN, 7.5, T0, Duration.ofHours(1), "plan");

        assertEquals(DispatchState.BACKING_OFF, dispatch1.run(T0, plant(T0, 7.0)));
        assertEquals(DispatchState.BACKING_OFF, dispatch1.run(T0.plusSeconds(9), plant(T0.plusSeconds(9), 7.0)), "10 s back-off");
        assertEquals(DispatchState.BACKING_OFF, dispatch1.run(T0.plusSeconds(10), plant(T0.plusSeconds(10), 7.0)), "still silent");
        assertEquals(DispatchState.BACKING_OFF, dispatch1.run(T0.plusSeconds(29), plant(T0.plusSeconds(29), 7.0)), "now 20 s");

        ch1.silent = false;
        assertEquals(DispatchState.HOLDING, dispatch1.run(T0.plusSeconds(30), plant(T0.plusSeconds(30), 7.0)));
        assertEquals(750, ch1.holding(0));
        assertEquals(List.of(Type.UNREACHABLE, Type.UNREACHABLE, Type.WRITTEN), types(dispatch1.drainEvents()));
    }

    @Test
    void aStopBeforeTheMinimumRunIsHeldOnceAndWrittenWhenTheTimeHasPassed() {
        ChillerStatus justStarted = new ChillerStatus(true, true, false, T0.minus(Duration.ofMinutes(10)));
        ChillerStatus on = new ChillerStatus(true, true, false, T0.minus(Duration.ofHours(3)));
        Map<String, ChillerStatus> chillers = Map.of("CH1", justStarted, "CH2", on, "CH3", on);
        table.command(CH1_ENABLE, new Command(CommandPriority.PLAN, 0, T0.plus(Duration.ofHours(2)), "plan"), T0,
                new PlantSnapshot(T0, 7.0, chillers));

        for (int minute = 0; minute < 50; minute += 5) {
            Instant now = T0.plus(Duration.ofMinutes(minute));
            assertEquals(DispatchState.IDLE, dispatch1.run(now, new PlantSnapshot(now, 7.0, chillers)));
        }
        assertTrue(ch1.coil(0), "still enabled");
        Instant t50 = T0.plus(Duration.ofMinutes(50));
        assertEquals(DispatchState.HOLDING, dispatch1.run(t50, new PlantSnapshot(t50, 7.0, chillers)));
        assertFalse(ch1.coil(0), "stopped after its 60 min run");
        assertEquals(List.of(Type.HELD, Type.WRITTEN), types(dispatch1.drainEvents()), "held once, not once per tick");
    }

    @Test
    void commandsToReadOnlyPointsOrBeyondCriticalLimitsAreNotAdmitted() {
        GuardVerdict readOnly = command(new CommandedPoint("CH1", "CHWST", CommandKind.SUPPLY_SETPOINT), CommandPriority.MANUAL_OPERATOR,
                7.0, T0, Duration.ofMinutes(30), "engineer ann");
        assertEquals(Outcome.REFUSE, readOnly.outcome());
        GuardVerdict tooWarm = command(CH1_SP, CommandPriority.PLAN, 8.5, T0, Duration.ofMinutes(30), "plan");
        assertEquals(Outcome.REFUSE, tooWarm.outcome());

        assertEquals(DispatchState.IDLE, dispatch1.run(T0, plant(T0, 7.0)));
        assertEquals(0, ch1.writes);
    }

    @Test
    void aPlanStopThatBecameUnsafeIsRefusedAtTheWriteAndDropped() {
        command(CH1_ENABLE, CommandPriority.PLAN, 0, T0, Duration.ofHours(1), "plan");   // admitted: 3 available
        ChillerStatus on = new ChillerStatus(true, true, false, T0.minus(Duration.ofHours(3)));
        ChillerStatus tripped = new ChillerStatus(true, false, true, T0);
        PlantSnapshot afterTrip = new PlantSnapshot(T0.plusSeconds(5), 7.0, Map.of("CH1", on, "CH2", on, "CH3", tripped));

        assertEquals(DispatchState.IDLE, dispatch1.run(afterTrip.at(), afterTrip));
        assertTrue(ch1.coil(0));
        assertTrue(table.effective(CH1_ENABLE, afterTrip.at()).isEmpty(), "the refused command left its level");
        assertEquals(List.of(Type.REFUSED), types(dispatch1.drainEvents()));
    }

    @Test
    void whenTheCriticalZoneCannotBeMetThePlanIsSuspendedAndControlReturns() {
        command(CH1_SP, CommandPriority.SCHEDULE, 7.0, T0, Duration.ofHours(4), "building schedule");
        command(CH1_SP, CommandPriority.PLAN, 7.5, T0, Duration.ofHours(4), "plan");
        PlantDispatch plantDispatch = new PlantDispatch(table, new ZoneLimitMonitor(List.of(ICU)), List.of(dispatch1, dispatch2));
        plantDispatch.tick(plant(T0, 7.4));
        assertEquals(750, ch1.holding(0));

        plantDispatch.tick(plant(T0.plus(Duration.ofMinutes(10)), 7.8));   // the supply drifts above 7.5 °C ...
        assertTrue(table.suspension().isEmpty(), "... but not yet for longer than the 5 min grace");
        Instant t16 = T0.plus(Duration.ofMinutes(16));
        plantDispatch.tick(plant(t16, 7.9));

        assertTrue(table.suspension().orElseThrow().contains("Z3"), table.suspension().orElseThrow());
        assertEquals(700, ch1.holding(0), "the plan's level was relinquished: the schedule's 7.0 °C governs");
        List<DispatchEvent> events = plantDispatch.drainEvents();
        assertTrue(types(events).contains(Type.PLAN_SUSPENDED), events.toString());
        assertEquals(Type.WRITTEN, events.get(events.size() - 1).type(), "then 7.0 °C written: " + events);
        assertEquals(Outcome.REFUSE, command(CH1_SP, CommandPriority.PLAN, 7.0, t16, Duration.ofHours(1), "plan").outcome(),
                "no plan commands while suspended");
        table.resumePlan();
        assertEquals(Outcome.ALLOW, command(CH1_SP, CommandPriority.PLAN, 7.0, t16, Duration.ofHours(1), "plan").outcome());
    }

    @Test
    void whenEveryCommandIsRelinquishedNothingMoreIsWritten() {
        command(CH1_SP, CommandPriority.PLAN, 7.5, T0, Duration.ofHours(1), "plan");
        dispatch1.run(T0, plant(T0, 7.0));
        table.relinquish(CH1_SP, CommandPriority.PLAN);

        Instant later = T0.plus(Duration.ofMinutes(30));
        assertEquals(DispatchState.IDLE, dispatch1.run(later, plant(later, 7.0)));
        assertEquals(1, ch1.writes, "no renewal: the plant's hold runs out and its own control takes over");
    }
}
