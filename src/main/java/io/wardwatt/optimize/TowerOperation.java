package io.wardwatt.optimize;

import io.wardwatt.plant.CoolingTowerCells;
import io.wardwatt.plant.TowerDuty;
import java.util.function.DoubleUnaryOperator;

/**
 * How the towers run in an evaluated slot: the running cells hold the decision's set-point when they can; when even
 * full speed cannot, the water comes back warmer, and that warmer water is what the chillers see. Their power at it
 * changes the heat rejected and so the range, hence two fixed-point passes (the approach moves little with the range).
 *
 * @param condenserC water entering the chillers, °C
 * @param cells tower cells running
 */
record TowerOperation(double condenserC, int cells, TowerDuty duty) {

    private static final int WARMER_WATER_PASSES = 2;

    /**
     * @param requestedCells 0 for every cell the water can be shared among
     * @param chillerKwAt the running chillers' power at a condenser-entering temperature, kW
     */
    static TowerOperation settle(CondenserWaterPlant plant, double wetBulbC, double loadKw, int mask, int requestedCells, double setpointC,
            DoubleUnaryOperator chillerKwAt) {
        CoolingTowerCells towers = plant.towers();
        double flow = plant.flowM3s(mask);
        int cells = requestedCells > 0 ? requestedCells : Math.max(1, towers.mostCells(flow));
        double power = chillerKwAt.applyAsDouble(setpointC);
        TowerDuty duty = towers.toSetpoint(wetBulbC, CoolingTowerCells.rangeK(loadKw + safe(power), flow), flow, cells, setpointC);
        if (duty.reached()) {
            return new TowerOperation(setpointC, cells, duty);
        }
        double water = duty.leavingWaterC();
        for (int pass = 0; pass < WARMER_WATER_PASSES; pass++) {
            double atWater = chillerKwAt.applyAsDouble(water);
            power = Double.isNaN(atWater) ? power : atWater;
            water = towers.fullSpeedLeavingC(wetBulbC, CoolingTowerCells.rangeK(loadKw + safe(power), flow), flow, cells);
        }
        return new TowerOperation(water, cells, new TowerDuty(false, water, 1, 1, cells * towers.fanPowerPerCellKw()));
    }

    private static double safe(double kw) {
        return Double.isNaN(kw) ? 0 : kw;
    }
}
