package io.wardwatt.optimize.runtime;

import io.wardwatt.acquisition.PolledValue;
import io.wardwatt.acquisition.runtime.LiveValues;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.optimize.PlannedChiller;
import io.wardwatt.optimize.SiteSlot;
import io.wardwatt.optimize.replan.DeviationRule;
import io.wardwatt.optimize.replan.LoadWatch;
import io.wardwatt.optimize.replan.MeasuredPlantState;
import io.wardwatt.optimize.replan.PlantStateReckoning;
import io.wardwatt.optimize.replan.ReplanCause;
import io.wardwatt.optimize.replan.RevisedPlan;
import io.wardwatt.plant.BatteryDefinition;
import io.wardwatt.readings.Quality;
import io.wardwatt.readings.query.RawValue;
import io.wardwatt.site.MeasurementPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What re-planning measures: the cooling load per quarter hour (the BTU meter's rollups, as plan against actual reads
 * them) against the forecast in force, and the plant's state (the plan so far, the chillers' live RUN, the battery's
 * state of charge).
 */
@ApplicationScoped
class MeasuredPlant {

    /** A live RUN older than this says nothing of now. */
    private static final Duration LIVE_MAX_AGE = Duration.ofMinutes(5);

    @Inject
    SiteMeters meters;

    @Inject
    LiveValues live;

    @Inject
    OptimizeConfig config;

    /**
     * A watch fed with the day's quarter hours since the last re-plan (or the plan's start) up to {@code now}: a
     * restart rebuilds exactly the watch it had, from the stored readings and re-plans.
     */
    LoadWatch watch(ApprovedDay day, DeviationRule rule, Instant now) {
        return feed(day, rule, now).watch();
    }

    /**
     * A re-plan due at {@code now}: the last one the readings raise, if its deviation still holds at the latest
     * reading (a deviation that ended while nobody watched is not re-planned afterwards).
     */
    Optional<LoadWatch.ReplanDue> due(ApprovedDay day, DeviationRule rule, Instant now) {
        Fed fed = feed(day, rule, now);
        return fed.last().filter(due -> due.cause() instanceof ReplanCause.LoadDeviation deviation
                && fed.watch().episodeFrom().filter(deviation.from()::equals).isPresent());
    }

    private record Fed(LoadWatch watch, Optional<LoadWatch.ReplanDue> last) {
    }

    private Fed feed(ApprovedDay day, DeviationRule rule, Instant now) {
        Optional<Instant> lastReplan = day.latestReplan().map(r -> r.at());
        LoadWatch watch = new LoadWatch(rule, lastReplan.orElse(null));
        Instant from = day.slotStart(0);
        if (lastReplan.isPresent() && lastReplan.get().isAfter(from)) {
            // From the first whole quarter after the re-plan: the readings after it are held to the revised forecast.
            long quarters = (Duration.between(from, lastReplan.get()).toSeconds() + SiteMeters.QUARTER.toSeconds() - 1) / SiteMeters.QUARTER.toSeconds();
            from = from.plus(SiteMeters.QUARTER.multipliedBy(quarters));
        }
        Instant until = now.isBefore(day.end()) ? now : day.end();
        int count = (int) (Duration.between(from, until).toSeconds() / SiteMeters.QUARTER.toSeconds());
        if (count <= 0) {
            return new Fed(watch, Optional.empty());
        }
        MeasurementPoint meter = coolingMeter(day.plan().site());
        double[] kwh = meters.consumption(meter, from, count, SiteMeters.QUARTER);
        double[] forecast = day.revised().forecastKw();
        Optional<LoadWatch.ReplanDue> last = Optional.empty();
        for (int q = 0; q < count; q++) {
            if (Double.isNaN(kwh[q])) {
                continue;
            }
            Instant start = from.plus(SiteMeters.QUARTER.multipliedBy(q));
            int slot = day.slotAt(start);
            if (slot < 0) {
                continue;
            }
            double kw = kwh[q] / (SiteMeters.QUARTER.toSeconds() / 3600.0);
            Optional<LoadWatch.ReplanDue> due = watch.observe(new LoadWatch.Reading(start.plus(SiteMeters.QUARTER), Math.max(0, kw), forecast[slot]));
            if (due.isPresent()) {
                last = due;
            }
        }
        return new Fed(watch, last);
    }

    private MeasurementPoint coolingMeter(String site) {
        List<String> notes = new ArrayList<>();
        return meters.kwhCounter(site, Optional.of(config.actual().coolingPoint()), "wardwatt.optimize.actual.cooling-point", "cooling meter", notes)
                .orElseThrow(() -> new StateConflictException("the measured cooling load cannot be read: " + String.join("; ", notes)));
    }

    /** The plant at {@code now}: the plan in force so far, corrected by each chiller's live RUN; the battery's energy. */
    MeasuredPlantState state(ApprovedDay day, Instant now) {
        int current = day.slotAt(now);
        if (current < 0) {
            throw new StateConflictException("plan " + day.plan().id() + " holds no slot at " + now);
        }
        Map<String, PlantStateReckoning.LiveRun> runs = new HashMap<>();
        for (PlannedChiller chiller : day.problem().chillers()) {
            live.latest(chiller.id(), "RUN").filter(v -> v.quality() == Quality.GOOD && !v.ts().isBefore(now.minus(LIVE_MAX_AGE)))
                    .ifPresent(v -> runs.put(chiller.id(), new PlantStateReckoning.LiveRun(v.value() != 0, null)));
        }
        return PlantStateReckoning.reckon(day.problem(), day.revised().runningUpTo(current), day.local(now), runs,
                stateOfChargeFraction(day, current, now));
    }

    /** The battery's energy the re-plan starts from, kWh; null without a battery. */
    Double stateOfChargeKwh(ApprovedDay day, MeasuredPlantState state) {
        BatteryDefinition battery = battery(day);
        return battery == null || Double.isNaN(state.batteryStateOfChargeFraction()) ? null
                : state.batteryStateOfChargeFraction() * battery.capacityKwh();
    }

    /** Measured (the state-of-charge point, read within its maximum age); else where the plan in force expects it. */
    private double stateOfChargeFraction(ApprovedDay day, int current, Instant now) {
        BatteryDefinition battery = battery(day);
        if (battery == null) {
            return Double.NaN;
        }
        List<String> notes = new ArrayList<>();
        Optional<MeasurementPoint> point = meters.value(day.plan().site(), config.site().batteryStateOfChargePoint(),
                "wardwatt.optimize.site.battery-state-of-charge-point", "state-of-charge meter", java.util.Set.of("%"), notes);
        Optional<RawValue> latest = point.flatMap(p -> meters.latest(p, now, config.site().stateOfChargeMaxAge()));
        if (latest.isPresent() && latest.get().value() >= 0 && latest.get().value() <= 100) {
            return latest.get().value() / 100;
        }
        RevisedPlan.Governing governing = day.revised().at(current);
        if (governing.plan().site() != null) {
            for (SiteSlot slot : governing.plan().site().slots()) {
                if (slot.index() == governing.slot().index()) {
                    return Math.max(0, Math.min(1, slot.stateOfChargeKwh() / battery.capacityKwh()));
                }
            }
        }
        return battery.initialStateOfChargeFraction();
    }

    private static BatteryDefinition battery(ApprovedDay day) {
        return day.problem().equipment() == null ? null : day.problem().equipment().battery();
    }
}
