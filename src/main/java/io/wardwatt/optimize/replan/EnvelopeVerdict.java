package io.wardwatt.optimize.replan;

import java.util.List;

/**
 * Whether a re-plan stays inside the approved plan's envelope, and why.
 *
 * @param revision true: the same rules and limits, so it is a revision of the approved plan and needs no approval;
 *        false: it is a draft for approval, and the approved plan stays in force
 * @param reasons what takes it outside (empty for a revision)
 */
public record EnvelopeVerdict(boolean revision, List<String> reasons) {

    public EnvelopeVerdict {
        reasons = List.copyOf(reasons);
        if (revision != reasons.isEmpty()) {
            throw new IllegalArgumentException("a revision has no reasons against it, a draft at least one, got " + revision + " with " + reasons);
        }
    }

    /** One line for the plan's history. */
    public String summary() {
        return revision ? "inside the approved plan's envelope (same rules, chillers, tariff and limits): a revision, no approval needed"
                : "outside the approved plan's envelope, a draft for approval: " + String.join("; ", reasons);
    }
}
