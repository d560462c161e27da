package io.wardwatt.optimize.replan;

import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.InitialChillerState;
import io.wardwatt.optimize.PlannedChiller;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plant's state for a re-plan, reckoned from what the plan in force commanded so far today and corrected by
 * what the chillers' RUN signals say now.
 *
 * <p>Why the plan first: RUN is polled live and kept only as the latest value, so "since when" and "starts today"
 * are not in the readings; the plan's slots are (and dispatch holds the plant to them through its minimum run and
 * stop guards). Where the live RUN disagrees with the plan (a trip, a manual start) the live value wins, and since it
 * is not known when it changed unless the live value says so, the change is taken as happening now: the strictest
 * reading for the minimum run and stop times, and a start the plan did not make is counted.
 */
public final class PlantStateReckoning {

    /**
     * A chiller's live RUN.
     *
     * @param changedAt when it last changed, local time, if known
     */
    public record LiveRun(boolean running, LocalDateTime changedAt) {
    }

    private PlantStateReckoning() {
    }

    /**
     * @param runningBySlot the chillers the plan in force ran in each of its slots from the first up to the one that
     *        holds {@code now}, inclusive
     * @param live live RUN by chiller id (missing: not polled, the plan's state stands)
     * @param batteryStateOfChargeFraction measured, 0..1, NaN when not measured
     */
    public static MeasuredPlantState reckon(DayProblem approved, List<Set<String>> runningBySlot, LocalDateTime now, Map<String, LiveRun> live,
            double batteryStateOfChargeFraction) {
        if (runningBySlot.isEmpty()) {
            throw new IllegalArgumentException("the plan's state is reckoned from its slots so far; " + approved.name() + " has not begun at " + now);
        }
        int current = runningBySlot.size() - 1;
        List<MeasuredPlantState.Chiller> chillers = new ArrayList<>();
        for (int i = 0; i < approved.chillers().size(); i++) {
            PlannedChiller chiller = approved.chillers().get(i);
            InitialChillerState initial = approved.initialStateOf(i);
            boolean previous = initial.on();
            int starts = initial.startsSoFar();
            for (Set<String> slot : runningBySlot) {
                boolean on = slot.contains(chiller.id());
                starts += on && !previous ? 1 : 0;
                previous = on;
            }
            boolean on = runningBySlot.get(current).contains(chiller.id());
            int first = current;
            while (first > 0 && runningBySlot.get(first - 1).contains(chiller.id()) == on) {
                first--;
            }
            LocalDateTime since = RestOfDay.slotStart(approved, first);
            if (first == 0 && initial.on() == on) {
                since = since.minusMinutes((long) Math.min(initial.slotsInState(), 100_000) * approved.slotMinutes());
            }
            LiveRun run = live.get(chiller.id());
            if (run != null && run.running() != on) {
                on = run.running();
                since = run.changedAt() != null && !run.changedAt().isAfter(now) ? run.changedAt() : now;
                starts += on ? 1 : 0;
            } else if (run != null && run.changedAt() != null && run.changedAt().isAfter(since) && !run.changedAt().isAfter(now)) {
                since = run.changedAt();
            }
            chillers.add(new MeasuredPlantState.Chiller(chiller.id(), on, since.isAfter(now) ? now : since, starts));
        }
        return new MeasuredPlantState(now, chillers, batteryStateOfChargeFraction);
    }
}
