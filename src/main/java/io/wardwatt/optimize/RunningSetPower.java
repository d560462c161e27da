package io.wardwatt.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * One running set of chillers in one slot at given water temperatures: its least power by the exact load split, or
 * how far it breaks the slot's own rules (load with spare, minimum part load). Shared by the slot table's fixed and
 * tower-planned condenser water.
 *
 * @param chillerKw least power of the split, kW; NaN when the set breaks a rule (or runs with no load)
 * @param spareShortfallKw load (with spare) the set cannot carry, kW
 * @param minimumExcessKw how far the set's minimum loads exceed the load, kW
 */
record RunningSetPower(double chillerKw, double spareShortfallKw, double minimumExcessKw) {

    boolean feasible() {
        return !Double.isNaN(chillerKw);
    }

    /** @param models every chiller of the problem at the slot's temperatures, problem order */
    static RunningSetPower of(PlanRules rules, double loadKw, ChillerPowerModel[] models, int mask, RunningSetSplit splitter) {
        List<ChillerPowerModel> running = new ArrayList<>(Integer.bitCount(mask));
        double minimum = 0;
        double capacity = 0;
        double[] capacities = new double[Integer.bitCount(mask)];
        for (int i = 0; i < models.length; i++) {
            if ((mask & (1 << i)) != 0) {
                ChillerPowerModel model = models[i];
                capacities[running.size()] = model.capacityKw();
                running.add(model);
                minimum += model.minimumLoadKw();
                capacity += model.capacityKw();
            }
        }
        double usable = rules.usableCapacityKw(capacities);
        double shortfall = Math.max(0, Math.max(rules.requiredKw(loadKw) - usable, loadKw - capacity));
        double excess = Math.max(0, minimum - loadKw);
        if (loadKw <= 0) {
            return new RunningSetPower(mask == 0 ? 0 : Double.NaN, shortfall, excess);
        }
        if (shortfall > 0 || minimum > loadKw || capacity < loadKw) {
            return new RunningSetPower(Double.NaN, shortfall, excess);
        }
        double[] loads = splitter.split(running, loadKw);
        double power = 0;
        for (int r = 0; r < loads.length; r++) {
            power += running.get(r).powerKw(loads[r]);
        }
        return new RunningSetPower(power, shortfall, excess);
    }

    /** Every chiller of the problem at these temperatures. */
    static ChillerPowerModel[] models(DayProblem problem, double supplyC, double condenserC) {
        ChillerPowerModel[] models = new ChillerPowerModel[problem.chillers().size()];
        for (int i = 0; i < models.length; i++) {
            models[i] = problem.chillers().get(i).model().at(supplyC, condenserC);
        }
        return models;
    }
}
