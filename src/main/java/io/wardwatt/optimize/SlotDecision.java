package io.wardwatt.optimize;

import java.util.Set;

/**
 * What runs in one slot, however it was decided (by the planner or by conventional sequencing).
 *
 * @param mask running chillers, bit i = chiller i of the problem
 * @param setpointC chilled-water supply set-point, °C
 * @param pumpCounts running secondary pumps per zone
 * @param pairedPumpsOn ids of the paired pumps that run
 */
public record SlotDecision(int mask, double setpointC, int[] pumpCounts, Set<String> pairedPumpsOn) {

    public SlotDecision {
        pumpCounts = pumpCounts.clone();
        pairedPumpsOn = Set.copyOf(pairedPumpsOn);
    }

    public boolean runs(int chiller) {
        return (mask & (1 << chiller)) != 0;
    }

    @Override
    public int[] pumpCounts() {
        return pumpCounts.clone();
    }
}
