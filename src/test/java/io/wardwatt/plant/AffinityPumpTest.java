package io.wardwatt.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AffinityPumpTest {

    @Test
    void flowFollowsSpeedHeadItsSquareAndPowerItsCube() {
        AffinityPump pump = new AffinityPump(0.15, 300.0, 60.0);

        PumpOperatingPoint half = pump.at(0.5);
        PumpOperatingPoint eighty = pump.at(0.8);

        assertEquals(0.075, half.flowM3s(), 1e-12);
        assertEquals(75.0, half.headKpa(), 1e-9);
        assertEquals(7.5, half.powerKw(), 1e-9);
        assertEquals(0.8 * 0.8 * 0.8 * 60.0, eighty.powerKw(), 1e-9);
        assertEquals(0, pump.at(0).powerKw());
        assertEquals(60.0, pump.at(1.3).powerKw(), 1e-9, "no overspeed");
        assertEquals(0.6, pump.speedForFlow(0.09), 1e-12);
    }

    @Test
    void theDesignPointComesFromHydraulics() {
        // 0.1 m3/s against 30 m at 75 % wire-to-water: 998 * 9.81 * 0.1 * 30 / 0.75 = 39.16 kW.
        AffinityPump pump = AffinityPump.fromHydraulics(0.1, 30.0, 0.75);

        assertEquals(998 * 9.81 * 0.1 * 30 / 0.75 / 1000, pump.designPowerKw(), 1e-9);
        assertEquals(30 * 998 * 9.81 / 1000, pump.designHeadKpa(), 1e-9);
    }
}
