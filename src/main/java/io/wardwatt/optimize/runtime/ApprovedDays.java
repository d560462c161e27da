package io.wardwatt.optimize.runtime;

import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.optimize.DayPlan;
import io.wardwatt.optimize.DayProblem;
import io.wardwatt.optimize.plans.PlanInputs;
import io.wardwatt.optimize.plans.PlanRevision;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.replan.RevisedPlan;
import io.wardwatt.optimize.scenario.PlanJson;
import io.wardwatt.optimize.store.LifecycleRepository;
import io.wardwatt.optimize.store.PlanRepository;
import io.wardwatt.optimize.store.RevisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads approved plans with their revisions: for the re-planning, and for dispatch's slot in force. */
@ApplicationScoped
public class ApprovedDays {

    @Inject
    PlanRepository plans;

    @Inject
    LifecycleRepository lifecycles;

    @Inject
    RevisionRepository revisions;

    @Inject
    PlanApprovals approvals;

    /**
     * The plan as re-planning needs it.
     *
     * @throws UnknownEntityException when there is no such plan
     * @throws StateConflictException when it is not in force (approved or dispatching)
     */
    @Transactional
    ApprovedDay inForce(UUID id) {
        StoredPlan plan = plans.find(id).orElseThrow(() -> new UnknownEntityException("plan", id.toString()));
        LifecycleRepository.Entry entry = lifecycles.find(id).orElseThrow(() -> new StateConflictException("plan " + id + " is "
                + (plan.kind().code().equals("replan") ? "a re-plan" : "not approved") + ": only the plan in force (approved or dispatching) is re-planned"));
        if (entry.state().ended()) {
            throw new StateConflictException("plan " + id + " is " + entry.state().code() + ": only the plan in force (approved or dispatching) is re-planned");
        }
        PlanRepository.Inputs inputs = plans.inputs(id).orElseThrow();
        DayProblem problem = PlanInputs.read(inputs.scenarioJson(), inputs.modelFiles(), "plan " + id).problem();
        DayPlan approved = plans.planJson(id).map(PlanJson::read).orElseThrow();
        List<PlanRevision> replans = revisions.of(id);
        return new ApprovedDay(plan, entry, approvals.zone(plan.site()), inputs.scenarioJson(), inputs.modelFiles(), problem,
                revised(approved, replans), replans);
    }

    /** The approved plan with its revisions (drafts are not in force). */
    @Transactional
    public RevisedPlan revised(UUID id, DayPlan approved) {
        return revised(approved, revisions.of(id));
    }

    private RevisedPlan revised(DayPlan approved, List<PlanRevision> replans) {
        List<RevisedPlan.Revision> inForce = new ArrayList<>();
        for (PlanRevision replan : replans) {
            if (replan.isRevision()) {
                inForce.add(new RevisedPlan.Revision(replan.number(), replan.firstSlot(),
                        plans.planJson(replan.replanId()).map(PlanJson::read).orElseThrow()));
            }
        }
        return new RevisedPlan(approved, inForce);
    }
}
