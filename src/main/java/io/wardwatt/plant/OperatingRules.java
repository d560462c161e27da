package io.wardwatt.plant;

import java.util.ArrayList;
import java.util.List;

/**
 * A plant's operating rules as its plant file gives them (in minutes; the optimizer turns them into slots).
 *
 * @param spareUnits running spare chillers (1 = N+1)
 * @param spareFraction extra running capacity over the load, as a fraction of it
 * @param minRunMinutes a started chiller runs at least this long
 * @param minStopMinutes a stopped chiller stays off at least this long
 * @param maxStartsPerDay starts per chiller per day (0 = unlimited)
 * @param supplyMinC lowest chilled-water supply set-point, °C
 * @param supplyMaxC highest, °C
 * @param supplyStepC step between the set-points the planner may choose, °C
 * @param startCost soft cost per chiller start, objective units
 */
public record OperatingRules(int spareUnits, double spareFraction, int minRunMinutes, int minStopMinutes, int maxStartsPerDay,
        double supplyMinC, double supplyMaxC, double supplyStepC, double startCost) {

    /** The set-points from min to max in steps (max included when the step divides the span). */
    public List<Double> supplySetpointsC() {
        List<Double> setpoints = new ArrayList<>();
        long steps = Math.round(Math.floor((supplyMaxC - supplyMinC) / supplyStepC + 1e-9));
        for (long i = 0; i <= steps; i++) {
            // Rounded to 1/1000 K so that 6.0 + 3 × 0.1 is 6.3 and not 6.300000000000001.
            setpoints.add(Math.round((supplyMinC + i * supplyStepC) * 1000) / 1000.0);
        }
        return setpoints;
    }
}
