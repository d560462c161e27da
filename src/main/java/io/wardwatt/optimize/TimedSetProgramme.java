package io.wardwatt.optimize;

import java.util.Arrays;

/**
 * The exact optimum of the day with the starts-per-day limit relaxed, by dynamic programming over the slots. The
 * state is, per chiller, whether it runs and how long it has been in that state, counted up to its minimum run or
 * stop time (beyond that the rules no longer care); a chiller may switch only when its clock allows. Each slot costs the cheapest set-point and pump counts for the set, which are independent between slots.
 *
 * <p>Each chiller's part of the state is its clock while on (1..minimum run) or while off (1..minimum stop), so a
 * plant of n chillers has (run + stop)^n states whatever the slot length.
 *
 * <p>Because it keeps every rule but one, its optimum is a lower bound on the plan's objective that is tight
 * whenever the starts limit does not bind (then its plan is optimal, and the search only confirms it); its plan is
 * also the search's starting point. Where the state space would be too large the clocks count less far (a weaker
 * relaxation, reported); {@link #solve} returns null only when even one-slot clocks are too many.
 */
final class TimedSetProgramme {

    /** Transitions (states × sets × slots) above which the programme is not attempted. */
    static final long MAX_TRANSITIONS = 300_000_000L;
    /** Back-pointers kept (4 bytes each) above which the programme relaxes its clocks. */
    static final long MAX_BACK_POINTERS = 12_000_000L;

    /** The programme's optimum and its running set per slot. */
    /**
     * @param runSlots the minimum run time the programme kept (the rule's, or less when relaxed for size)
     * @param stopSlots likewise the minimum stop time
     */
    record Result(double objective, int[] masks, SlotTable.SlotChoice[] choices, int runSlots, int stopSlots, boolean exactTiming) {
    }

    /** Too many transitions to compute, or too many back-pointers (an int per state and slot) to keep. */
    private static boolean tooLarge(long states, long feasibleSets, int slots) {
        return states * feasibleSets > MAX_TRANSITIONS || states * slots > MAX_BACK_POINTERS;
    }

    private static long stateSpace(int base, int chillers) {
        long states = 1;
        for (int i = 0; i < chillers && states < Long.MAX_VALUE / 64; i++) {
            states *= base;
        }
        return states;
    }

    private TimedSetProgramme() {
    }

    static Result solve(SlotTable table) {
        DayProblem problem = table.problem();
        int n = problem.chillers().size();
        int slots = problem.slots().size();
        int masks = 1 << n;
        PlanRules rules = problem.rules();
        // Per chiller: on with clock 1..minRun, or off with clock 1..minStop (clocks stop counting at the rule).
        SlotTable.SlotChoice[][] choices = new SlotTable.SlotChoice[slots][];
        long feasibleSets = 0;
        for (int s = 0; s < slots; s++) {
            choices[s] = table.bestChoiceByMask(s);
            for (SlotTable.SlotChoice choice : choices[s]) {
                feasibleSets += choice != null ? 1 : 0;
            }
        }
        // The clocks count up to the rules' minimums; when that state space is too large they count less far,
        // which lets chillers switch sooner than the rules allow: still a relaxation, so still a bound (weaker),
        // and the search repairs the timing of its plan.
        int run = rules.minRunSlots();
        int stop = rules.minStopSlots();
        while (tooLarge(stateSpace(run + stop, n), feasibleSets, slots) && run + stop > 2) {
            if (run >= stop) {
                run--;
            } else {
                stop--;
            }
        }
        if (tooLarge(stateSpace(run + stop, n), feasibleSets, slots)) {
            return null;
        }
        boolean exactTiming = run == rules.minRunSlots() && stop == rules.minStopSlots();
        int base = run + stop;
        long states = stateSpace(base, n);
        int stateCount = (int) states;
        double[] cost = new double[stateCount];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        int[][] from = new int[slots][];
        cost[initialState(problem, run, stop)] = 0;
        int[] digit = new int[n];
        for (int s = 0; s < slots; s++) {
            double[] next = new double[stateCount];
            Arrays.fill(next, Double.POSITIVE_INFINITY);
            from[s] = new int[stateCount];
            for (int state = 0; state < stateCount; state++) {
                if (cost[state] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                int mask = 0;
                for (int i = 0, code = state; i < n; i++, code /= base) {
                    digit[i] = code % base;
                    mask |= digit[i] < run ? 1 << i : 0;
                }
                for (int to = 0; to < masks; to++) {
                    SlotTable.SlotChoice choice = choices[s][to];
                    if (choice == null) {
                        continue;
                    }
                    int target = 0;
                    int starts = 0;
                    boolean allowed = true;
                    for (int i = n - 1; i >= 0; i--) {
                        boolean was = (mask & (1 << i)) != 0;
                        boolean is = (to & (1 << i)) != 0;
                        int d = digit[i];
                        int nextDigit;
                        if (was && is) {
                            nextDigit = Math.min(run - 1, d + 1);
                        } else if (!was && !is) {
                            nextDigit = run + Math.min(stop - 1, d - run + 1);
                        } else if (was) {
                            allowed = d == run - 1;
                            nextDigit = run;
                        } else {
                            allowed = d == base - 1;
                            nextDigit = 0;
                            starts++;
                        }
                        if (!allowed) {
                            break;
                        }
                        target = target * base + nextDigit;
                    }
                    if (!allowed) {
                        continue;
                    }
                    double candidate = cost[state] + choice.objective() + starts * rules.startCost();
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
            return new Result(Double.POSITIVE_INFINITY, null, null, run, stop, exactTiming);
        }
        int[] path = new int[slots];
        SlotTable.SlotChoice[] chosen = new SlotTable.SlotChoice[slots];
        int state = best;
        for (int s = slots - 1; s >= 0; s--) {
            int mask = 0;
            for (int i = 0, code = state; i < n; i++, code /= base) {
                mask |= code % base < run ? 1 << i : 0;
            }
            path[s] = mask;
            chosen[s] = choices[s][mask];
            state = from[s][state];
        }
        return new Result(cost[best], path, chosen, run, stop, exactTiming);
    }

    /** Digit per chiller, chiller 0 least significant: on → clock − 1 (0..run−1), off → run + clock − 1. */
    private static int initialState(DayProblem problem, int run, int stop) {
        int n = problem.chillers().size();
        int code = 0;
        for (int i = n - 1; i >= 0; i--) {
            InitialChillerState initial = problem.initialStateOf(i);
            int clock = Math.max(1, initial.slotsInState());
            int digit = initial.on() ? Math.min(run, clock) - 1 : run + Math.min(stop, clock) - 1;
            code = code * (run + stop) + digit;
        }
        return code;
    }
}
