package io.wardwatt.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * A slot's commands with and without the battery's power set-point, and the battery command through the command
 * table as the plan follower puts it in: the shipped battery template's range, the critical-zone suspension.
 */
class PlanCommandsTest {

    static final Instant T0 = Instant.parse("2026-07-16T09:00:00Z");
    static final Duration MARGIN = Duration.ofMinutes(2);
    static final TemplateCatalog CATALOG = TemplateCatalog.load(List.of());
    static final Map<String, DeviceTemplate> TEMPLATES = Map.of("CH1", CATALOG.find("wardwatt-chiller-wc").orElseThrow(), "P1",
            CATALOG.find("wardwatt-pump-vsd").orElseThrow(), "BESS", CATALOG.find("wardwatt-battery").orElseThrow());
    static final CommandedPoint BESS_KW = CommandedPoint.batteryPower("BESS");

    private final UUID plan = UUID.randomUUID();
    private final CommandTable table = new CommandTable(WriteGuard.all(List.of(new WritablePointGuard(TEMPLATES),
            new ZoneLimitGuard(List.of(new CriticalZone("Z3", "ICU", 7.5, 1, Duration.ofMinutes(5)))))));
    private final PlanFollower follower = new PlanFollower(table, MARGIN);
    private final PlantSnapshot plant = new PlantSnapshot(T0, 7.0, Map.of("CH1", new ChillerStatus(true, true, false, null)));

    private SlotInForce slot(int index, SlotInForce.BatteryCommand battery) {
        Instant from = T0.plus(Duration.ofMinutes(15L * index));
        return new SlotInForce(plan, false, index, from, from.plus(Duration.ofMinutes(15)), 7.0,
                List.of(new SlotInForce.ChillerCommand("CH1", true, 2500)), List.of(new SlotInForce.PumpCommand("P1", true, 0.8)), battery);
    }

    @Test
    void withoutABatteryCommandNothingIsCommandedToTheBattery() {
        SlotInForce old = new SlotInForce(plan, false, 0, T0, T0.plus(Duration.ofMinutes(15)), 7.0,
                List.of(new SlotInForce.ChillerCommand("CH1", true, 2500)), List.of(new SlotInForce.PumpCommand("P1", true, 0.8)));
        Map<CommandedPoint, Command> commands = PlanCommands.of(old, MARGIN);
        assertEquals(List.of(CommandedPoint.chillerEnable("CH1"), CommandedPoint.supplySetpoint("CH1"), CommandedPoint.pumpEnable("P1"),
                CommandedPoint.pumpSpeed("P1")), List.copyOf(commands.keySet()));
        assertTrue(commands.keySet().stream().noneMatch(p -> p.kind() == CommandKind.BATTERY_POWER));
        assertEquals(old, slot(0, null), "the constructor without a battery is a slot with none");
    }

    @Test
    void aBatteryCommandIsItsPowerSetPointAtThePlansLevelExpiringLikeTheOthers() {
        Map<CommandedPoint, Command> discharge = PlanCommands.of(slot(2, new SlotInForce.BatteryCommand("BESS", 180.46)), MARGIN);
        Command command = discharge.get(BESS_KW);
        assertEquals(new CommandedPoint("BESS", "KW_SP", CommandKind.BATTERY_POWER), BESS_KW);
        assertEquals(CommandPriority.PLAN, command.priority());
        assertEquals(180.5, command.value(), "to the register's 0.1 kW");
        Instant slotEnd = T0.plus(Duration.ofMinutes(45));
        assertEquals(slotEnd.plus(MARGIN), command.expiresAt());
        assertEquals(discharge.get(CommandedPoint.chillerEnable("CH1")).expiresAt(), command.expiresAt(), "as the chillers' commands");
        assertEquals("plan " + plan + " slot 2", command.source());
        assertEquals(5, discharge.size());

        assertEquals(-250.0, PlanCommands.of(slot(0, new SlotInForce.BatteryCommand("BESS", -250.0)), MARGIN).get(BESS_KW).value(), "charge");
        assertEquals(0.0, PlanCommands.of(slot(0, new SlotInForce.BatteryCommand("BESS", 0.0)), MARGIN).get(BESS_KW).value(), "held idle");
    }

    @Test
    void theFollowerPutsTheBatteryInAndRelinquishesItWhenTheNextSlotHasNone() {
        follower.follow(Optional.of(slot(0, new SlotInForce.BatteryCommand("BESS", -120.0))), T0, plant);
        assertEquals(-120.0, table.effective(BESS_KW, T0).orElseThrow().value());
        assertTrue(follower.drainEvents().stream().anyMatch(e -> e.type() == Type.PLAN_COMMANDED && e.text().contains("5 of 5 commands")
                && e.text().contains("battery BESS -120.0 kW")));

        Instant t1 = T0.plus(Duration.ofMinutes(15));
        follower.follow(Optional.of(slot(1, null)), t1, plant);
        assertTrue(table.effective(BESS_KW, t1).isEmpty(), "no battery command in this slot: the battery's own timetable");
        assertTrue(table.effective(CommandedPoint.chillerEnable("CH1"), t1).isPresent());
    }

    @Test
    void aPowerOutsideTheTemplatesRangeIsRefusedAndNotStored() {
        follower.follow(Optional.of(slot(0, new SlotInForce.BatteryCommand("BESS", 600.0))), T0, plant);
        assertTrue(table.effective(BESS_KW, T0).isEmpty());
        List<DispatchEvent> events = follower.drainEvents();
        assertTrue(events.stream().anyMatch(e -> e.type() == Type.REFUSED && e.point().equals(BESS_KW) && e.text().contains("maximum 500.0")),
                events.toString());
        assertTrue(events.stream().anyMatch(e -> e.type() == Type.PLAN_COMMANDED && e.text().contains("4 of 5 commands")), events.toString());

        Instant t1 = T0.plus(Duration.ofMinutes(15));
        follower.follow(Optional.of(slot(1, new SlotInForce.BatteryCommand("BESS", -500.1))), t1, plant);
        assertTrue(table.effective(BESS_KW, t1).isEmpty());
        assertTrue(follower.drainEvents().stream().anyMatch(e -> e.type() == Type.REFUSED && e.text().contains("minimum -500.0")));
    }

    @Test
    void theCriticalZoneSuspensionRelinquishesTheBatteryCommandToo() {
        follower.follow(Optional.of(slot(0, new SlotInForce.BatteryCommand("BESS", 300.0))), T0, plant);
        Instant t = T0.plus(Duration.ofMinutes(5));
        List<CommandedPoint> released = table.suspendPlan("zone Z3: supply ≤ 7.5 °C not met", t);
        assertTrue(released.contains(BESS_KW), released.toString());
        assertTrue(table.effective(BESS_KW, t).isEmpty());
        assertFalse(table.command(BESS_KW, new Command(CommandPriority.PLAN, 300.0, t.plusSeconds(600), "plan"), t, plant).allowed(),
                "refused at the plan's level while suspended");
    }
}
