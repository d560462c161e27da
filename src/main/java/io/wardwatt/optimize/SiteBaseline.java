package io.wardwatt.optimize;

import java.util.List;

/**
 * The site run conventionally: the plant by conventional sequencing, the battery on its timetable.
 * {@code violations}: battery rules the timetable breaks (e.g. it starts below the reserve).
 */
public record SiteBaseline(String method, List<String> violations, List<SiteSlot> slots, SiteTotals totals) {

    public SiteBaseline {
        violations = List.copyOf(violations);
        slots = List.copyOf(slots);
    }
}
