package io.wardwatt.optimize.replan;

import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.InitialChillerState;
import io.wardwatt.optimize.SiteInputs;
import io.wardwatt.optimize.SlotConditions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The problem of the rest of a planned day: the approved plan's own problem from the next slot boundary to its end,
 * with the plant as measured carried in and the load forecast corrected by the observed deviation. Everything else
 * (rules, chillers, zones, tariff, towers, site equipment) is the approved problem's, so a re-plan that changes
 * nothing but the load and the state stays inside the approved plan's envelope.
 *
 * @param firstSlot index in the approved plan of the first slot re-planned
 * @param problem the remaining slots' problem
 * @param forecastKw the approved plan's forecast of the remaining slots
 * @param correctedKw the forecast the problem uses
 */
public record RestOfDay(int firstSlot, DayProblem problem, double[] forecastKw, double[] correctedKw) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    public RestOfDay {
        forecastKw = forecastKw.clone();
        correctedKw = correctedKw.clone();
    }

    @Override
    public double[] forecastKw() {
        return forecastKw.clone();
    }

    @Override
    public double[] correctedKw() {
        return correctedKw.clone();
    }

    /**
     * The index of the first slot that begins after {@code now}, or -1 when none does (the day is over, or its last
     * slot under way).
     */
    public static int nextSlot(DayProblem approved, LocalDateTime now) {
        requireDate(approved);
        for (int s = 0; s < approved.slots().size(); s++) {
            if (slotStart(approved, s).isAfter(now)) {
                return s;
            }
        }
        return -1;
    }

    /**
     * Builds the rest of the day.
     *
     * @param approved the approved plan's problem (as stored with it)
     * @param state the plant as measured; its instant is "now", and every chiller of the problem must be in it
     * @param correction the load correction, applied from the measurement onward
     * @throws IllegalArgumentException when the plan has no date, no slot begins after the measurement, a chiller is
     *         not measured, or the battery's state is needed and not measured
     */
    public static RestOfDay of(DayProblem approved, MeasuredPlantState state, LoadCorrection correction) {
        return of(approved, approved.slots().stream().mapToDouble(SlotConditions::loadKw).toArray(), state, correction);
    }

    /**
     * Builds the rest of the day from the forecast in force (the approved plan's, as its revisions revised it; see
     * {@link ForecastInForce}), which the measured load was compared with.
     *
     * @param forecastInForceKw per slot of the approved plan
     */
    public static RestOfDay of(DayProblem approved, double[] forecastInForceKw, MeasuredPlantState state, LoadCorrection correction) {
        if (forecastInForceKw.length != approved.slots().size()) {
            throw new IllegalArgumentException("the forecast in force has " + forecastInForceKw.length + " slots, " + approved.name() + " "
                    + approved.slots().size());
        }
        int first = nextSlot(approved, state.at());
        if (first < 0) {
            LocalDateTime end = slotStart(approved, approved.slots().size());
            throw new IllegalArgumentException("no slot of " + approved.name() + " begins after " + state.at() + ": the last began before its end at "
                    + end + ", nothing is left to re-plan");
        }
        LocalDateTime start = slotStart(approved, first);
        List<SlotConditions> remaining = approved.slots().subList(first, approved.slots().size());
        double[] forecast = Arrays.copyOfRange(forecastInForceKw, first, forecastInForceKw.length);
        double[] corrected = correction.apply(forecast, Duration.between(state.at(), start), approved.slotMinutes());
        List<SlotConditions> slots = new ArrayList<>();
        for (int k = 0; k < remaining.size(); k++) {
            slots.add(remaining.get(k).withLoad(corrected[k]));
        }
        DayProblem problem = new DayProblem(approved.name() + " from " + CLOCK.format(start), start, approved.slotMinutes(), slots,
                approved.chillers(), approved.zones(), approved.rules(), approved.objective(), approved.conventional(),
                initialState(approved, state, start), approved.condenser(), approved.equipment(), site(approved, first, state));
        return new RestOfDay(first, problem, forecast, corrected);
    }

    private static List<InitialChillerState> initialState(DayProblem approved, MeasuredPlantState state, LocalDateTime start) {
        Map<String, MeasuredPlantState.Chiller> measured = state.chillers().stream()
                .collect(Collectors.toMap(MeasuredPlantState.Chiller::id, Function.identity()));
        List<InitialChillerState> initial = new ArrayList<>();
        for (var chiller : approved.chillers()) {
            MeasuredPlantState.Chiller now = measured.remove(chiller.id());
            if (now == null) {
                throw new IllegalArgumentException("measured state: chiller " + chiller.id() + " of " + approved.name()
                        + " was not measured; the rest of the day is planned only from every chiller's state");
            }
            // Whole slots in its state by the first re-planned slot, at least 1 (the RunHistory counts a state from
            // 1): a chiller started a few minutes ago counts one slot, so its minimum run is kept within a slot.
            long slots = Duration.between(now.since(), start).toMinutes() / approved.slotMinutes();
            initial.add(new InitialChillerState(chiller.id(), now.on(), (int) Math.max(1, Math.min(1_000_000, slots)), now.startsToday()));
        }
        if (!measured.isEmpty()) {
            throw new IllegalArgumentException("measured state: chiller(s) " + measured.keySet() + " are not in " + approved.name());
        }
        return initial;
    }

    private static SiteInputs site(DayProblem approved, int first, MeasuredPlantState state) {
        SiteInputs site = approved.site();
        if (site == null) {
            return null;
        }
        boolean battery = approved.equipment() != null && approved.equipment().battery() != null;
        if (battery && Double.isNaN(state.batteryStateOfChargeFraction())) {
            throw new IllegalArgumentException("measured state: the battery's state of charge was not measured, and " + approved.name()
                    + " plans the battery; the rest of the day cannot start from the morning's state");
        }
        int n = approved.slots().size();
        return new SiteInputs(Arrays.copyOfRange(site.otherElectricityKw(), first, n), site.monthPeakSoFarKw(),
                battery ? state.batteryStateOfChargeFraction() : site.batteryStateOfChargeFraction(), site.demandChargeCnyPerKwMonth(),
                site.solarWm2() == null ? null : Arrays.copyOfRange(site.solarWm2(), first, n),
                site.dryBulbC() == null ? null : Arrays.copyOfRange(site.dryBulbC(), first, n));
    }

    static LocalDateTime slotStart(DayProblem problem, int slot) {
        return problem.start().plusMinutes((long) slot * problem.slotMinutes());
    }

    private static void requireDate(DayProblem approved) {
        if (approved.start() == null) {
            throw new IllegalArgumentException(approved.name() + " has no date: its slots are tied to no time the plant was measured");
        }
    }
}
