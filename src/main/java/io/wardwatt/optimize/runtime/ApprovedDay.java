package io.wardwatt.optimize.runtime;

import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.plans.PlanRevision;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.replan.RevisedPlan;
import io.wardwatt.optimize.store.LifecycleRepository;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An approved plan in force, read for a re-plan: its stored inputs and problem, its plan with the revisions made so
 * far, and its re-plans (revisions and drafts).
 */
record ApprovedDay(StoredPlan plan, LifecycleRepository.Entry entry, ZoneId zone, String scenarioJson, Map<String, String> modelFiles,
        DayProblem problem, RevisedPlan revised, List<PlanRevision> replans) {

    DayPlan approvedPlan() {
        return revised.approved();
    }

    LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, zone);
    }

    Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    Instant slotStart(int slot) {
        return instant(problem.start().plusMinutes((long) slot * problem.slotMinutes()));
    }

    Instant end() {
        return slotStart(problem.slots().size());
    }

    /** The approved slot that holds {@code at}, or -1 before the first and after the last. */
    int slotAt(Instant at) {
        for (int s = 0; s < problem.slots().size(); s++) {
            if (!at.isBefore(slotStart(s)) && at.isBefore(slotStart(s + 1))) {
                return s;
            }
        }
        return -1;
    }

    /** The latest re-plan (revision or draft), which the minimum interval counts from. */
    Optional<PlanRevision> latestReplan() {
        return replans.isEmpty() ? Optional.empty() : Optional.of(replans.get(replans.size() - 1));
    }
}
