package io.wardwatt.optimize;

import java.util.Arrays;
import java.util.List;

/**
 * The plant's operating rules (hard constraints) and the set-points the planner may choose from.
 *
 * @param spareUnits running spare: with this many of the largest running chillers lost, the rest still carry
 *        the load (1 = N+1, the hospital's rule; 0 = none)
 * @param spareFraction extra running capacity asked above the load as a fraction of it (0 = none), on top of spareUnits
 * @param minRunSlots once started, a chiller runs at least this many slots
 * @param minStopSlots once stopped, a chiller stays off at least this many slots
 * @param maxStartsPerDay starts per chiller over the horizon (0 = unlimited)
 * @param supplySetpointsC the chilled-water supply set-points to choose from, °C, ascending
 * @param startCost a soft cost per chiller start (wear), objective units
 * @param supplyCap the critical zones' limit that removed the set-points above it, or null (no critical zone, or none
 *        of the set-points was above the limit)
 */
public record PlanRules(int spareUnits, double spareFraction, int minRunSlots, int minStopSlots, int maxStartsPerDay,
        List<Double> supplySetpointsC, double startCost, SupplyCap supplyCap) {

    public PlanRules(int spareUnits, double spareFraction, int minRunSlots, int minStopSlots, int maxStartsPerDay, List<Double> supplySetpointsC,
            double startCost) {
        this(spareUnits, spareFraction, minRunSlots, minStopSlots, maxStartsPerDay, supplySetpointsC, startCost, null);
    }

    public PlanRules {
        supplySetpointsC = List.copyOf(supplySetpointsC);
        if (supplyCap != null && !supplySetpointsC.isEmpty() && !supplyCap.allows(supplySetpointsC.get(supplySetpointsC.size() - 1))) {
            throw new IllegalArgumentException("rules: set-point " + supplySetpointsC.get(supplySetpointsC.size() - 1) + " °C breaks "
                    + supplyCap.rule());
        }
        if (spareUnits < 0 || minRunSlots < 1 || minStopSlots < 1 || maxStartsPerDay < 0 || !(spareFraction >= 0) || !(startCost >= 0)) {
            throw new IllegalArgumentException("rules: spareUnits ≥ 0, spareFraction ≥ 0, minRunSlots ≥ 1, minStopSlots ≥ 1,"
                    + " maxStartsPerDay ≥ 0 and startCost ≥ 0 are required");
        }
        if (supplySetpointsC.isEmpty()) {
            throw new IllegalArgumentException("rules: at least one supply set-point is required");
        }
        for (int i = 1; i < supplySetpointsC.size(); i++) {
            if (!(supplySetpointsC.get(i) > supplySetpointsC.get(i - 1))) {
                throw new IllegalArgumentException("rules: supply set-points must be strictly ascending, got " + supplySetpointsC);
            }
        }
    }

    /**
     * These rules with only the set-points that keep the cap, and the cap recorded; these rules as they are when every
     * set-point keeps it already (the cap narrows nothing, so no plan names it).
     *
     * @throws IllegalArgumentException when no set-point keeps it
     */
    public PlanRules capped(SupplyCap cap) {
        List<Double> kept = cap.keep(supplySetpointsC);
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no supply set-point of " + supplySetpointsC + " keeps " + cap.rule());
        }
        if (kept.size() == supplySetpointsC.size()) {
            return this;
        }
        return new PlanRules(spareUnits, spareFraction, minRunSlots, minStopSlots, maxStartsPerDay, kept, startCost, cap);
    }

    /**
     * What running chillers of these capacities carry once the {@code spareUnits} largest of them are lost, kW (0
     * when no more run than the spare). The one definition of the spare rule for the table, the checks and the baseline.
     */
    public double usableCapacityKw(double[] runningCapacitiesKw) {
        double usable = 0;
        for (double capacity : runningCapacitiesKw) {
            usable += capacity;
        }
        double[] sorted = runningCapacitiesKw.clone();
        Arrays.sort(sorted);
        for (int lost = 0; lost < spareUnits && lost < sorted.length; lost++) {
            usable -= sorted[sorted.length - 1 - lost];
        }
        return usable;
    }

    /** The load with the spare fraction on top: what the usable capacity must reach, kW. */
    public double requiredKw(double loadKw) {
        return loadKw * (1 + spareFraction);
    }
}
