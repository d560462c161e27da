package io.wardwatt.sim.closedloop;

import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayPlanner;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.SolverSettings;
import io.wardwatt.optimize.replan.DeviationRule;
import io.wardwatt.optimize.replan.EnvelopeVerdict;
import io.wardwatt.optimize.replan.LoadCorrection;
import io.wardwatt.optimize.replan.LoadWatch;
import io.wardwatt.optimize.replan.MeasuredPlantState;
import io.wardwatt.optimize.replan.ReplanEnvelope;
import io.wardwatt.optimize.replan.RestOfDay;
import io.wardwatt.sim.SimulatedHospital;
import io.wardwatt.sim.plant.SimulatedChiller;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Intraday re-planning of one approved day as the service does it: the measured cooling (quarter-hour means of the
 * chilled-water meter) is watched against the forecast in force; when it has deviated by more than the rule's share
 * for the rule's time, the rest of the day is planned again from the measured plant state (what runs, since when,
 * starts used, the battery's charge) with the forecast corrected by what was observed. A re-plan inside the approved
 * plan's envelope is a revision and goes in force at once; one outside stays a draft (nobody approves drafts in a
 * simulated year, so the approved plan goes on).
 */
final class IntradayReplanner {

    private static final Duration QUARTER = Duration.ofMinutes(15);
    /** The lowest observed-to-forecast ratio a load correction applies (LoadCorrection clamps to 0.5..2). */
    private static final double LOWEST_RATIO = 0.5;

    private final DayProblem approved;
    private final ZoneId zone;
    private final SolverSettings solver;
    private final LoadWatch watch;
    private final DeviationRule rule;
    private final Map<String, Double> startsAtMidnight = new HashMap<>();
    private final List<DayPlan> revisions = new ArrayList<>();
    private double[] forecastKw;
    private double quarterKwh;
    private double quarterSeconds;
    private int drafts;

    IntradayReplanner(DayProblem approved, double[] forecastKw, ZoneId zone, SolverSettings solver, DeviationRule rule, SimulatedHospital hospital) {
        this.approved = approved;
        this.forecastKw = forecastKw.clone();
        this.zone = zone;
        this.solver = solver;
        this.rule = rule;
        this.watch = new LoadWatch(rule);
        hospital.plant().chillers().forEach(c -> startsAtMidnight.put(c.code(), c.starts()));
    }

    /** Records a step that ended at the hospital's time; at each quarter's end, watches it and re-plans when due. */
    void afterStep(SimulatedHospital hospital, double seconds) {
        quarterKwh += hospital.plant().deliveredKw() * seconds / 3600;
        quarterSeconds += seconds;
        Instant now = hospital.now();
        if (now.getEpochSecond() % QUARTER.toSeconds() != 0 || quarterSeconds <= 0) {
            return;
        }
        double measuredKw = quarterKwh * 3600 / quarterSeconds;
        quarterKwh = 0;
        quarterSeconds = 0;
        int slot = slotAt(now.minus(QUARTER));
        if (slot < 0) {
            return;
        }
        Optional<LoadWatch.ReplanDue> due = watch.observe(new LoadWatch.Reading(now, measuredKw, forecastKw[slot]));
        if (due.isPresent()) {
            replan(hospital, due.get());
        }
    }

    private void replan(SimulatedHospital hospital, LoadWatch.ReplanDue due) {
        LocalDateTime now = LocalDateTime.ofInstant(hospital.now(), zone);
        if (RestOfDay.nextSlot(approved, now) < 0) {
            return;
        }
        List<MeasuredPlantState.Chiller> chillers = new ArrayList<>();
        for (SimulatedChiller chiller : hospital.plant().chillers()) {
            LocalDateTime since = chiller.changedAt().equals(Instant.MIN) ? now.toLocalDate().minusDays(1).atStartOfDay()
                    : LocalDateTime.ofInstant(chiller.changedAt(), zone);
            chillers.add(new MeasuredPlantState.Chiller(chiller.code(), chiller.running(), since,
                    (int) Math.round(chiller.starts() - startsAtMidnight.get(chiller.code()))));
        }
        MeasuredPlantState state = new MeasuredPlantState(now, chillers, hospital.battery().stateOfChargePercent() / 100);
        // a plant that delivered nothing (a cold day's load fell to zero) observes a ratio of 0, which no correction takes:
        // the correction's own lower bound stands in
        double observed = Math.max(LOWEST_RATIO, due.observed().filter(Double::isFinite).orElse(1.0));
        RestOfDay rest = RestOfDay.of(approved, forecastKw, state, new LoadCorrection(observed, rule.correctionHalfLife()));
        DayPlan plan = new DayPlanner().plan(rest.problem(), solver);
        EnvelopeVerdict verdict = ReplanEnvelope.check(approved, rest.firstSlot(), rest.problem(), plan);
        watch.replanned(hospital.now());
        if (!verdict.revision()) {
            drafts++;
            return;
        }
        revisions.add(plan);
        double[] corrected = rest.correctedKw();
        for (int k = 0; k < corrected.length && rest.firstSlot() + k < forecastKw.length; k++) {
            forecastKw[rest.firstSlot() + k] = corrected[k];
        }
    }

    private int slotAt(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalDateTime start = approved.start();
        long minutes = Duration.between(start, local).toMinutes();
        int slot = (int) Math.floorDiv(minutes, approved.slotMinutes());
        return slot >= 0 && slot < forecastKw.length ? slot : -1;
    }

    /** The revisions in force, latest last (each covers the rest of the day from its first slot). */
    List<DayPlan> revisions() {
        return List.copyOf(revisions);
    }

    int drafts() {
        return drafts;
    }

    LocalDate day() {
        return approved.start().toLocalDate();
    }
}
