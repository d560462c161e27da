package io.wardwatt.optimize;

import java.util.HashMap;
import java.util.Map;

/**
 * The test oracle: the exact optimum of a day by dynamic programming over the slots, the state being the running
 * set, how long each chiller has been in its state (capped where the rules stop caring) and its starts so far.
 * Each slot costs the cheapest choice of set-point and pumps for the set (from the slot table, whose exactness the
 * single-slot tests establish); a transition is allowed only when every stopping chiller has run its minimum run
 * time, every starting one has been off its minimum stop time, and no chiller passes its starts. Only for small
 * plants: the state space grows as (2·clock·starts)^chillers.
 */
final class ExactDayProgramme {

    private ExactDayProgramme() {
    }

    /** The least objective over every plan that keeps every hard rule; +∞ when none does. */
    static double optimum(DayProblem problem) {
        SlotTable table = SlotTable.build(problem);
        int n = problem.chillers().size();
        PlanRules rules = problem.rules();
        int clockCap = Math.max(rules.minRunSlots(), rules.minStopSlots());
        int startCap = rules.maxStartsPerDay() > 0 ? rules.maxStartsPerDay() + 1 : 1;
        Map<Long, Double> states = new HashMap<>();
        int[] clock = new int[n];
        int[] starts = new int[n];
        int mask = 0;
        for (int i = 0; i < n; i++) {
            InitialChillerState initial = problem.initialStateOf(i);
            mask |= initial.on() ? 1 << i : 0;
            clock[i] = Math.min(clockCap, initial.slotsInState());
            starts[i] = rules.maxStartsPerDay() > 0 ? Math.min(startCap, initial.startsSoFar()) : 0;
        }
        states.put(encode(mask, clock, starts, clockCap, startCap), 0.0);
        for (int s = 0; s < problem.slots().size(); s++) {
            double[] slotCost = table.bestObjectiveByMask(s);
            Map<Long, Double> next = new HashMap<>();
            for (Map.Entry<Long, Double> entry : states.entrySet()) {
                int from = decode(entry.getKey(), n, clock, starts, clockCap, startCap);
                for (int to = 0; to < (1 << n); to++) {
                    if (Double.isNaN(slotCost[to])) {
                        continue;
                    }
                    int[] nextClock = new int[n];
                    int[] nextStarts = starts.clone();
                    boolean allowed = true;
                    int started = 0;
                    for (int i = 0; i < n && allowed; i++) {
                        boolean was = (from & (1 << i)) != 0;
                        boolean is = (to & (1 << i)) != 0;
                        if (was == is) {
                            nextClock[i] = Math.min(clockCap, clock[i] + 1);
                        } else {
                            allowed = clock[i] >= (was ? rules.minRunSlots() : rules.minStopSlots());
                            nextClock[i] = 1;
                            if (is) {
                                started++;
                                if (rules.maxStartsPerDay() > 0) {
                                    nextStarts[i]++;
                                    allowed &= nextStarts[i] <= rules.maxStartsPerDay();
                                }
                            }
                        }
                    }
                    if (!allowed) {
                        continue;
                    }
                    double cost = entry.getValue() + slotCost[to] + started * rules.startCost();
                    next.merge(encode(to, nextClock, nextStarts, clockCap, startCap), cost, Math::min);
                }
            }
            states = next;
        }
        return states.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.POSITIVE_INFINITY);
    }

    private static long encode(int mask, int[] clock, int[] starts, int clockCap, int startCap) {
        long key = mask;
        for (int i = 0; i < clock.length; i++) {
            key = key * (clockCap + 1) + clock[i];
            key = key * (startCap + 1) + starts[i];
        }
        return key;
    }

    private static int decode(long key, int n, int[] clock, int[] starts, int clockCap, int startCap) {
        for (int i = n - 1; i >= 0; i--) {
            starts[i] = (int) (key % (startCap + 1));
            key /= startCap + 1;
            clock[i] = (int) (key % (clockCap + 1));
            key /= clockCap + 1;
        }
        return (int) key;
    }
}
