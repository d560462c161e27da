package io.wardwatt.sim.closedloop;

import io.wardwatt.control.WriteGuard;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.sim.SimulatedHospital;
import io.wardwatt.sim.history.Supervision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's history under Wardwatt from the day it went live: the supervisor attaches early enough to record the
 * days its evening forecast trains on, then every evening from the day before {@code wentLive} plans the next day as
 * the service does (its forecast issued at the setup's hour, the plan at 17:30 local) and dispatches it to the history's
 * simulated plant through plant control's own loop, up to {@code lastDay}. Before went-live the plant runs its own
 * conventional staging. A day whose plan cannot be made (too little history recorded yet, say) runs conventional too,
 * and is said so in {@link #unplanned()}.
 */
public final class WardwattFromWentLive implements Supervision {

    /** The daily job's hour (wardwatt.optimize.daily.cron): the next day is planned then, after the forecast's issue. */
    static final java.time.LocalTime PLANNING = java.time.LocalTime.of(17, 30);

    /** A day planned and followed: its plan and the scenario it was planned from. */
    public record SupervisedDay(LocalDate day, DayPlan plan, String scenario) {
    }

    private final PlannerSetup setup;
    private final WriteGuard writable;
    private final LocalDate wentLive;
    private final LocalDate lastDay;
    private final Instant attachAt;
    private final List<SupervisedDay> days = new ArrayList<>();
    private final List<String> unplanned = new ArrayList<>();

    /**
     * @param wentLive the first day under Wardwatt
     * @param lastDay the last day planned here (the day before the live simulator's start: the service plans that day)
     */
    public WardwattFromWentLive(PlannerSetup setup, WriteGuard writable, LocalDate wentLive, LocalDate lastDay) {
        this.setup = setup;
        this.writable = writable;
        this.wentLive = wentLive;
        this.lastDay = lastDay;
        this.attachAt = wentLive.minusDays(setup.trainDays() + EveningForecaster.LOOKBACK_DAYS + 1L).atStartOfDay(setup.zone()).toInstant();
    }

    @Override
    public Instant attachAt() {
        return attachAt;
    }

    @Override
    public StepHook attach(SimulatedHospital hospital) {
        WardwattSupervisor supervisor = new WardwattSupervisor(hospital, setup, writable);
        LocalDate[] next = {wentLive};
        return now -> {
            while (!next[0].isAfter(lastDay) && !now.isBefore(planningTime(next[0]))) {
                try {
                    DayPlan plan = supervisor.planDay(next[0]);
                    days.add(new SupervisedDay(next[0], plan, supervisor.lastScenario()));
                } catch (RuntimeException e) {
                    unplanned.add(next[0] + ": " + e.getMessage());
                }
                next[0] = next[0].plusDays(1);
            }
            supervisor.beforeStep(now);
        };
    }

    private Instant planningTime(LocalDate day) {
        return day.minusDays(1).atTime(PLANNING).atZone(setup.zone()).toInstant();
    }

    /** The days planned and followed, in order. */
    public List<SupervisedDay> days() {
        return List.copyOf(days);
    }

    /** The days after went-live that could not be planned, with why. */
    public List<String> unplanned() {
        return List.copyOf(unplanned);
    }
}
