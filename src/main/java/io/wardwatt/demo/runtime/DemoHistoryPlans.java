package io.wardwatt.demo.runtime;

import io.wardwatt.optimize.plans.ModelFiles;
import io.wardwatt.optimize.plans.PlanKind;
import io.wardwatt.optimize.plans.PlanRequest;
import io.wardwatt.optimize.plans.StoredPlan;
import io.wardwatt.optimize.runtime.OptimizeConfig;
import io.wardwatt.optimize.runtime.PlanApprovals;
import io.wardwatt.optimize.runtime.PlanTransitions;
import io.wardwatt.sim.closedloop.WardwattFromWentLive.SupervisedDay;
import io.wardwatt.sim.runtime.BackfilledPlans;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Records the plans the back-filled history ran under after the demo went live, as the service would have: each day's
 * plan stored as a daily plan with its inputs (the scenario it was planned from, the model files), requested and
 * approved for dispatch by the demo engineer, then dispatching and done. So plan against actual, the plant savings and
 * the goals measure those days as days under Wardwatt. Stored once per day (an idempotency key per site and day).
 */
@ApplicationScoped
public class DemoHistoryPlans {

    private static final Logger LOG = Logger.getLogger(DemoHistoryPlans.class);
    static final String COMMENT = "demo: the plan this day of the simulated history ran under after the demo went live "
            + "(wardwatt.sim.backfill.went-live-days), approved on the demo engineer's behalf";

    @Inject
    DemoConfig config;

    @Inject
    OptimizeConfig optimize;

    @Inject
    PlanTransitions plans;

    @Inject
    PlanApprovals approvals;

    @ActivateRequestContext
    void store(@Observes BackfilledPlans followed) {
        if (!config.enabled()) {
            LOG.warnf("The back-filled history ran under %d plans, but the demo is off (wardwatt.demo.enabled=false): they are not stored",
                    followed.days().size());
            return;
        }
        String site = optimize.daily().site();
        Map<String, String> models = ModelFiles.copyOf(optimize.modelsDir());
        long started = System.nanoTime();
        for (SupervisedDay day : followed.days()) {
            StoredPlan plan = plans.recordSolved(new PlanRequest(PlanKind.DAILY, site, day.day(), config.engineer(), day.scenario(), models, null, null,
                    "demo-history/" + site + "/" + day.day()), day.plan());
            try {
                approvals.recordFollowed(plan.id(), COMMENT, config.engineer());
            } catch (RuntimeException e) {
                LOG.warnf("Demo: the history's plan %s of %s is stored but not recorded as followed: %s", plan.id(), day.day(), e.getMessage());
            }
        }
        LOG.infof("Demo: %d days of the history's plans stored as approved by %s in %d ms", followed.days().size(), config.engineer(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
