package io.wardwatt.optimize;

import java.util.List;

/**
 * The site around the day plan: the plant's planned power, the rest of the site's forecast, the PV forecast and the
 * battery's planned day, with the grid they add up to; the conventional site (plant conventional, battery on its
 * timetable), what the battery contributes, and a lower bound on the whole day's objective.
 *
 * @param feasible whether the battery keeps every hard rule (the reserve) all day
 * @param violations the rules it cannot keep, with the reason (empty when feasible)
 * @param bound a lower bound on the day's objective (plant and site together) and the plan's gap to it
 * @param batteryId the battery whose power the slots plan (the device control writes it to; null: no battery)
 */
public record SitePlan(String method, String batteryId, boolean feasible, List<String> violations, List<SiteSlot> slots, SiteTotals totals, SiteBaseline baseline,
        BatteryContribution battery, PlanBound bound) {

    public SitePlan {
        violations = List.copyOf(violations);
        slots = List.copyOf(slots);
    }
}
