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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A slot that stops chillers against a critical zone's minimum: its stops are judged one after the other (each on
 * what the ones before leave), and a chiller kept for the zone keeps its pumps, so that it can still start. Found in
 * the closed-loop year: a plan made on a forecast of no load stopped every chiller; each stop on its own left enough,
 * and the two chillers the guard did keep had their pumps stopped, so none could run.
 */
class PlanFollowerStopsTest {

    static final Instant T0 = Instant.parse("2026-10-20T00:00:00Z");
    static final TemplateCatalog CATALOG = TemplateCatalog.load(List.of());
    static final DeviceTemplate CHILLER = CATALOG.find("wardwatt-chiller-wc").orElseThrow();
    static final DeviceTemplate PUMP = CATALOG.find("wardwatt-pump-vsd").orElseThrow();
    static final CriticalZone THEATRES = new CriticalZone("Z3", "operating theatres", 7.5, 2, Duration.ofMinutes(5));

    private final Map<String, DeviceTemplate> devices = new HashMap<>();
    private final Map<String, List<String>> paired = new LinkedHashMap<>();
    private final Map<String, ChillerStatus> chillers = new LinkedHashMap<>();

    PlanFollowerStopsTest() {
        for (int i = 1; i <= 4; i++) {
            devices.put("CH" + i, CHILLER);
            devices.put("PCHWP" + i, PUMP);
            devices.put("CWP" + i, PUMP);
            paired.put("CH" + i, List.of("PCHWP" + i, "CWP" + i));
            chillers.put("CH" + i, new ChillerStatus(true, i == 1, false, null));
        }
    }

    private SlotInForce slot(boolean... on) {
        List<SlotInForce.ChillerCommand> commands = new ArrayList<>();
        List<SlotInForce.PumpCommand> pumps = new ArrayList<>();
        for (int i = 1; i <= on.length; i++) {
            commands.add(new SlotInForce.ChillerCommand("CH" + i, on[i - 1], on[i - 1] ? 1500 : 0));
            pumps.add(new SlotInForce.PumpCommand("PCHWP" + i, on[i - 1], 1.0));
            pumps.add(new SlotInForce.PumpCommand("CWP" + i, on[i - 1], 1.0));
        }
        return new SlotInForce(UUID.randomUUID(), false, 0, T0, T0.plus(Duration.ofMinutes(30)), 7.0, commands, pumps);
    }

    private CommandTable table() {
        return new CommandTable(WriteGuard.all(List.of(new WritablePointGuard(devices), new ZoneLimitGuard(List.of(THEATRES)))));
    }

    private static long enabled(CommandTable table, int chillers) {
        long count = 0;
        for (int i = 1; i <= chillers; i++) {
            count += table.effective(CommandedPoint.chillerEnable("CH" + i), T0).map(c -> c.value() != 0).orElse(true) ? 1 : 0;
        }
        return count;
    }

    @Test
    void aSlotThatStopsEveryChillerLeavesTheZoneItsTwoAndTheirPumps() {
        CommandTable table = table();
        PlanFollower follower = new PlanFollower(table, Duration.ofMinutes(2), paired);
        PlantSnapshot plant = new PlantSnapshot(T0, 7.0, chillers);

        follower.follow(Optional.of(slot(false, false, false, false)), T0, plant);

        assertEquals(2, enabled(table, 4), "each stop judged on what the stops before it leave");
        for (int i = 1; i <= 4; i++) {
            boolean kept = table.effective(CommandedPoint.chillerEnable("CH" + i), T0).isEmpty();
            for (String pump : paired.get("CH" + i)) {
                boolean stopped = table.effective(CommandedPoint.pumpEnable(pump), T0).map(c -> c.value() == 0).orElse(false);
                assertEquals(!kept, stopped, pump + " of " + (kept ? "a kept" : "a stopped") + " chiller");
            }
        }
        assertTrue(follower.drainEvents().stream().anyMatch(e -> e.type() == Type.REFUSED && e.text().contains("must stay able to run")));
    }

    @Test
    void aStopIsJudgedWithTheChillersTheSameSlotStarts() {
        Map<String, ChillerStatus> twoEnabled = new LinkedHashMap<>(chillers);
        twoEnabled.put("CH3", new ChillerStatus(false, false, false, null));
        twoEnabled.put("CH4", new ChillerStatus(false, false, false, null));
        CommandTable table = table();
        PlanFollower follower = new PlanFollower(table, Duration.ofMinutes(2), paired);

        // CH1 and CH2 give way to CH3 and CH4: the stops come first in the slot's order, but are judged once the starts
        // of CH3 and CH4 are counted, so both go through
        follower.follow(Optional.of(slot(false, false, true, true)), T0, new PlantSnapshot(T0, 7.0, twoEnabled));

        assertEquals(0.0, table.effective(CommandedPoint.chillerEnable("CH1"), T0).orElseThrow().value());
        assertEquals(0.0, table.effective(CommandedPoint.chillerEnable("CH2"), T0).orElseThrow().value());
        assertEquals(1.0, table.effective(CommandedPoint.chillerEnable("CH3"), T0).orElseThrow().value());
    }
}
