package io.wardwatt.optimize.replan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayPlanner;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.PlanRules;
import io.wardwatt.optimize.SlotConditions;
import io.wardwatt.optimize.SolverSettings;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplanEnvelopeTest {

    private static final SolverSettings QUICK = new SolverSettings(Duration.ofSeconds(3), Duration.ofMillis(500), 7);

    private static RestOfDay rest(DayProblem approved, double observed) {
        return RestOfDay.of(approved, RestOfDayTest.measuredAt(LocalDateTime.parse("2026-07-15T11:20")),
                new LoadCorrection(observed, Duration.ofHours(2)));
    }

    @Test
    void aReplanOfTheApprovedProblemFromTheMeasuredStateIsARevision() {
        DayProblem approved = RestOfDayTest.approved();
        RestOfDay rest = rest(approved, 0.9);
        DayPlan replan = new DayPlanner().plan(rest.problem(), QUICK);
        EnvelopeVerdict verdict = ReplanEnvelope.check(approved, rest.firstSlot(), rest.problem(), replan);
        assertTrue(verdict.revision(), verdict.summary());
        assertTrue(verdict.summary().contains("no approval needed"));
    }

    @Test
    void otherRulesAnotherTariffOrAChillerBackInServiceMakeADraftSayingWhy() {
        DayProblem approved = RestOfDayTest.approved();
        RestOfDay rest = rest(approved, 0.9);
        DayProblem base = rest.problem();
        PlanRules r = base.rules();
        DayProblem noSpare = new DayProblem(base.name(), base.start(), base.slotMinutes(), base.slots(), base.chillers(), base.zones(),
                new PlanRules(0, r.spareFraction(), r.minRunSlots(), r.minStopSlots(), r.maxStartsPerDay(), r.supplySetpointsC(), r.startCost()),
                base.objective(), base.conventional(), base.initialState());
        List<SlotConditions> dearer = new ArrayList<>(base.slots());
        SlotConditions s = dearer.get(2);
        dearer.set(2, new SlotConditions(s.loadKw(), s.condenserEnteringC(), s.minSupplyC(), s.maxSupplyC() + 1, "critical-peak", s.pricePerKwh() * 2,
                s.carbonKgPerKwh()));
        DayProblem otherTariff = base.withSlots(dearer);
        DayProblem twoChillers = new DayProblem(base.name(), base.start(), base.slotMinutes(), base.slots(), approved.chillers().subList(0, 2),
                base.zones(), base.rules(), base.objective(), base.conventional(), base.initialState().subList(0, 2));
        DayProblem approvedWithTwo = new DayProblem(approved.name(), approved.start(), approved.slotMinutes(), approved.slots(),
                approved.chillers().subList(0, 2), approved.zones(), approved.rules(), approved.objective(), approved.conventional(), List.of());

        // 10 % above the forecast puts the early afternoon beyond what two chillers carry with the third spare.
        RestOfDay above = rest(approved, 1.1);
        String beyond = draft(approved, above.firstSlot(), above.problem());
        assertTrue(beyond.contains("the re-plan breaks hard rules: slot 1 (13:00)"), beyond);
        String rules = draft(approved, rest.firstSlot(), noSpare);
        assertTrue(rules.contains("operating rules changed"), rules);
        String tariff = draft(approved, rest.firstSlot(), otherTariff);
        assertTrue(tariff.contains("slot 6 (14:00): tariff changed"), tariff);
        assertTrue(tariff.contains("supply set-point bounds"), tariff);
        String backInService = draft(approvedWithTwo, rest.firstSlot(), base);
        assertTrue(backInService.contains("chiller CH3 was out of service in the approved plan"), backInService);
        String lost = draft(approved, rest.firstSlot(), twoChillers);
        assertTrue(lost.contains("chiller CH3 of the approved plan is no longer available"), lost);
    }

    private static String draft(DayProblem approved, int firstSlot, DayProblem replanProblem) {
        DayPlan replan = new DayPlanner().plan(replanProblem, QUICK);
        EnvelopeVerdict verdict = ReplanEnvelope.check(approved, firstSlot, replanProblem, replan);
        assertFalse(verdict.revision(), verdict.summary());
        return verdict.summary();
    }
}
