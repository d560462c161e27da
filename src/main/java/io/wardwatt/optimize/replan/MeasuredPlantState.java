package io.wardwatt.optimize.replan;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plant as measured when a re-plan is made: what runs, since when, and how many starts each chiller has used
 * today; local times of the plan's site.
 *
 * @param at when it was measured
 * @param batteryStateOfChargeFraction the battery's measured state of charge, 0..1 (NaN: not measured, or no battery)
 */
public record MeasuredPlantState(LocalDateTime at, List<Chiller> chillers, double batteryStateOfChargeFraction) {

    /**
     * One chiller.
     *
     * @param since when it last switched to its present state (any time before the day is fine: long enough for any rule)
     * @param startsToday starts since the plan's day began
     */
    public record Chiller(String id, boolean on, LocalDateTime since, int startsToday) {

        public Chiller {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a measured chiller needs its id");
            }
            if (since == null) {
                throw new IllegalArgumentException("chiller " + id + ": since when it is " + (on ? "on" : "off") + " is required");
            }
            if (startsToday < 0) {
                throw new IllegalArgumentException("chiller " + id + ": starts today must be ≥ 0, got " + startsToday);
            }
        }
    }

    public MeasuredPlantState {
        chillers = List.copyOf(chillers);
        Set<String> ids = new HashSet<>();
        for (Chiller chiller : chillers) {
            if (!ids.add(chiller.id())) {
                throw new IllegalArgumentException("measured state: chiller " + chiller.id() + " appears twice");
            }
            if (chiller.since().isAfter(at)) {
                throw new IllegalArgumentException("measured state: chiller " + chiller.id() + " is " + (chiller.on() ? "on" : "off")
                        + " since " + chiller.since() + ", after the measurement at " + at);
            }
        }
        if (!Double.isNaN(batteryStateOfChargeFraction) && !(batteryStateOfChargeFraction >= 0 && batteryStateOfChargeFraction <= 1)) {
            throw new IllegalArgumentException("measured state: the battery's state of charge must lie in 0..1, got " + batteryStateOfChargeFraction);
        }
    }
}
