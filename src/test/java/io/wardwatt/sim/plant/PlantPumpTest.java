package io.wardwatt.sim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wardwatt.plant.PumpOperatingPoint;
import io.wardwatt.sim.control.RemoteCommands;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlantPumpTest {

    private final Instant now = Instant.parse("2025-07-21T02:00:00Z");

    @Test
    void aSizedPumpRunsAtItsDesignPointAndFollowsTheAffinityLawsOnItsLoop() {
        PlantPump pump = PlantPump.sized("PCHWP1", 0.15, 15, 0.72, new RemoteCommands(Duration.ofMinutes(10)), 0, 0);

        pump.run(true, 1.0, now);
        PumpOperatingPoint full = pump.point();
        // 0.15 m³/s against 15 m of water at 0.72 wire-to-water: 998 · 9.81 · 0.15 · 15 / 0.72 W.
        assertEquals(0.15, full.flowM3s(), 1e-9);
        assertEquals(998 * 9.81 * 0.15 * 15 / 0.72 / 1000, full.powerKw(), 1e-6);

        pump.run(true, 0.6, now);
        assertEquals(0.6 * 0.15, pump.point().flowM3s(), 1e-9);
        assertEquals(0.36 * full.headKpa(), pump.point().headKpa(), 1e-6);
        assertEquals(0.216 * full.powerKw(), pump.point().powerKw(), 1e-6);

        pump.run(true, 0.1, now);
        assertEquals(0.30, pump.point().speedFraction(), "never below the drive's minimum speed");
        pump.run(false, 1.0, now);
        assertEquals(0, pump.point().powerKw());
    }
}
