package io.wardwatt.optimize.storage;

import io.wardwatt.plant.BatteryDefinition;
import io.wardwatt.plant.EmergencyReserve;
import java.util.ArrayList;
import java.util.Collection;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * A lower bound on any battery schedule's weighted cost: the linear programme in which the stored energy is
 * continuous (no steps), charging and discharging may overlap, and energy sent to the grid is credited at the
 * slot's price (the real day credits nothing). Each relaxes the battery's day, so its optimum is at most what any
 * schedule that keeps the rules costs. The demand charge is exact in it: one variable, the draw above the month's
 * peak so far, at least every slot's draw minus that peak. Solved by Commons Math's simplex.
 *
 * <p>Variables, all ≥ 0: charge {@code c_s} and discharge {@code d_s} kW per slot, and the excess {@code x} kW.
 * Stored energy at boundary t: {@code E0 + Σ_{u<t} (ηc·h·c_u − h/ηd·d_u)}, between the boundary's floor and the
 * capacity, at the end at least {@code endAtLeastKwh}. Cost: {@code Σ w_s·h·(net_s + c_s − d_s) + costWeight·rate·x}.
 */
public final class StorageRelaxation {

    private StorageRelaxation() {
    }

    /** The bound, or NaN when even the relaxation has no schedule (the reserve cannot be held) or the solver fails. */
    public static double lowerBound(BatteryDefinition battery, EmergencyReserve reserve, StorageDay day, double startKwh, double endAtLeastKwh) {
        int slots = day.slots();
        double hours = day.slotHours();
        double[] floors = ReserveFloors.floorKwh(battery, reserve, day);
        if (startKwh < floors[0] - 1e-9) {
            return Double.NaN;
        }
        boolean demand = day.demandChargeCnyPerKwMonth() > 0 && day.objective().costWeight() > 0;
        int variables = 2 * slots + (demand ? 1 : 0);
        double constant = 0;
        double[] cost = new double[variables];
        for (int s = 0; s < slots; s++) {
            double weight = day.weightPerKwh(s) * hours;
            constant += weight * day.netLoadKw()[s];
            cost[s] = weight;
            cost[slots + s] = -weight;
        }
        if (demand) {
            cost[2 * slots] = day.objective().costWeight() * day.demandChargeCnyPerKwMonth();
        }
        Collection<LinearConstraint> constraints = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            constraints.add(new LinearConstraint(unit(variables, s), Relationship.LEQ, battery.maxChargeKw()));
            constraints.add(new LinearConstraint(unit(variables, slots + s), Relationship.LEQ, battery.maxDischargeKw()));
            if (demand) {
                // net + c − d − peakSoFar ≤ x
                double[] row = new double[variables];
                row[s] = 1;
                row[slots + s] = -1;
                row[2 * slots] = -1;
                constraints.add(new LinearConstraint(row, Relationship.LEQ, day.monthPeakSoFarKw() - day.netLoadKw()[s]));
            }
        }
        for (int t = 1; t <= slots; t++) {
            double[] row = new double[variables];
            for (int u = 0; u < t; u++) {
                row[u] = battery.chargeEfficiency() * hours;
                row[slots + u] = -hours / battery.dischargeEfficiency();
            }
            constraints.add(new LinearConstraint(row, Relationship.LEQ, battery.capacityKwh() - startKwh));
            double floor = t == slots ? Math.max(floors[t], endAtLeastKwh) : floors[t];
            constraints.add(new LinearConstraint(row.clone(), Relationship.GEQ, floor - startKwh));
        }
        try {
            PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(cost, constant),
                    new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true));
            return optimum.getValue();
        } catch (MathIllegalStateException e) {
            // no feasible solution, or the iteration limit: no bound rather than a wrong one
            return Double.NaN;
        }
    }

    private static double[] unit(int size, int at) {
        double[] row = new double[size];
        row[at] = 1;
        return row;
    }
}
