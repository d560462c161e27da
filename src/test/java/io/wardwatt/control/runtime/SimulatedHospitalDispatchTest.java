package io.wardwatt.control.runtime;

import io.wardwatt.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wardwatt.acquisition.DeviceTemplate;
import io.wardwatt.acquisition.ModbusClient;
import io.wardwatt.acquisition.ModbusEndpoint;
import io.wardwatt.acquisition.RegisterFunction;
import io.wardwatt.acquisition.TemplateCatalog;
import io.wardwatt.acquisition.runtime.J2modConnector;
import io.wardwatt.acquisition.runtime.Loopback;
import io.wardwatt.control.ChillerStatus;
import io.wardwatt.control.Command;
import io.wardwatt.control.CommandKind;
import io.wardwatt.control.CommandPriority;
import io.wardwatt.control.CommandTable;
import io.wardwatt.control.CommandedPoint;
import io.wardwatt.control.DeviceDispatch;
import io.wardwatt.control.DispatchSettings;
import io.wardwatt.control.DispatchState;
import io.wardwatt.control.GuardVerdict;
import io.wardwatt.control.MinRunStopGuard;
import io.wardwatt.control.ModbusPlantPort;
import io.wardwatt.control.PlantSnapshot;
import io.wardwatt.control.SetpointRateGuard;
import io.wardwatt.control.WritablePointGuard;
import io.wardwatt.control.WriteGuard;
import io.wardwatt.control.ZoneLimitGuard;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.plant.CriticalZone;
import io.wardwatt.sim.runtime.ModbusHospital;
import io.wardwatt.sim.runtime.SimulatorOptions;
import io.wardwatt.sim.runtime.SimulatorSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dispatch against the simulated hospital over real Modbus TCP on loopback: CH1's set-point commanded by the plan,
 * written and read back through acquisition's PointWrite, beaten by an engineer's override, back to the plan when
 * the override expires, and back to the plant's own 7 °C when dispatch stops renewing (the command hold).
 */
class SimulatedHospitalDispatchTest {

    /** Tuesday 22 July 2025, 14:00 in Shanghai. */
    static final Instant T0 = Instant.parse("2025-07-22T06:00:00Z");
    static final DeviceTemplate CHILLER = TemplateCatalog.load(List.of()).find("wardwatt-chiller-wc").orElseThrow();
    static final CommandedPoint CH1_SP = CommandedPoint.supplySetpoint("CH1");

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock(T0);
    private ModbusHospital hospital;
    private ModbusClient client;
    private CommandTable table;
    private DeviceDispatch dispatch;

    @BeforeEach
    void start() throws Exception {
        int port = Loopback.freePort();
        Path devices = directory.resolve("devices.yaml");
        Files.writeString(devices, "devices:\n  - {code: CH1, template: wardwatt-chiller-wc, host: 127.0.0.1, port: " + port + "}\n");
        hospital = SimulatorSetup.build(new SimulatorOptions(devices, List.of(), SimulatorOptions.DEFAULT_CHILLER_MODELS, null, 42, 1.0, T0,
                Duration.ofMinutes(10), Duration.ofSeconds(1), null), clock);
        hospital.start(Duration.ofHours(1));
        client = new J2modConnector().connect(new ModbusEndpoint("127.0.0.1", port, 1, Duration.ofSeconds(1)));
        Map<String, DeviceTemplate> templates = Map.of("CH1", CHILLER);
        CriticalZone icu = new CriticalZone("Z3", "operating theatres, ICU", 7.5, 1, Duration.ofMinutes(5));
        table = new CommandTable(WriteGuard.all(List.of(new WritablePointGuard(templates), new ZoneLimitGuard(List.of(icu)))));
        WriteGuard guards = WriteGuard.all(List.of(new WritablePointGuard(templates), new ZoneLimitGuard(List.of(icu)),
                new SetpointRateGuard(0.25, Duration.ofMinutes(2)), new MinRunStopGuard(Duration.ofMinutes(60), Duration.ofMinutes(30))));
        dispatch = new DeviceDispatch("CH1", table, new ModbusPlantPort(Map.of("CH1", new ModbusPlantPort.Connection(CHILLER, client))),
                guards, new DispatchSettings(Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofMinutes(5), 0.005));
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        hospital.close();
    }

    /** Moves the simulator's time to {@code minutes} after the start and lets it update its registers. */
    private Instant at(int minutes) {
        clock.set(T0.plus(Duration.ofMinutes(minutes)));
        hospital.update();
        return clock.instant();
    }

    private PlantSnapshot plant(Instant now) {
        return new PlantSnapshot(now, 7.0, Map.of("CH1", new ChillerStatus(true, true, false, null)));
    }

    private int setpointRegister() throws Exception {
        return client.readRegisters(RegisterFunction.HOLDING, 0, 1)[0];
    }

    @Test
    void aPlanIsWrittenReadBackBeatenByAnOverrideAndThePlantFallsBackWhenRenewalsStop() throws Exception {
        Instant t0 = at(0);
        assertEquals(700, setpointRegister(), "the plant's own 7.00 °C");
        table.command(CH1_SP, new Command(CommandPriority.PLAN, 7.5, t0.plus(Duration.ofHours(1)), "plan 1"), t0, plant(t0));

        assertEquals(DispatchState.HOLDING, dispatch.run(t0, plant(t0)));
        assertEquals(750, setpointRegister(), "written and read back over Modbus");

        Instant t3 = at(3);
        table.command(CH1_SP, new Command(CommandPriority.MANUAL_OPERATOR, 6.5, t3.plus(Duration.ofMinutes(10)), "engineer ann"), t3,
                plant(t3));
        dispatch.run(t3, plant(t3));
        assertEquals(675, setpointRegister(), "the override wins over the plan, moved 0.75 K of its 1 K (0.25 K/min for 3 min)");

        Instant t13 = at(13);
        assertEquals(DispatchState.HOLDING, dispatch.run(t13, plant(t13)));
        assertEquals(750, setpointRegister(), "the override expired: the plan again");

        at(18);
        assertEquals(750, setpointRegister(), "still held 5 min after the last write");
        // the service stops: nothing renews the command; 10 min after the last write the plant's own control rules
        at(24);
        assertEquals(700, setpointRegister(), "fell back to the plant's 7.00 °C after the command hold");
    }

    @Test
    void aWriteToAReadOnlyPointIsRefusedBeforeAnythingIsSent() throws Exception {
        Instant t0 = at(0);
        CommandedPoint supply = new CommandedPoint("CH1", "CHWST", CommandKind.SUPPLY_SETPOINT);
        GuardVerdict verdict = table.command(supply, new Command(CommandPriority.MANUAL_OPERATOR, 7.0, t0.plus(Duration.ofMinutes(30)), "ann"),
                t0, plant(t0));
        assertEquals(GuardVerdict.Outcome.REFUSE, verdict.outcome());
        ModbusPlantPort port = new ModbusPlantPort(Map.of("CH1", new ModbusPlantPort.Connection(CHILLER, client)));
        assertThrows(InvalidInputException.class, () -> port.write(supply, 7.0));
        assertEquals(700, setpointRegister());
    }
}
