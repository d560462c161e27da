package io.wardwatt.optimize;

import java.util.List;

/**
 * Conventional sequencing on the same forecast. {@code violations} lists the plant rules it breaks (it follows its
 * own staging logic, not the optimizer's rules), empty when it keeps them all.
 */
public record BaselinePlan(String method, List<String> violations, List<PlannedSlot> slots, PlanTotals totals) {

    public BaselinePlan {
        violations = List.copyOf(violations);
        slots = List.copyOf(slots);
    }
}
