package io.wardwatt.optimize;

import java.util.Arrays;

/**
 * The exact optimum of the day with the starts-per-day limit relaxed, by dynamic programming over the slots. The
 * state is the running set and, per chiller, how long it has been in its state, counted up to the longest of the
 * minimum run and stop times (beyond that the rules no longer care); a chiller may switch only when its clock
 * allows. Each slot costs the cheapest set-point and pump counts for the set, which are independent between slots.
 *
 * <p>Because it keeps every rule but one, its optimum is a lower bound on the plan's objective that is tight
 * whenever the starts limit does not bind (then its plan is optimal, and the search only confirms it); its plan is
 * also the search's starting point. Plants whose state space is too large are left to the search alone
 * ({@link #solve} returns null).
 */
final class TimedSetProgramme {

    /** Transitions (states × sets × slots) above which the programme is not attempted. */
    static final long MAX_TRANSITIONS = 150_000_000L;

    /** The programme's optimum and its running set per slot. */
    record Result(double objective, int[] masks, SlotTable.SlotChoice[] choices) {
    }

    private TimedSetProgramme() {
    }

    static Result solve(SlotTable table) {
        DayProblem problem = table.problem();
        int n = problem.chillers().size();
        int slots = problem.slots().size();
        int masks = 1 << n;
        PlanRules rules = problem.rules();
        int cap = Math.max(1, Math.max(rules.minRunSlots(), rules.minStopSlots()));
        long clockStates = 1;
        for (int i = 0; i < n; i++) {
            clockStates *= cap;
        }
        long states = clockStates * masks;
        if (states * masks * slots > MAX_TRANSITIONS || states > Integer.MAX_VALUE / 4) {
            return null;
        }
        int stateCount = (int) states;
        SlotTable.SlotChoice[][] choices = new SlotTable.SlotChoice[slots][];
        double[] cost = new double[stateCount];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        int[][] from = new int[slots][stateCount];
        cost[initialState(problem, cap)] = 0;
        int[] clocks = new int[n];
        for (int s = 0; s < slots; s++) {
            choices[s] = table.bestChoiceByMask(s);
            double[] next = new double[stateCount];
            Arrays.fill(next, Double.POSITIVE_INFINITY);
            for (int state = 0; state < stateCount; state++) {
                if (cost[state] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                int mask = state % masks;
                int clockCode = state / masks;
                for (int i = 0, code = clockCode; i < n; i++, code /= cap) {
                    clocks[i] = code % cap + 1;
                }
                for (int to = 0; to < masks; to++) {
                    if (choices[s][to] == null) {
                        continue;
                    }
                    int nextCode = 0;
                    int starts = 0;
                    boolean allowed = true;
                    for (int i = n - 1; i >= 0 && allowed; i--) {
                        boolean was = (mask & (1 << i)) != 0;
                        boolean is = (to & (1 << i)) != 0;
                        int clock;
                        if (was == is) {
                            clock = Math.min(cap, clocks[i] + 1);
                        } else {
                            allowed = clocks[i] >= (was ? rules.minRunSlots() : rules.minStopSlots());
                            clock = 1;
                            starts += is ? 1 : 0;
                        }
                        nextCode = nextCode * cap + (clock - 1);
                    }
                    if (!allowed) {
                        continue;
                    }
                    int target = nextCode * masks + to;
                    double candidate = cost[state] + choices[s][to].objective() + starts * rules.startCost();
                    if (candidate < next[target]) {
                        next[target] = candidate;
                        from[s][target] = state;
                    }
                }
            }
            cost = next;
        }
        int best = -1;
        for (int state = 0; state < stateCount; state++) {
            if (cost[state] < Double.POSITIVE_INFINITY && (best < 0 || cost[state] < cost[best])) {
                best = state;
            }
        }
        if (best < 0) {
            return new Result(Double.POSITIVE_INFINITY, null, null);
        }
        int[] path = new int[slots];
        SlotTable.SlotChoice[] chosen = new SlotTable.SlotChoice[slots];
        int state = best;
        for (int s = slots - 1; s >= 0; s--) {
            path[s] = state % masks;
            chosen[s] = choices[s][path[s]];
            state = from[s][state];
        }
        return new Result(cost[best], path, chosen);
    }

    private static int initialState(DayProblem problem, int cap) {
        int n = problem.chillers().size();
        int mask = 0;
        int code = 0;
        for (int i = n - 1; i >= 0; i--) {
            InitialChillerState initial = RunHistory.initialState(problem, i);
            mask |= initial.on() ? 1 << i : 0;
            code = code * cap + (Math.min(cap, Math.max(1, initial.slotsInState())) - 1);
        }
        return code * (1 << n) + mask;
    }
}
