package io.wardwatt.plant;

/**
 * The condition a tower cell is selected for (its data sheet's rating): water in and out at this wet bulb with the
 * fans at full speed and the design water flow.
 */
public record TowerDesignPoint(double wetBulbC, double enteringWaterC, double leavingWaterC) {

    public double rangeK() {
        return enteringWaterC - leavingWaterC;
    }

    public double approachK() {
        return leavingWaterC - wetBulbC;
    }
}
