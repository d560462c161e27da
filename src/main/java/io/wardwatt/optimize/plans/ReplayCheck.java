package io.wardwatt.optimize.plans;

import io.wardwatt.optimize.ChillerDispatch;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.PlannedSlot;
import io.wardwatt.optimize.PumpState;
import io.wardwatt.optimize.SolverStatistics;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Whether a replay gave the plan its original gave: per slot every chiller on or off and its load, the supply
 * set-point, every pump on or off and its speed, the slot's cost; and the plan's total cost and feasibility. Compared
 * as stored (each number rounded by its unit, see PlanJson): a replay of the same search gives the same numbers to
 * the last digit, so any difference is a real one and none is explained away by a tolerance.
 *
 * @param samePlan true when no field differs
 * @param verdict the answer in a sentence, with why when the searches differ
 * @param search how each plan was searched (null when one of them has no plan)
 * @param costDifferenceCny the replay's total cost minus the original's (null when one has no plan)
 * @param differences every field that differs, slot by slot
 */
public record ReplayCheck(UUID original, UUID replay, boolean samePlan, String verdict, Search search, Double costDifferenceCny,
        List<Difference> differences) {

    public ReplayCheck {
        differences = List.copyOf(differences);
    }

    /**
     * Both searches: the same seed and the same count of evaluated moves means the same search (see
     * SolverSettings.replaying).
     */
    public record Search(long originalSeed, long replaySeed, long originalMoves, long replayMoves, String originalTermination,
            String replayTermination, boolean sameSearch) {
    }

    /**
     * One field that differs; {@code slot} and {@code start} are null for a whole-plan field.
     *
     * @param field e.g. {@code chiller CH2 on}, {@code chiller CH2 loadKw}, {@code supplySetpointC}, {@code pump SCHWP-Z1-2 speedFraction},
     *        {@code costCny}, {@code totals.costCny}
     */
    public record Difference(Integer slot, LocalDateTime start, String field, Object original, Object replay) {
    }

    public static ReplayCheck of(UUID originalId, DayPlan original, UUID replayId, DayPlan replay) {
        List<Difference> differences = new ArrayList<>();
        whole(differences, "feasible", original.feasible(), replay.feasible());
        whole(differences, "totals.costCny", original.totals().costCny(), replay.totals().costCny());
        if (original.slotMinutes() != replay.slotMinutes() || original.slots().size() != replay.slots().size()) {
            whole(differences, "slots", original.slots().size() + " × " + original.slotMinutes() + " min",
                    replay.slots().size() + " × " + replay.slotMinutes() + " min");
        } else {
            for (int i = 0; i < original.slots().size(); i++) {
                slot(differences, original.slots().get(i), replay.slots().get(i));
            }
        }
        Search search = search(original.solver(), replay.solver());
        boolean same = differences.isEmpty();
        return new ReplayCheck(originalId, replayId, same, verdict(same, differences.size(), search), search,
                replay.totals().costCny() - original.totals().costCny(), differences);
    }

    /** One of the two holds no plan (failed, or stopped before it was solved): there is no plan to be the same. */
    public static ReplayCheck withoutPlan(UUID originalId, UUID replayId, String why) {
        return new ReplayCheck(originalId, replayId, false, "no plan to compare: " + why, null, null, List.of());
    }

    private static void slot(List<Difference> differences, PlannedSlot a, PlannedSlot b) {
        if (!a.chillers().stream().map(ChillerDispatch::id).toList().equals(b.chillers().stream().map(ChillerDispatch::id).toList())) {
            field(differences, a, "chillers", ids(a.chillers().stream().map(ChillerDispatch::id).toList()),
                    ids(b.chillers().stream().map(ChillerDispatch::id).toList()));
        } else {
            for (int c = 0; c < a.chillers().size(); c++) {
                ChillerDispatch ca = a.chillers().get(c);
                ChillerDispatch cb = b.chillers().get(c);
                field(differences, a, "chiller " + ca.id() + " on", ca.on(), cb.on());
                field(differences, a, "chiller " + ca.id() + " loadKw", ca.loadKw(), cb.loadKw());
            }
        }
        field(differences, a, "supplySetpointC", a.supplySetpointC(), b.supplySetpointC());
        if (!a.pumps().stream().map(PumpState::id).toList().equals(b.pumps().stream().map(PumpState::id).toList())) {
            field(differences, a, "pumps", ids(a.pumps().stream().map(PumpState::id).toList()), ids(b.pumps().stream().map(PumpState::id).toList()));
        } else {
            for (int p = 0; p < a.pumps().size(); p++) {
                PumpState pa = a.pumps().get(p);
                PumpState pb = b.pumps().get(p);
                field(differences, a, "pump " + pa.id() + " on", pa.on(), pb.on());
                field(differences, a, "pump " + pa.id() + " speedFraction", pa.speedFraction(), pb.speedFraction());
            }
        }
        field(differences, a, "costCny", a.costCny(), b.costCny());
    }

    private static void field(List<Difference> differences, PlannedSlot slot, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            differences.add(new Difference(slot.index(), slot.start(), field, a, b));
        }
    }

    private static void whole(List<Difference> differences, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            differences.add(new Difference(null, null, field, a, b));
        }
    }

    private static String ids(List<String> ids) {
        return String.join(", ", ids);
    }

    private static Search search(SolverStatistics a, SolverStatistics b) {
        if (a == null || b == null) {
            return null;
        }
        return new Search(a.randomSeed(), b.randomSeed(), a.scoreCalculations(), b.scoreCalculations(), a.termination(), b.termination(),
                a.randomSeed() == b.randomSeed() && searched(a) == searched(b));
    }

    /**
     * The count of evaluated moves, where a search stopped before it began (0) and its replay, which scores the
     * starting plan and stops (1), both count as having evaluated none beyond the start.
     */
    private static long searched(SolverStatistics run) {
        return Math.max(1, run.scoreCalculations());
    }

    private static String verdict(boolean same, int differences, Search search) {
        String counted = differences + (differences == 1 ? " field differs" : " fields differ");
        if (search == null) {
            return same ? "same plan" : "not the same plan: " + counted;
        }
        String searches = "the original's search evaluated " + search.originalMoves() + " moves with seed " + search.originalSeed() + " ("
                + search.originalTermination() + "), the replay's " + search.replayMoves() + " with seed " + search.replaySeed() + " ("
                + search.replayTermination() + ")";
        if (same && search.sameSearch()) {
            return "same plan: the replay repeated the original's search, " + search.originalMoves() + " moves with seed " + search.originalSeed();
        }
        if (same) {
            return "same plan, though not the same search: " + searches;
        }
        if (search.sameSearch()) {
            return "not the same plan: " + counted + ", although both searches evaluated " + search.originalMoves() + " moves with seed "
                    + search.originalSeed() + " (the inputs or the planner differ)";
        }
        return "not the same plan: " + counted + "; the searches differ, so the plans may: " + searches;
    }
}
