package io.wardwatt.plant;

import java.util.List;

/**
 * The plant's cooling-tower cells as its plant file's {@code towers} section describes them (read by
 * {@link TowerSectionReader}): identical variable-speed cells sharing the condenser water equally, modelled as
 * EnergyPlus's {@code CoolingTower:VariableSpeed} (Engineering Reference, "Variable Speed Cooling Towers Empirical
 * Models"): the approach from an empirical correlation, fan power proportional to the air-flow ratio cubed, and to
 * hold a set-point the fans run at the speed that gives the approach, cycle at their minimum speed when even that
 * cools too much, and stay off when free convection alone (a fixed fraction of the full-speed cooling) is enough.
 *
 * <p>The correlation's water-flow ratio is relative to its own reference flow, not to the cell's design flow: as in
 * EnergyPlus, the reference flow is the one at which the correlation gives the cell's design approach at its design
 * wet bulb and range with the fans at full speed ({@code referenceWaterFlowPerCellM3s}).
 *
 * @param modelFile the correlation's file as the plant file names it
 * @param designWaterFlowPerCellM3s water flow of one cell at its design point, m³/s
 * @param referenceWaterFlowPerCellM3s the correlation's reference water flow for one cell, m³/s
 * @param minCellWaterFlowM3s least water one running cell takes (its distribution), m³/s
 * @param maxCellWaterFlowM3s most water one running cell takes, m³/s
 * @param fanPowerPerCellKw one cell's fan at full speed, kW
 * @param minAirFlowRatio the fans' lowest speed (air flow over full-speed air flow)
 * @param freeConvectionFraction share of the full-speed cooling a cell gives with its fan off
 * @param condenserSetpointsC the leaving-water set-points a plan may choose from, °C, ascending
 */
public record CoolingTowerCells(TowerApproachCorrelation model, String modelFile, int cells, TowerDesignPoint design,
        double designWaterFlowPerCellM3s, double referenceWaterFlowPerCellM3s, double minCellWaterFlowM3s, double maxCellWaterFlowM3s,
        double fanPowerPerCellKw, double minAirFlowRatio, double freeConvectionFraction, List<Double> condenserSetpointsC) {

    private static final int BISECTIONS = 60;

    public CoolingTowerCells {
        condenserSetpointsC = List.copyOf(condenserSetpointsC);
        if (cells < 1 || !(minCellWaterFlowM3s > 0 && maxCellWaterFlowM3s >= minCellWaterFlowM3s) || !(fanPowerPerCellKw > 0)
                || !(minAirFlowRatio > 0 && minAirFlowRatio <= 1) || !(freeConvectionFraction >= 0 && freeConvectionFraction < 1)
                || !(referenceWaterFlowPerCellM3s > 0) || condenserSetpointsC.isEmpty()) {
            throw new IllegalArgumentException("towers: cells ≥ 1, 0 < min ≤ max cell flow, fan power > 0, 0 < minAirFlowRatio ≤ 1,"
                    + " 0 ≤ freeConvectionFraction < 1, a reference flow and at least one set-point are required");
        }
    }

    /** The fewest cells that can take this much water (each at most its maximum), or -1 when even all cannot. */
    public int fewestCells(double waterFlowM3s) {
        int fewest = (int) Math.ceil(waterFlowM3s / maxCellWaterFlowM3s - 1e-9);
        return waterFlowM3s <= 0 ? 0 : fewest <= mostCells(waterFlowM3s) ? Math.max(1, fewest) : -1;
    }

    /** The most cells that share this much water with each at least its minimum (at most all), or -1 when not even one can. */
    public int mostCells(double waterFlowM3s) {
        if (waterFlowM3s <= 0) {
            return 0;
        }
        int most = Math.min(cells, (int) Math.floor(waterFlowM3s / minCellWaterFlowM3s + 1e-9));
        return most >= 1 ? most : -1;
    }

    /** The correlation's water-flow ratio of each of {@code running} cells sharing the flow. */
    public double waterFlowRatio(double waterFlowM3s, int running) {
        return waterFlowM3s / running / referenceWaterFlowPerCellM3s;
    }

    /** Water range through the cells for this heat, K. */
    public static double rangeK(double rejectedKw, double waterFlowM3s) {
        return rejectedKw / (waterFlowM3s * Water.VOLUMETRIC_HEAT_KJ_M3K);
    }

    /**
     * The approach of {@code running} cells at this air-flow ratio, K, with the wet bulb and water-flow ratio held to
     * the correlation's range (EnergyPlus practice). The water leaves at the real wet bulb plus it: above the
     * correlation's highest wet bulb the approach of that highest one is used, which is larger than the real one
     * (the approach narrows as the wet bulb rises), so the water is taken warmer, never colder, than it will be.
     */
    public double approachK(double wetBulbC, double rangeK, double waterFlowM3s, int running, double airFlowRatio) {
        return model.boundedApproachK(wetBulbC, rangeK, waterFlowRatio(waterFlowM3s, running), airFlowRatio);
    }

    /** Water leaving {@code running} cells with their fans at full speed: the coldest they reach, °C. */
    public double fullSpeedLeavingC(double wetBulbC, double rangeK, double waterFlowM3s, int running) {
        return wetBulbC + approachK(wetBulbC, rangeK, waterFlowM3s, running, 1.0);
    }

    /**
     * The fans of {@code running} cells holding the leaving water at a set-point, in EnergyPlus's sequence: at full
     * speed when even that leaves the water warmer (then the water is warmer: not reached); off when free convection
     * cools it enough; cycling at minimum speed when the minimum speed cools it too much; otherwise the speed whose
     * approach is the set-point's (bisection: the approach falls as the air flow rises).
     */
    public TowerDuty toSetpoint(double wetBulbC, double rangeK, double waterFlowM3s, int running, double setpointC) {
        if (running <= 0 || waterFlowM3s <= 0) {
            return TowerDuty.IDLE;
        }
        double wanted = setpointC - wetBulbC;
        double full = approachK(wetBulbC, rangeK, waterFlowM3s, running, 1.0);
        double allFans = running * fanPowerPerCellKw;
        if (full > wanted + 1e-9) {
            return new TowerDuty(false, wetBulbC + full, 1, 1, allFans);
        }
        double entering = setpointC + rangeK;
        double fanOff = entering - freeConvectionFraction * (entering - (wetBulbC + full));
        if (setpointC >= fanOff) {
            return new TowerDuty(true, setpointC, 0, 0, 0);
        }
        double slowest = approachK(wetBulbC, rangeK, waterFlowM3s, running, minAirFlowRatio);
        double atMinimum = wetBulbC + slowest;
        if (setpointC >= atMinimum) {
            double onFraction = (fanOff - setpointC) / (fanOff - atMinimum);
            return new TowerDuty(true, setpointC, minAirFlowRatio, onFraction, allFans * cube(minAirFlowRatio) * onFraction);
        }
        double low = minAirFlowRatio;
        double high = 1.0;
        for (int i = 0; i < BISECTIONS && high - low > 1e-10; i++) {
            double mid = 0.5 * (low + high);
            if (approachK(wetBulbC, rangeK, waterFlowM3s, running, mid) > wanted) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return new TowerDuty(true, setpointC, high, 1, allFans * cube(high));
    }

    private static double cube(double x) {
        return x * x * x;
    }
}
