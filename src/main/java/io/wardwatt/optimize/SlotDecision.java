package io.wardwatt.optimize;

import java.util.Set;

/**
 * What runs in one slot, however it was decided (by the planner or by conventional sequencing).
 *
 * @param mask running chillers, bit i = chiller i of the problem
 * @param setpointC chilled-water supply set-point, °C
 * @param pumpCounts running secondary pumps per zone
 * @param pairedPumpsOn ids of the paired pumps that run
 * @param condenserSetpointC the towers' leaving-water set-point, °C (NaN when the condenser water is a given)
 * @param towerCells tower cells running (0: every cell the condenser water can be shared among, as a conventional
 *        plant opens them)
 */
public record SlotDecision(int mask, double setpointC, int[] pumpCounts, Set<String> pairedPumpsOn, double condenserSetpointC,
        int towerCells) {

    public SlotDecision {
        pumpCounts = pumpCounts.clone();
        pairedPumpsOn = Set.copyOf(pairedPumpsOn);
    }

    /** A decision where the condenser water is a given (no towers planned). */
    public SlotDecision(int mask, double setpointC, int[] pumpCounts, Set<String> pairedPumpsOn) {
        this(mask, setpointC, pumpCounts, pairedPumpsOn, Double.NaN, 0);
    }

    public boolean runs(int chiller) {
        return (mask & (1 << chiller)) != 0;
    }

    @Override
    public int[] pumpCounts() {
        return pumpCounts.clone();
    }
}
