package io.wardwatt.optimize.runtime;

import io.quarkus.scheduler.Scheduled;
import io.wardwatt.lifecycle.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Moves approved plans on at {@code wardwatt.optimize.lifecycle.cron}: to dispatching as their day begins, to done as it ends. */
@ApplicationScoped
public class LifecycleClock {

    private static final Logger LOG = Logger.getLogger(LifecycleClock.class);

    @Inject
    PlanApprovals approvals;

    @ScheduledWork

    @Scheduled(cron = "{wardwatt.optimize.lifecycle.cron}", identity = "wardwatt-plan-lifecycle",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        int steps = approvals.advance(Instant.now());
        if (steps > 0) {
            LOG.infof("plan life cycle: %d step(s)", steps);
        }
    }
}
