package io.wardwatt.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The demo plant's tower cells: the design point they are rated for, how the fans hold a set-point, the flow limits. */
class CoolingTowerCellsTest {

    private static final CoolingTowerCells TOWERS = PlantDefinitionReader.readFile(Path.of("chiller-models/plants/demo-hospital.yaml")).towers();
    private static final double PUMP_M3S = 678 / 3600.0;

    @Test
    void aCellAtItsDesignFlowAndFullFanSpeedMeetsItsRating() {
        // Rated 35.25 → 30.0 °C at 26.0 °C wet bulb with 678 m³/h: the correlation's reference flow was sized for exactly that.
        assertEquals(30.0, TOWERS.fullSpeedLeavingC(26.0, 5.25, PUMP_M3S, 1), 1e-6);
        // 4,136 kW through one pump's water is the 5.25 K range (ρ·cp = 998 × 4.186 kJ/m³K)
        assertEquals(4136 / (PUMP_M3S * 998 * 4.186), CoolingTowerCells.rangeK(4136, PUMP_M3S), 1e-12);
        assertEquals(5.25, CoolingTowerCells.rangeK(4136, PUMP_M3S), 0.01);
    }

    @Test
    void theFansRunAtTheSpeedWhoseApproachIsTheSetPoints() {
        TowerDuty duty = TOWERS.toSetpoint(20, 4, 2 * PUMP_M3S, 2, 26);
        assertTrue(duty.reached());
        assertTrue(duty.airFlowRatio() > TOWERS.minAirFlowRatio() && duty.airFlowRatio() < 1, "between the speed limits: " + duty);
        assertEquals(6.0, TOWERS.approachK(20, 4, 2 * PUMP_M3S, 2, duty.airFlowRatio()), 1e-6);
        assertEquals(2 * 37 * Math.pow(duty.airFlowRatio(), 3), duty.fanKw(), 1e-9, "fan power follows the air flow cubed");
        assertEquals(26, duty.leavingWaterC());
        // colder water needs faster fans
        assertTrue(TOWERS.toSetpoint(20, 4, 2 * PUMP_M3S, 2, 25).fanKw() > duty.fanKw());
    }

    @Test
    void aSetPointBelowWhatFullSpeedReachesLeavesTheWaterWarmerAtFullSpeed() {
        TowerDuty duty = TOWERS.toSetpoint(24, 5, PUMP_M3S, 1, 25);
        assertFalse(duty.reached());
        assertTrue(duty.atFullSpeed());
        assertEquals(37, duty.fanKw(), 1e-12);
        assertEquals(TOWERS.fullSpeedLeavingC(24, 5, PUMP_M3S, 1), duty.leavingWaterC(), 1e-12);
        assertTrue(duty.leavingWaterC() > 25);
    }

    @Test
    void belowMinimumSpeedTheFansCycleAndWithEnoughFreeConvectionTheyStayOff() {
        double wetBulb = 10;
        double range = 3;
        double full = TOWERS.fullSpeedLeavingC(wetBulb, range, PUMP_M3S, 1);
        double atMinimum = wetBulb + TOWERS.approachK(wetBulb, range, PUMP_M3S, 1, TOWERS.minAirFlowRatio());
        // EnergyPlus: with the fan off the cell still does 12.5 % of its full-speed cooling of the entering water.
        double setpoint = atMinimum + 0.5;
        double entering = setpoint + range;
        double fanOff = entering - 0.125 * (entering - full);
        assertTrue(setpoint < fanOff, "the case cycles");
        TowerDuty cycling = TOWERS.toSetpoint(wetBulb, range, PUMP_M3S, 1, setpoint);
        double onFraction = (fanOff - setpoint) / (fanOff - atMinimum);
        assertEquals(onFraction, cycling.fanOnFraction(), 1e-12);
        assertEquals(37 * 0.3 * 0.3 * 0.3 * onFraction, cycling.fanKw(), 1e-12);

        TowerDuty off = TOWERS.toSetpoint(wetBulb, range, PUMP_M3S, 1, 40);
        assertEquals(0, off.fanKw());
        assertTrue(off.reached());
    }

    @Test
    void aboveTheCorrelationsWetBulbTheWaterIsTakenWarmerNotColder() {
        // 30.5 °C wet bulb (Shanghai typical year, 16 July 06:00) is past YorkCalc's 26.7 °C: the approach of 26.7 °C is used,
        // which is wider than the polynomial's own value at 30.5 °C (the approach narrows as the wet bulb rises).
        double leaving = TOWERS.fullSpeedLeavingC(30.5, 5, PUMP_M3S, 1);
        double ratio = TOWERS.waterFlowRatio(PUMP_M3S, 1);
        assertEquals(30.5 + TOWERS.model().approachK(26.7, 5, ratio, 1), leaving, 1e-12);
        assertTrue(leaving > 30.5 + TOWERS.model().approachK(30.5, 5, ratio, 1));
    }

    @Test
    void theWaterOfRunningChillersIsSharedByAsFewOrAsManyCellsAsTheirFlowLimitsAllow() {
        // 480..770 m³/h per cell; five pumps of 678 m³/h and CH6's 611 m³/h.
        double[] flows = {678, 2 * 678, 3 * 678, 4 * 678, 5 * 678, 5 * 678 + 611};
        int[][] expected = {{1, 1}, {2, 2}, {3, 4}, {4, 5}, {5, 6}, {6, 6}};
        for (int n = 0; n < flows.length; n++) {
            double flow = flows[n] / 3600;
            assertEquals(expected[n][0], TOWERS.fewestCells(flow), "fewest for " + flows[n]);
            assertEquals(expected[n][1], TOWERS.mostCells(flow), "most for " + flows[n]);
        }
        assertEquals(-1, TOWERS.mostCells(300 / 3600.0), "below one cell's minimum");
    }
}
