package io.wardwatt.optimize.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wardwatt.optimize.ApprovedPlans;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.PlannedSlot;
import io.wardwatt.optimize.SitePlan;
import io.wardwatt.optimize.SlotInForce;
import io.wardwatt.optimize.replan.RevisedPlan;
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
 * the day before, for a plan that runs past midnight), and its slot that holds the instant, with the battery's power
 * set-point when the plan has one. From a revision's first slot on, the latest revision's slot is the plan in force.
 */
@ApplicationScoped
public class ApprovedPlanLookup implements ApprovedPlans {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LifecycleRepository lifecycles;

    @Inject
    PlanRepository plans;

    @Inject
    PlanApprovals approvals;

    @Inject
    ApprovedDays days;

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

    /**
     * The slot of the plan in force that holds {@code at}: the approved plan's, or from a revision's first slot on,
     * the latest revision's (numbered by the approved plan's slots, so the control table reads alike).
     */
    private Optional<SlotInForce> slotAt(LifecycleRepository.Entry entry, ZoneId zone, Instant at) {
        DayPlan plan = approvals.span(plans.find(entry.planId()).orElseThrow()).plan();
        for (PlannedSlot approvedSlot : plan.slots()) {
            Instant from = approvedSlot.start().atZone(zone).toInstant();
            Instant until = approvedSlot.start().plusMinutes(plan.slotMinutes()).atZone(zone).toInstant();
            if (!at.isBefore(from) && at.isBefore(until)) {
                RevisedPlan.Governing governing = days.revised(entry.planId(), plan).at(approvedSlot.index());
                PlannedSlot slot = governing.slot();
                SlotInForce.BatteryCommand battery = governing.revision() == 0
                        ? plans.planJson(entry.planId()).map(json -> batteryCommand(json, slot.index())).orElse(null)
                        : revisedBattery(governing);
                return Optional.of(new SlotInForce(entry.planId(), entry.mode().equals("advisory"), approvedSlot.index(), from, until,
                        slot.supplySetpointC(),
                        slot.chillers().stream().map(c -> new SlotInForce.ChillerCommand(c.id(), c.on(), c.loadKw())).toList(),
                        slot.pumps().stream().map(p -> new SlotInForce.PumpCommand(p.id(), p.on(), p.speedFraction())).toList(),
                        battery));
            }
        }
        return Optional.empty();
    }

    /** A revision's battery power for its slot (revisions are recent plans: their site part is read as a record). */
    private static SlotInForce.BatteryCommand revisedBattery(RevisedPlan.Governing governing) {
        SitePlan site = governing.plan().site();
        if (site == null || site.batteryId() == null || site.batteryId().isBlank()) {
            return null;
        }
        return site.slots().stream().filter(s -> s.index() == governing.slot().index() && Double.isFinite(s.batteryKw())).findFirst()
                .map(s -> new SlotInForce.BatteryCommand(site.batteryId(), s.batteryKw())).orElse(null);
    }

    /**
     * The battery's command of one slot, read from the stored plan's JSON: {@code site.batteryId} and the
     * {@code batteryKw} of the element of {@code site.slots} whose {@code index} is the slot's. Read from the tree rather than the plan record so that plans stored
     * with and without the site part read alike; null when the plan has no site part, no battery or no power for
     * the slot: then nothing is commanded and the battery follows its own timetable.
     */
    static SlotInForce.BatteryCommand batteryCommand(String planJson, int slotIndex) {
        JsonNode site;
        try {
            site = JSON.readTree(planJson).path("site");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a plan: " + e.getOriginalMessage(), e);
        }
        JsonNode battery = site.path("batteryId");
        if (!battery.isTextual() || battery.asText().isBlank()) {
            return null;
        }
        JsonNode slots = site.path("slots");
        JsonNode slot = null;
        for (JsonNode candidate : slots) {
            if (candidate.path("index").isIntegralNumber() && candidate.path("index").asInt() == slotIndex) {
                slot = candidate;
                break;
            }
        }
        JsonNode powerKw = slot == null ? null : slot.path("batteryKw");
        if (powerKw == null || !powerKw.isNumber() || !Double.isFinite(powerKw.asDouble())) {
            return null;
        }
        return new SlotInForce.BatteryCommand(battery.asText(), powerKw.asDouble());
    }
}
