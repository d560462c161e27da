package io.wardwatt.optimize;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * A day plan's slot as control follows it: the slot that holds an instant, with each chiller's and pump's command
 * and, when the plan planned the site with a battery, the battery's power for the slot.
 */
public final class PlanSlotsInForce {

    private PlanSlotsInForce() {
    }

    /** The slot of {@code plan} that holds {@code at}, in dispatch mode; empty when the plan does not cover it. */
    public static Optional<SlotInForce> at(UUID planId, DayPlan plan, ZoneId zone, Instant at) {
        for (PlannedSlot slot : plan.slots()) {
            Instant from = slot.start().atZone(zone).toInstant();
            Instant until = slot.start().plusMinutes(plan.slotMinutes()).atZone(zone).toInstant();
            if (!at.isBefore(from) && at.isBefore(until)) {
                return Optional.of(new SlotInForce(planId, false, slot.index(), from, until, slot.supplySetpointC(),
                        slot.chillers().stream().map(c -> new SlotInForce.ChillerCommand(c.id(), c.on(), c.loadKw())).toList(),
                        slot.pumps().stream().map(p -> new SlotInForce.PumpCommand(p.id(), p.on(), p.speedFraction())).toList(),
                        battery(plan, slot.index())));
            }
        }
        return Optional.empty();
    }

    private static SlotInForce.BatteryCommand battery(DayPlan plan, int index) {
        SitePlan site = plan.site();
        if (site == null || site.batteryId() == null || site.batteryId().isBlank()) {
            return null;
        }
        return site.slots().stream().filter(s -> s.index() == index && Double.isFinite(s.batteryKw())).findFirst()
                .map(s -> new SlotInForce.BatteryCommand(site.batteryId(), s.batteryKw())).orElse(null);
    }
}
