package io.wardwatt.optimize.plans;

import io.wardwatt.input.StateConflictException;
import io.wardwatt.optimize.ChillerDispatch;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.PlanTotals;
import io.wardwatt.optimize.PlannedSlot;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Two plans side by side: their totals with the difference {@code b − a} (negative = b uses less), and per slot which
 * chillers each runs, the set-points and the power difference.
 */
public record PlanComparison(UUID a, UUID b, List<TotalLine> totals, Figures figures, List<SlotLine> slots) {

    /** One total of both plans. */
    public record TotalLine(String quantity, String unit, double a, double b, double difference) {
    }

    /** Figures that are not sums. */
    public record Figures(boolean feasibleA, boolean feasibleB, Double gapPercentA, Double gapPercentB, Double savingPercentA,
            Double savingPercentB) {
    }

    /** One slot of both plans; {@code sameChillers} is false where the plans run a different set of chillers. */
    public record SlotLine(int index, LocalDateTime start, double loadKwA, double loadKwB, List<String> chillersOnA, List<String> chillersOnB,
            boolean sameChillers, double supplySetpointCA, double supplySetpointCB, double powerKwA, double powerKwB, double powerDifferenceKw) {
    }

    /** @throws StateConflictException when the plans do not cover the same slots, so slot by slot means nothing */
    public static PlanComparison of(UUID idA, DayPlan a, UUID idB, DayPlan b) {
        if (a.slotMinutes() != b.slotMinutes() || a.slots().size() != b.slots().size()) {
            throw new StateConflictException("plans " + idA + " (" + a.slots().size() + " slots of " + a.slotMinutes() + " min) and " + idB
                    + " (" + b.slots().size() + " slots of " + b.slotMinutes() + " min) do not cover the same slots");
        }
        PlanTotals ta = a.totals();
        PlanTotals tb = b.totals();
        List<TotalLine> totals = List.of(
                line("energy", "kWh", ta.energyKwh(), tb.energyKwh()),
                line("chiller energy", "kWh", ta.chillerEnergyKwh(), tb.chillerEnergyKwh()),
                line("pump energy", "kWh", ta.pumpEnergyKwh(), tb.pumpEnergyKwh()),
                line("cost", "CNY", ta.costCny(), tb.costCny()),
                line("carbon", "kg CO2", ta.carbonKg(), tb.carbonKg()),
                line("chiller starts", "starts", ta.starts(), tb.starts()),
                line("objective", "objective", ta.objective(), tb.objective()));
        Figures figures = new Figures(a.feasible(), b.feasible(), a.bound() == null ? null : a.bound().gapPercent(),
                b.bound() == null ? null : b.bound().gapPercent(), a.saving() == null ? null : a.saving().objectivePercent(),
                b.saving() == null ? null : b.saving().objectivePercent());
        List<SlotLine> slots = new ArrayList<>();
        for (int i = 0; i < a.slots().size(); i++) {
            PlannedSlot sa = a.slots().get(i);
            PlannedSlot sb = b.slots().get(i);
            List<String> onA = running(sa);
            List<String> onB = running(sb);
            slots.add(new SlotLine(sa.index(), sa.start(), sa.loadKw(), sb.loadKw(), onA, onB, onA.equals(onB), sa.supplySetpointC(),
                    sb.supplySetpointC(), sa.powerKw(), sb.powerKw(), sb.powerKw() - sa.powerKw()));
        }
        return new PlanComparison(idA, idB, totals, figures, slots);
    }

    private static TotalLine line(String quantity, String unit, double a, double b) {
        return new TotalLine(quantity, unit, a, b, b - a);
    }

    private static List<String> running(PlannedSlot slot) {
        return slot.chillers().stream().filter(ChillerDispatch::on).map(ChillerDispatch::id).sorted().toList();
    }
}
