package io.wardwatt.optimize.replan;

import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.PlannedChiller;
import io.wardwatt.optimize.PlannedSlot;
import io.wardwatt.optimize.SlotConditions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The envelope check: an approval approves a plan under its rules and limits (operating rules, critical-zone cap,
 * set-point bounds, tariff, chillers in service, battery and its reserve, towers); a re-plan that keeps all of them
 * and is itself feasible changes only what the approval already allowed, so it is a revision. Anything else goes back
 * to an engineer as a draft.
 */
public final class ReplanEnvelope {

    private static final double EPS = 1e-9;

    private ReplanEnvelope() {
    }

    /**
     * @param approved the approved plan's problem
     * @param firstSlot the approved plan's index of the re-plan's first slot
     * @param replanProblem the re-plan's problem
     * @param replan the re-plan as solved
     */
    public static EnvelopeVerdict check(DayProblem approved, int firstSlot, DayProblem replanProblem, DayPlan replan) {
        List<String> reasons = new ArrayList<>();
        if (!approved.rules().equals(replanProblem.rules())) {
            reasons.add("operating rules changed: approved " + approved.rules() + ", re-plan " + replanProblem.rules());
        }
        if (!approved.objective().equals(replanProblem.objective())) {
            reasons.add("objective changed: approved " + approved.objective() + ", re-plan " + replanProblem.objective());
        }
        chillers(approved, replanProblem, reasons);
        Set<String> zones = ids(approved.zones().stream().map(z -> z.id()).toList());
        if (!zones.equals(ids(replanProblem.zones().stream().map(z -> z.id()).toList()))) {
            reasons.add("secondary pump zones changed: approved " + zones + ", re-plan "
                    + ids(replanProblem.zones().stream().map(z -> z.id()).toList()));
        }
        if (!Objects.equals(approved.condenser(), replanProblem.condenser())) {
            reasons.add("cooling towers or condenser-water set-point changed");
        }
        equipment(approved, replanProblem, reasons);
        slots(approved, firstSlot, replanProblem, reasons);
        if (!replan.feasible()) {
            reasons.add("the re-plan breaks hard rules: " + String.join("; ", replan.violations()));
        }
        setpoints(replanProblem, replan, reasons);
        return new EnvelopeVerdict(reasons.isEmpty(), reasons);
    }

    private static void chillers(DayProblem approved, DayProblem replan, List<String> reasons) {
        Set<String> before = ids(approved.chillers().stream().map(PlannedChiller::id).toList());
        Set<String> after = ids(replan.chillers().stream().map(PlannedChiller::id).toList());
        for (String id : after) {
            if (!before.contains(id)) {
                reasons.add("chiller " + id + " was out of service in the approved plan");
            }
        }
        for (String id : before) {
            if (!after.contains(id)) {
                reasons.add("chiller " + id + " of the approved plan is no longer available");
            }
        }
    }

    private static void equipment(DayProblem approved, DayProblem replan, List<String> reasons) {
        var a = approved.equipment();
        var r = replan.equipment();
        if (!Objects.equals(a == null ? null : a.battery(), r == null ? null : r.battery())) {
            reasons.add("the battery changed");
        }
        if (!Objects.equals(a == null ? null : a.reserve(), r == null ? null : r.reserve())) {
            reasons.add("the battery's emergency reserve changed");
        }
        if (!Objects.equals(a == null ? null : a.photovoltaic(), r == null ? null : r.photovoltaic())) {
            reasons.add("the PV changed");
        }
        if (approved.plansSite() != replan.plansSite()) {
            reasons.add(approved.plansSite() ? "the re-plan drops the site plan (battery, PV)" : "the re-plan adds a site plan");
        } else if (approved.plansSite()
                && Math.abs(approved.site().demandChargeCnyPerKwMonth() - replan.site().demandChargeCnyPerKwMonth()) > EPS) {
            reasons.add("the demand charge changed");
        }
    }

    private static void slots(DayProblem approved, int firstSlot, DayProblem replan, List<String> reasons) {
        if (approved.slotMinutes() != replan.slotMinutes()) {
            reasons.add("slot length changed: approved " + approved.slotMinutes() + " min, re-plan " + replan.slotMinutes() + " min");
            return;
        }
        int remaining = approved.slots().size() - firstSlot;
        if (firstSlot < 0 || remaining <= 0 || replan.slots().size() != remaining || approved.start() == null
                || !approved.start().plusMinutes((long) firstSlot * approved.slotMinutes()).equals(replan.start())) {
            reasons.add("the re-plan's slots are not the approved plan's slots " + firstSlot + ".." + (approved.slots().size() - 1));
            return;
        }
        for (int k = 0; k < remaining; k++) {
            SlotConditions a = approved.slots().get(firstSlot + k);
            SlotConditions r = replan.slots().get(k);
            String at = "slot " + (firstSlot + k) + " (" + replan.start().plusMinutes((long) k * replan.slotMinutes()).toLocalTime() + ")";
            if (!Objects.equals(a.tariffPeriod(), r.tariffPeriod()) || Math.abs(a.pricePerKwh() - r.pricePerKwh()) > EPS) {
                reasons.add(at + ": tariff changed from " + a.tariffPeriod() + " " + a.pricePerKwh() + " to " + r.tariffPeriod() + " "
                        + r.pricePerKwh() + " CNY/kWh");
            }
            if (r.minSupplyC() < a.minSupplyC() - EPS || r.maxSupplyC() > a.maxSupplyC() + EPS) {
                reasons.add(String.format(Locale.ROOT, "%s: supply set-point bounds %.2f..%.2f °C exceed the approved %.2f..%.2f °C", at,
                        r.minSupplyC(), r.maxSupplyC(), a.minSupplyC(), a.maxSupplyC()));
            }
        }
    }

    /** The solved set-points, against the slots' bounds: a guard on the solver, cheap enough to keep. */
    private static void setpoints(DayProblem replanProblem, DayPlan replan, List<String> reasons) {
        for (PlannedSlot slot : replan.slots()) {
            if (slot.index() < 0 || slot.index() >= replanProblem.slots().size() || slot.chillers().stream().noneMatch(c -> c.on())) {
                continue;
            }
            SlotConditions bounds = replanProblem.slots().get(slot.index());
            if (slot.supplySetpointC() < bounds.minSupplyC() - EPS || slot.supplySetpointC() > bounds.maxSupplyC() + EPS) {
                reasons.add(String.format(Locale.ROOT, "slot %d of the re-plan: supply %.2f °C outside %.2f..%.2f °C", slot.index(),
                        slot.supplySetpointC(), bounds.minSupplyC(), bounds.maxSupplyC()));
            }
        }
    }

    private static Set<String> ids(List<String> ids) {
        return new LinkedHashSet<>(ids);
    }
}
