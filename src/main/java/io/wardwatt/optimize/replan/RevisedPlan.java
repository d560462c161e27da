package io.wardwatt.optimize.replan;

import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.PlannedSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An approved plan with its revisions: which plan governs each of its slots. A revision governs from its first slot
 * on until a later revision's first slot; it was made before its first slot began, so the slots before it stay the
 * earlier plan's.
 */
public final class RevisedPlan {

    /** A revision: its number, the approved plan's index of its first slot, and its plan of the slots from there. */
    public record Revision(int number, int firstSlot, DayPlan plan) {
    }

    /** The plan governing one slot: the approved plan (revision 0) or a revision, with its own slot. */
    public record Governing(int revision, PlannedSlot slot, DayPlan plan) {
    }

    private final DayPlan approved;
    private final List<Revision> revisions;

    /** @param revisions in the order they were made */
    public RevisedPlan(DayPlan approved, List<Revision> revisions) {
        this.approved = approved;
        this.revisions = List.copyOf(revisions);
        for (Revision revision : revisions) {
            if (revision.firstSlot() < 0 || revision.firstSlot() + revision.plan().slots().size() != approved.slots().size()) {
                throw new IllegalArgumentException("revision " + revision.number() + " from slot " + revision.firstSlot() + " has "
                        + revision.plan().slots().size() + " slots; the approved plan ends after slot " + (approved.slots().size() - 1));
            }
        }
    }

    public DayPlan approved() {
        return approved;
    }

    public List<Revision> revisions() {
        return revisions;
    }

    /** Who governs the approved plan's slot {@code index}. */
    public Governing at(int index) {
        for (int r = revisions.size() - 1; r >= 0; r--) {
            Revision revision = revisions.get(r);
            if (revision.firstSlot() <= index) {
                return new Governing(revision.number(), revision.plan().slots().get(index - revision.firstSlot()), revision.plan());
            }
        }
        return new Governing(0, approved.slots().get(index), approved);
    }

    /** The forecast in force per approved slot: each slot's load as its governing plan has it. */
    public double[] forecastKw() {
        double[] loads = new double[approved.slots().size()];
        for (int s = 0; s < loads.length; s++) {
            loads[s] = at(s).slot().loadKw();
        }
        return loads;
    }

    /** The chillers the governing plans run, slot by slot, from the first up to {@code last} inclusive. */
    public List<Set<String>> runningUpTo(int last) {
        List<Set<String>> running = new ArrayList<>();
        for (int s = 0; s <= last; s++) {
            running.add(at(s).slot().chillers().stream().filter(c -> c.on()).map(c -> c.id()).collect(Collectors.toSet()));
        }
        return running;
    }
}
