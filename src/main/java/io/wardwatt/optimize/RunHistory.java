package io.wardwatt.optimize;

import java.util.List;

/**
 * The run and stop history of every chiller over a sequence of running sets, with the state carried in from
 * before the horizon: how long each chiller has been in its state and how many starts it has made, slot by slot.
 */
final class RunHistory {

    private final int[][] inState;
    private final int[][] endedLength;
    private final boolean[][] started;
    private final int[][] startsToday;

    RunHistory(DayProblem problem, List<Integer> masks) {
        int n = problem.chillers().size();
        int slots = masks.size();
        inState = new int[n][slots];
        endedLength = new int[n][slots];
        started = new boolean[n][slots];
        startsToday = new int[n][slots];
        for (int i = 0; i < n; i++) {
            InitialChillerState initial = problem.initialStateOf(i);
            boolean previous = initial.on();
            int length = initial.slotsInState();
            int count = initial.startsSoFar();
            for (int s = 0; s < slots; s++) {
                boolean on = (masks.get(s) & (1 << i)) != 0;
                if (on != previous) {
                    endedLength[i][s] = length;
                    length = 1;
                    started[i][s] = on;
                    count += on ? 1 : 0;
                } else {
                    length++;
                }
                inState[i][s] = length;
                startsToday[i][s] = count;
                previous = on;
            }
        }
    }

    /** Slots chiller i has been in its slot-s state, counting slot s (1 = it switched in slot s). */
    int inState(int i, int s) {
        return inState[i][s];
    }

    /** When chiller i switched in slot s: how long the state it left had lasted, else 0. */
    int endedLength(int i, int s) {
        return endedLength[i][s];
    }

    boolean started(int i, int s) {
        return started[i][s];
    }

    boolean switched(int i, int s) {
        return endedLength[i][s] > 0;
    }

    /** Starts of chiller i today up to and including slot s (with those before the horizon). */
    int startsToday(int i, int s) {
        return startsToday[i][s];
    }
}
