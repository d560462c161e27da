package io.wardwatt.control.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.MutableClock;
import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.ModbusClient;
import io.wardwatt.acquisition.ModbusEndpoint;
import io.wardwatt.acquisition.RegisterFunction;
import io.wardwatt.acquisition.TemplateCatalog;
import io.wardwatt.acquisition.runtime.J2modConnector;
import io.wardwatt.acquisition.runtime.Loopback;
import io.wardwatt.control.Command;
import io.wardwatt.control.CommandPriority;
import io.wardwatt.control.CommandTable;
import io.wardwatt.control.CommandedPoint;
import io.wardwatt.control.DeviceDispatch;
import io.wardwatt.control.DispatchEvent;
import io.wardwatt.control.DispatchEvent.Type;
import io.wardwatt.control.DispatchSettings;
import io.wardwatt.control.DispatchState;
import io.wardwatt.control.GuardVerdict;
import io.wardwatt.control.MinRunStopGuard;
import io.wardwatt.control.ModbusPlantPort;
import io.wardwatt.control.PlanFollower;
import io.wardwatt.control.PlantSnapshot;
import io.wardwatt.control.SetpointRateGuard;
import io.wardwatt.control.WritablePointGuard;
import io.wardwatt.control.WriteGuard;
import io.wardwatt.control.ZoneLimitGuard;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.optimize.SlotInForce;
import io.wardwatt.plant.CriticalZone;
import io.wardwatt.sim.runtime.ModbusHospital;
import io.wardwatt.sim.runtime.SimulatorOptions;
import io.wardwatt.sim.runtime.SimulatorSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan's battery set-point against the simulated hospital's battery over real Modbus TCP on loopback: put in by
 * the plan follower, written and read back through acquisition's PointWrite by the same dispatch and guards as the
 * chillers, followed by the battery (power, mode, charge and energy counter as the physics says), kept within its
 * reserve, expired back to the battery's own timetable, beaten by an engineer's override, refused outside ±500 kW
 * with nothing sent, faulted when the battery ignores writes and backed off when it does not answer.
 *
 * <p>The simulated battery holds 1,000 kWh, starts full, keeps 85 % as its reserve, loses 5 % each way, and on its
 * own timetable rests until 18:00 and discharges 100 kW from 18:00 to 21:00 (Shanghai time). Its registers, as
 * the template maps them: holding 0-1 KW_SP int32 in 0.1 kW; input 0 SOC in 0.1 %, 2-3 KW int32 in 0.1 kW, 8-9
 * DIS.KWH uint32 in 0.1 kWh, 10 MODE (0 standby, 1 charging, 2 discharging, 3 reserve held).
 */
class SimulatedBatteryDispatchTest {

    /** Tuesday 22 July 2025, 17:30 in Shanghai: the battery's timetable rests until 18:00. */
    static final Instant EVENING = Instant.parse("2025-07-22T09:30:00Z");
    /** The same day, 14:00 in Shanghai. */
    static final Instant AFTERNOON = Instant.parse("2025-07-22T06:00:00Z");
    static final Duration HOLD = Duration.ofMinutes(10);
    static final Duration MARGIN = Duration.ofMinutes(2);
    static final DeviceTemplate BATTERY = TemplateCatalog.load(List.of()).find("wardwatt-battery").orElseThrow();
    static final CommandedPoint BESS_KW = CommandedPoint.batteryPower("BESS");
    static final int STANDBY = 0;
    static final int DISCHARGING = 2;
    static final int RESERVE_HELD = 3;

    @TempDir
    Path directory;

    private MutableClock clock;
    private Instant start;
    private ModbusHospital hospital;
    private Loopback.CuttableRelay relay;
    private ModbusClient client;
    private CommandTable table;
    private DeviceDispatch dispatch;
    private PlanFollower follower;
    private ModbusPlantPort port;
    private final List<DispatchEvent> events = new ArrayList<>();
    private final UUID plan = UUID.randomUUID();

    /** The simulated battery served at {@code at}; dispatch with the service's guards and a 5 min heartbeat. */
    private void start(Instant at) throws Exception {
        start = at;
        clock = new MutableClock(at);
        int simPort = Loopback.freePort();
        Path devices = directory.resolve("devices.yaml");
        Files.writeString(devices, "devices:\n  - {code: BESS, template: wardwatt-battery, host: 127.0.0.1, port: " + simPort + "}\n");
        hospital = SimulatorSetup.build(new SimulatorOptions(devices, List.of(), SimulatorOptions.DEFAULT_CHILLER_MODELS, null, 42, 1.0, at,
                HOLD, Duration.ofSeconds(1), null), clock);
        hospital.start(Duration.ofHours(1));
        relay = new Loopback.CuttableRelay(simPort);
        client = new J2modConnector().connect(new ModbusEndpoint("127.0.0.1", relay.port(), 1, Duration.ofSeconds(1)));
        Map<String, DeviceTemplate> templates = Map.of("BESS", BATTERY);
        CriticalZone icu = new CriticalZone("Z3", "operating theatres, ICU", 7.5, 1, Duration.ofMinutes(5));
        table = new CommandTable(WriteGuard.all(List.of(new WritablePointGuard(templates), new ZoneLimitGuard(List.of(icu)))));
        WriteGuard guards = WriteGuard.all(List.of(new WritablePointGuard(templates), new ZoneLimitGuard(List.of(icu)),
                new SetpointRateGuard(0.25, Duration.ofMinutes(2)), new MinRunStopGuard(Duration.ofMinutes(60), Duration.ofMinutes(30))));
        port = new ModbusPlantPort(Map.of("BESS", new ModbusPlantPort.Connection(BATTERY, client)));
        dispatch = new DeviceDispatch("BESS", table, port, guards, new DispatchSettings(Duration.ofMinutes(5), Duration.ofSeconds(10),
                Duration.ofMinutes(5), 0.011));
        follower = new PlanFollower(table, MARGIN);
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (relay != null) {
            relay.close();
        }
        if (hospital != null) {
            hospital.close();
        }
    }

    /** Moves the simulator's time to {@code minutes} after the start and lets it take the writes and update its registers. */
    private Instant at(int minutes) {
        clock.set(start.plus(Duration.ofMinutes(minutes)));
        hospital.update();
        return clock.instant();
    }

    private DispatchState tick(Instant now) {
        DispatchState state = dispatch.run(now, new PlantSnapshot(now, 7.0, Map.of()));
        events.addAll(follower.drainEvents());
        events.addAll(dispatch.drainEvents());
        return state;
    }

    private SlotInForce slot(int index, Instant from, Duration length, double batteryKw) {
        return new SlotInForce(plan, false, index, from, from.plus(length), 7.0, List.of(), List.of(),
                new SlotInForce.BatteryCommand("BESS", batteryKw));
    }

    private int int32(RegisterFunction function, int address) throws Exception {
        int[] words = client.readRegisters(function, address, 2);
        return (words[0] << 16) | words[1];
    }

    /** KW_SP as the register holds it, kW. */
    private double setpointKw() throws Exception {
        return int32(RegisterFunction.HOLDING, 0) / 10.0;
    }

    private double powerKw() throws Exception {
        return int32(RegisterFunction.INPUT, 2) / 10.0;
    }

    private double dischargedKwh() throws Exception {
        return (int32(RegisterFunction.INPUT, 8) & 0xFFFFFFFFL) / 10.0;
    }

    private double stateOfChargePercent() throws Exception {
        return client.readRegisters(RegisterFunction.INPUT, 0, 1)[0] / 10.0;
    }

    private int mode() throws Exception {
        return client.readRegisters(RegisterFunction.INPUT, 10, 1)[0];
    }

    private long count(Type type) {
        return events.stream().filter(e -> e.type() == type).count();
    }

    @Test
    void thePlansSetPointIsWrittenReadBackFollowedAndExpiresBackToTheBatterysTimetable() throws Exception {
        start(EVENING);
        Instant t0 = at(0);
        assertEquals(STANDBY, mode(), "the timetable rests before 18:00");
        assertEquals(0.0, setpointKw());
        assertEquals(100.0, stateOfChargePercent(), "full");
        double dischargedBefore = dischargedKwh();

        // slot 17:30-17:45 discharges 250 kW; no later slot is put in, so the command ends with the slot plus the margin
        follower.follow(Optional.of(slot(0, t0, Duration.ofMinutes(15), 250.0)), t0, new PlantSnapshot(t0, 7.0, Map.of()));
        assertEquals(DispatchState.HOLDING, tick(t0));
        assertEquals(250.0, setpointKw(), "written and read back over Modbus");
        assertTrue(events.stream().anyMatch(e -> e.type() == Type.WRITTEN && e.point().equals(BESS_KW) && e.text().contains("read back 250.0")),
                events.toString());

        for (int minute = 1; minute <= 5; minute++) {
            tick(at(minute));
        }
        assertEquals(DISCHARGING, mode());
        assertEquals(250.0, powerKw(), "the battery follows the set-point");
        assertEquals(250.0, setpointKw(), "the set-point register reads what was written");
        // 250 kW for 5 min is 20.8 kWh out, and 20.8 / 0.95 = 21.9 kWh (2.19 % of 1,000 kWh) taken from the cells
        assertEquals(250.0 * 5 / 60, dischargedKwh() - dischargedBefore, 0.1 + 1e-9, "discharged energy = power × time");
        assertEquals(100.0 - 250.0 * 5 / 60 / 0.95 / 10, stateOfChargePercent(), 0.05 + 1e-9, "state of charge after the losses");

        // the heartbeat renews it every 5 min up to the slot's end, then it expires at 17:47 and nothing more is written
        for (int minute = 6; minute <= 25; minute++) {
            tick(at(minute));
        }
        assertEquals(4, count(Type.WRITTEN), "17:30 and its renewals at 17:35, 17:40 and 17:45: " + events);
        assertEquals(start.plus(Duration.ofMinutes(15)), dispatch.lastWrite(BESS_KW).at());
        assertEquals(1, count(Type.EXPIRED), events.toString());
        assertEquals(DispatchState.IDLE, dispatch.state());
        assertEquals(250.0, powerKw(), "17:55: the battery still holds the last write (its 10 min command hold)");

        tick(at(26));
        assertEquals(STANDBY, mode(), "17:56: the hold ran out, the battery's own timetable rests until 18:00");
        assertEquals(0.0, powerKw());
        assertEquals(0.0, setpointKw());
        // 250 kW for 25 min: 104.2 kWh out, 109.6 kWh from the cells
        assertEquals(100.0 - 250.0 * 25 / 60 / 0.95 / 10, stateOfChargePercent(), 0.05 + 1e-9);

        tick(at(35));
        assertEquals(DISCHARGING, mode(), "18:05: its timetable's evening discharge");
        assertEquals(100.0, powerKw());
        assertEquals(100.0, setpointKw());
        assertEquals(4, count(Type.WRITTEN), "nothing written after the command expired");
    }

    @Test
    void theBatteryKeepsItsReserveWhenThePlanAsksForMore() throws Exception {
        start(AFTERNOON);
        Instant t0 = at(0);
        double dischargedBefore = dischargedKwh();
        follower.follow(Optional.of(slot(0, t0, Duration.ofHours(1), 500.0)), t0, new PlantSnapshot(t0, 7.0, Map.of()));
        tick(t0);
        tick(at(5));
        assertEquals(DISCHARGING, mode());
        assertEquals(500.0, powerKw(), "the largest power the template allows");

        // 150 kWh above the 85 % reserve give 142.5 kWh at 95 %: 17.1 min at 500 kW; at 14:26 the last renewal (14:25) has
        // been taken by the battery, so its register shows what it holds, not the words just written
        for (int minute = 6; minute <= 26; minute++) {
            tick(at(minute));
        }
        assertEquals(RESERVE_HELD, mode());
        assertEquals(0.0, powerKw());
        assertEquals(85.0, stateOfChargePercent(), 1e-9, "stopped at the reserve, not below");
        assertTrue(hospital.hospital().battery().stateOfChargePercent() >= 85.0 - 1e-9);
        assertEquals(150.0 * 0.95, dischargedKwh() - dischargedBefore, 0.1 + 1e-9, "the reserve's energy stayed in the battery");
        assertEquals(500.0, setpointKw(), "the set-point is still held (renewed), the battery's own limit governs");
        assertEquals(DispatchState.HOLDING, dispatch.state());
        assertEquals(0, count(Type.READ_BACK_FAILED));
    }

    @Test
    void anEngineersOverrideBeatsThePlanUntilItExpires() throws Exception {
        start(AFTERNOON);
        Instant t0 = at(0);
        follower.follow(Optional.of(slot(0, t0, Duration.ofHours(1), 250.0)), t0, new PlantSnapshot(t0, 7.0, Map.of()));
        tick(t0);
        assertEquals(250.0, setpointKw());

        Instant t2 = at(2);
        GuardVerdict verdict = table.command(BESS_KW, new Command(CommandPriority.MANUAL_OPERATOR, 40.0, t2.plus(Duration.ofMinutes(5)),
                "override by ann"), t2, new PlantSnapshot(t2, 7.0, Map.of()));
        assertTrue(verdict.allowed());
        tick(t2);
        assertEquals(40.0, setpointKw(), "no rate limit holds a battery set-point back");
        tick(at(3));
        assertEquals(40.0, powerKw());

        tick(at(7));
        assertEquals(250.0, setpointKw(), "the override expired: the plan's again");
        tick(at(8));
        assertEquals(250.0, powerKw());
    }

    @Test
    void aSetPointOutsidePlusMinus500KwIsRefusedWithNothingWritten() throws Exception {
        start(AFTERNOON);
        Instant t0 = at(0);
        PlantSnapshot plant = new PlantSnapshot(t0, 7.0, Map.of());
        follower.follow(Optional.of(slot(0, t0, Duration.ofHours(1), 600.0)), t0, plant);
        assertEquals(DispatchState.IDLE, tick(t0));
        assertTrue(events.stream().anyMatch(e -> e.type() == Type.REFUSED && e.point().equals(BESS_KW) && e.text().contains("maximum 500.0")),
                events.toString());
        assertTrue(table.effective(BESS_KW, t0).isEmpty(), "not stored");

        GuardVerdict charge = table.command(BESS_KW, new Command(CommandPriority.MANUAL_LIFE_SAFETY, -500.5, t0.plus(Duration.ofMinutes(5)),
                "override by ann"), t0, plant);
        assertEquals(GuardVerdict.Outcome.REFUSE, charge.outcome(), "at any level");
        assertTrue(charge.reason().contains("minimum -500.0"), charge.reason());
        assertThrows(InvalidInputException.class, () -> port.write(BESS_KW, 600.0), "the port refuses before sending");

        assertEquals(DispatchState.IDLE, tick(at(1)));
        assertEquals(0, count(Type.WRITTEN));
        assertEquals(0.0, setpointKw(), "the register holds the timetable's set-point");
        assertFalse(hospital.hospital().battery().commands().active(clock.instant()), "no write reached the battery");
        assertEquals(STANDBY, mode());
    }

    @Test
    void aBatteryThatIgnoresWritesFaultsUntilAcknowledgedAndOneThatDoesNotAnswerIsBackedOff() throws Exception {
        start(AFTERNOON);
        Instant t0 = at(0);
        follower.follow(Optional.of(slot(0, t0, Duration.ofHours(1), 200.0)), t0, new PlantSnapshot(t0, 7.0, Map.of()));
        // its controller switched to local: it answers writes and ignores them
        hospital.localControl("BESS", true);
        assertEquals(DispatchState.FAULT, tick(t0));
        assertEquals(1, count(Type.READ_BACK_FAILED));
        assertTrue(dispatch.fault().orElseThrow().contains("BESS.KW_SP written 200.0 but read back 0.0"), dispatch.fault().orElseThrow());

        hospital.localControl("BESS", false);
        assertEquals(DispatchState.FAULT, tick(at(1)), "no more writes until an engineer acknowledges");
        assertEquals(0.0, setpointKw());
        dispatch.acknowledge(at(2), "ann");
        assertEquals(DispatchState.HOLDING, tick(clock.instant()));
        assertEquals(200.0, setpointKw(), "written again after the acknowledgement");

        // the battery drops off the network: the next due write backs off 10 s, then 20 s
        relay.cut();
        Instant t8 = at(8);
        assertEquals(DispatchState.BACKING_OFF, tick(t8), "the renewal does not get through");
        assertEquals(DispatchState.BACKING_OFF, tick(t8.plusSeconds(5)), "waits 10 s");
        assertEquals(1, count(Type.UNREACHABLE));
        assertEquals(DispatchState.BACKING_OFF, tick(t8.plusSeconds(10)));
        assertEquals(2, count(Type.UNREACHABLE));
        assertTrue(events.get(events.size() - 1).text().contains("next try at " + t8.plusSeconds(30)), events.get(events.size() - 1).text());
    }
}
