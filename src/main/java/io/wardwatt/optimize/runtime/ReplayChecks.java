package io.wardwatt.optimize.runtime;

import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.plans.PlanKind;
import io.wardwatt.optimize.plans.ReplayCheck;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.scenario.PlanJson;
import io.wardwatt.optimize.store.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** Compares a finished replay with the plan it replays. Reads only. */
@ApplicationScoped
public class ReplayChecks {

    @Inject
    PlanRepository plans;

    /**
     * @param replayId a replay (kind replay)
     * @throws UnknownEntityException when there is no such plan
     * @throws StateConflictException when it is not a replay, or has not finished yet
     */
    public ReplayCheck check(UUID replayId) {
        StoredPlan replay = plans.find(replayId).orElseThrow(() -> new UnknownEntityException("plan", replayId));
        if (replay.kind() != PlanKind.REPLAY || replay.replayOf() == null) {
            throw new StateConflictException("plan " + replayId + " is a " + replay.kind().code() + " plan, not a replay: POST /api/sites/" + replay.site() + "/plans/"
                    + replayId + "/replay makes one");
        }
        if (!replay.status().finished()) {
            throw new StateConflictException("replay " + replayId + " is " + replay.status().code() + ": check it once it is done");
        }
        UUID originalId = replay.replayOf();
        StoredPlan original = plans.find(originalId).orElseThrow(() -> new UnknownEntityException("plan", originalId));
        Optional<DayPlan> a = plans.planJson(originalId).map(PlanJson::read);
        Optional<DayPlan> b = plans.planJson(replayId).map(PlanJson::read);
        if (a.isEmpty() || b.isEmpty()) {
            StoredPlan missing = a.isEmpty() ? original : replay;
            return ReplayCheck.withoutPlan(originalId, replayId, (a.isEmpty() ? "the original " : "the replay ") + missing.id() + " is "
                    + missing.status().code() + (missing.error() == null ? "" : " (" + missing.error() + ")") + " and holds no plan");
        }
        return ReplayCheck.of(originalId, a.get(), replayId, b.get());
    }
}
