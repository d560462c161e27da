package io.wardwatt.plant;

/**
 * How the running tower cells meet (or fail to meet) a leaving-water set-point.
 *
 * @param reached whether the water leaves at the set-point; when not, the fans run at full speed and the water
 *        leaves warmer, at {@code leavingWaterC}
 * @param leavingWaterC water leaving the cells (entering the chillers' condensers), °C
 * @param airFlowRatio the fans' air flow over full speed while they run (0 when they are off)
 * @param fanOnFraction share of the time the fans run: below 1 when they cycle at minimum speed
 * @param fanKw electric power of the running cells' fans, kW
 */
public record TowerDuty(boolean reached, double leavingWaterC, double airFlowRatio, double fanOnFraction, double fanKw) {

    /** No water flows: no cell runs. */
    public static final TowerDuty IDLE = new TowerDuty(true, Double.NaN, 0, 0, 0);

    /** Whether the fans run at full speed all the time. */
    public boolean atFullSpeed() {
        return airFlowRatio >= 1 - 1e-9 && fanOnFraction >= 1 - 1e-9;
    }
}
