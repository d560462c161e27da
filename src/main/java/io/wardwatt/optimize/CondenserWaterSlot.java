package io.wardwatt.optimize;

import io.wardwatt.plant.CoolingTowerCells;
import io.wardwatt.plant.TowerDuty;
import java.util.List;

/**
 * The condenser-water decision of one slot at one chilled-water set-point, solved exactly for each running set as
 * an inner optimisation of the slot table (like the load split): the condenser-water set-point — one of the plant
 * file's candidates or the lowest the set can reach — and the number of tower cells, whichever gives the least
 * chiller plus tower-fan power. For a candidate the chillers' power comes from the exact split at that condenser
 * water; the heat the towers reject is the load plus that power; each cell count that keeps every cell's water
 * inside its limits gives the fan speed that holds the set-point ({@link CoolingTowerCells#toSetpoint}), or none
 * when even full speed cannot. The set-point is never below the highest minimum condenser-entering temperature of the
 * running chillers. The paired condenser pumps run at constant speed, so they are the same for every candidate.
 *
 * <p>The lowest reachable condenser water is where full fan speed on all usable cells just gets the water down: it
 * depends on the heat rejected, which depends on the chillers' power at that water, so it is found by fixed-point
 * iteration (the approach moves little with the range, so it converges in a few passes).
 */
final class CondenserWaterSlot {

    /** No limit bound the choice. */
    static final int UNBOUND = -1;
    /** The fans run at full speed on the cells (the lowest reachable water). */
    static final int FULL_SPEED = -2;

    /** Within this of the minimum entering water the full-speed water is taken as surely reachable without solving for it. */
    private static final double ESTIMATE_MARGIN_K = 1.0;
    private static final double REACH_MARGIN_K = 1e-7;
    private static final int FIXED_POINT_PASSES = 30;

    /**
     * One running set's choice.
     *
     * @param binding {@link #UNBOUND}, {@link #FULL_SPEED}, or the index of the chiller whose minimum entering water it sits at
     */
    record Choice(double chillerKw, double towerKw, double condenserC, int cells, double fanSpeed, int binding, double spareShortfallKw,
            double minimumExcessKw) {

        /**
         * A set that cannot run. Its hard-rule figures come from the chillers' rules; when those hold and only the
         * condenser water fails (no cells can take it, or none reach a set-point), the whole load counts as short, so
         * that the search is never rewarded for choosing it.
         */
        static Choice infeasible(RunningSetPower power, double loadKw) {
            boolean chillersKeepTheirRules = power.spareShortfallKw() == 0 && power.minimumExcessKw() == 0;
            return new Choice(Double.NaN, Double.NaN, Double.NaN, 0, 0, UNBOUND, chillersKeepTheirRules ? loadKw : power.spareShortfallKw(),
                    power.minimumExcessKw());
        }
    }

    private final DayProblem problem;
    private final CondenserWaterPlant plant;
    private final CoolingTowerCells towers;
    private final double loadKw;
    private final double supplyC;
    private final double wetBulbC;
    private final List<Double> grid;
    private final ChillerPowerModel[][] gridModels;
    private final RunningSetSplit splitter;

    CondenserWaterSlot(DayProblem problem, SlotConditions slot, double supplyC, RunningSetSplit splitter) {
        this.problem = problem;
        this.plant = problem.condenser();
        this.towers = plant.towers();
        this.loadKw = slot.loadKw();
        this.supplyC = supplyC;
        this.wetBulbC = slot.weather().wetBulbC();
        this.grid = towers.condenserSetpointsC();
        this.gridModels = new ChillerPowerModel[grid.size()][];
        this.splitter = splitter;
    }

    Choice choose(int mask) {
        if (mask == 0 || loadKw <= 0) {
            RunningSetPower power = RunningSetPower.of(problem.rules(), loadKw, gridModels(0), mask, splitter);
            return power.feasible() ? new Choice(0, 0, Double.NaN, 0, 0, UNBOUND, 0, 0) : Choice.infeasible(power, 0);
        }
        double flow = plant.flowM3s(mask);
        int fewest = towers.fewestCells(flow);
        int most = towers.mostCells(flow);
        if (fewest < 1 || most < fewest) {
            // No cell count keeps every cell's water inside its limits (the plant reader refuses plants where a chiller's
            // water fits nowhere, so only an odd set could get here): the set cannot run.
            return Choice.infeasible(RunningSetPower.of(problem.rules(), loadKw, gridModels(0), mask, splitter), loadKw);
        }
        int strictest = plant.strictestChiller(mask);
        double minimumEntering = plant.minEnteringC().get(strictest);
        double estimate = fullSpeed(loadKw * 1.2, flow, most);
        boolean atMinimum = minimumEntering >= estimate + ESTIMATE_MARGIN_K;
        double floor = atMinimum ? minimumEntering : Math.max(minimumEntering, lowestReachable(mask, flow, most, estimate));
        Choice best = null;
        RunningSetPower leastShort = null;
        for (int c = -1; c < grid.size(); c++) {
            double condenserC = c < 0 ? floor : grid.get(c);
            if (c >= 0 && condenserC <= floor + 1e-9) {
                continue;
            }
            RunningSetPower power = RunningSetPower.of(problem.rules(), loadKw, c < 0 ? models(condenserC) : gridModels(c), mask, splitter);
            if (!power.feasible()) {
                leastShort = leastShort == null || power.spareShortfallKw() < leastShort.spareShortfallKw() ? power : leastShort;
                continue;
            }
            double range = CoolingTowerCells.rangeK(loadKw + power.chillerKw(), flow);
            boolean reached = false;
            for (int cells = fewest; cells <= most; cells++) {
                TowerDuty duty = towers.toSetpoint(wetBulbC, range, flow, cells, condenserC);
                if (!duty.reached()) {
                    continue;
                }
                reached = true;
                double total = power.chillerKw() + duty.fanKw();
                if (best == null || total < best.chillerKw() + best.towerKw() - 1e-12) {
                    int binding = c < 0 && floor <= minimumEntering + 1e-9 ? strictest : c < 0 || duty.atFullSpeed() ? FULL_SPEED : UNBOUND;
                    best = new Choice(power.chillerKw(), duty.fanKw(), condenserC, cells, duty.airFlowRatio(), binding, 0,
                            power.minimumExcessKw());
                }
            }
            if (c < 0 && !reached && atMinimum) {
                // The estimate was wrong: the minimum entering water is not reachable; the lowest reachable one is the floor.
                atMinimum = false;
                floor = Math.max(minimumEntering, lowestReachable(mask, flow, most, estimate));
                c = -2;
            }
        }
        if (best != null) {
            return best;
        }
        return Choice.infeasible(leastShort != null ? leastShort
                : RunningSetPower.of(problem.rules(), loadKw, models(floor), mask, splitter), loadKw);
    }

    /** Water leaving {@code cells} cells at full fan speed for this heat, °C. */
    private double fullSpeed(double rejectedKw, double flow, int cells) {
        return towers.fullSpeedLeavingC(wetBulbC, CoolingTowerCells.rangeK(rejectedKw, flow), flow, cells);
    }

    /** The fixed point T = full-speed leaving water for the load plus the chillers' power at T, a hair above it. */
    private double lowestReachable(int mask, double flow, int cells, double start) {
        double t = start;
        for (int pass = 0; pass < FIXED_POINT_PASSES; pass++) {
            RunningSetPower power = RunningSetPower.of(problem.rules(), loadKw, models(t), mask, splitter);
            if (!power.feasible()) {
                break;
            }
            double next = fullSpeed(loadKw + power.chillerKw(), flow, cells);
            boolean converged = Math.abs(next - t) < 1e-10;
            t = next;
            if (converged) {
                break;
            }
        }
        return t + REACH_MARGIN_K;
    }

    private ChillerPowerModel[] gridModels(int c) {
        if (gridModels[c] == null) {
            gridModels[c] = models(grid.get(c));
        }
        return gridModels[c];
    }

    private ChillerPowerModel[] models(double condenserC) {
        return RunningSetPower.models(problem, supplyC, condenserC);
    }
}
