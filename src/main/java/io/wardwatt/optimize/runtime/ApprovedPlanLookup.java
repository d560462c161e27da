package io.wardwatt.optimize.runtime;

import io.wardwatt.optimize.ApprovedPlans;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.PlannedSlot;
import io.wardwatt.optimize.SlotInForce;
import io.wardwatt.optimize.store.LifecycleRepository;
import io.wardwatt.optimize.store.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * {@link ApprovedPlans} from the stored life cycles: the plan in force for the site's local day of the instant (or
 * the day before, for a plan that runs past midnight), and its slot that holds the instant.
 */
@ApplicationScoped
public class ApprovedPlanLookup implements ApprovedPlans {

    @Inject
    LifecycleRepository lifecycles;

    @Inject
    PlanRepository plans;

    @Inject
    PlanApprovals approvals;

    @Override
    @Transactional
    public Optional<SlotInForce> current(String site, Instant at) {
        ZoneId zone = approvals.zone(site);
        LocalDate day = at.atZone(zone).toLocalDate();
        for (LocalDate date : new LocalDate[] {day, day.minusDays(1)}) {
            Optional<SlotInForce> slot = lifecycles.inForce(site, date).flatMap(entry -> slotAt(entry, zone, at));
            if (slot.isPresent()) {
                return slot;
            }
        }
        return Optional.empty();
    }

    private Optional<SlotInForce> slotAt(LifecycleRepository.Entry entry, ZoneId zone, Instant at) {
        DayPlan plan = approvals.span(plans.find(entry.planId()).orElseThrow()).plan();
        for (PlannedSlot slot : plan.slots()) {
            Instant from = slot.start().atZone(zone).toInstant();
            Instant until = slot.start().plusMinutes(plan.slotMinutes()).atZone(zone).toInstant();
            if (!at.isBefore(from) && at.isBefore(until)) {
                return Optional.of(new SlotInForce(entry.planId(), entry.mode().equals("advisory"), slot.index(), from, until,
                        slot.supplySetpointC(),
                        slot.chillers().stream().map(c -> new SlotInForce.ChillerCommand(c.id(), c.on(), c.loadKw())).toList(),
                        slot.pumps().stream().map(p -> new SlotInForce.PumpCommand(p.id(), p.on(), p.speedFraction())).toList()));
            }
        }
        return Optional.empty();
    }
}
