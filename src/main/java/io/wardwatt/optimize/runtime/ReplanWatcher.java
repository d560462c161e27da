package io.wardwatt.optimize.runtime;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.wardwatt.lifecycle.ScheduledWork;
import io.wardwatt.optimize.replan.DeviationRule;
import io.wardwatt.optimize.store.LifecycleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Looks at every plan in force at {@code wardwatt.optimize.replan.cron} and re-plans the rest of its day when the
 * measured load has deviated as the rule says. The rule's values are checked at start-up: a wrong one stops the
 * service with the key named.
 */
@ApplicationScoped
public class ReplanWatcher {

    private static final Logger LOG = Logger.getLogger(ReplanWatcher.class);

    @Inject
    IntradayReplanning replanning;

    @Inject
    LifecycleRepository lifecycles;

    @Inject
    OptimizeConfig config;

    void check(@Observes StartupEvent start) {
        var c = config.replan();
        List<String> problems = DeviationRule.problems(c.sharePercent() / 100, c.sustained(), c.minimumKw(), c.minimumInterval(), c.longestGap(),
                c.correctionHalfLife());
        if (!problems.isEmpty() || c.solverTimeLimit().isNegative() || c.solverTimeLimit().isZero()) {
            throw new IllegalStateException("wardwatt.optimize.replan.*: " + String.join("; ", problems)
                    + (c.solverTimeLimit().isNegative() || c.solverTimeLimit().isZero() ? "; solver-time-limit must be positive" : ""));
        }
    }

    @ScheduledWork

    @Scheduled(cron = "{wardwatt.optimize.replan.cron}", identity = "wardwatt-replan-watcher",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        watch(Instant.now());
    }

    /** Looks at every plan in force at {@code now}; returns how many re-plans it made. */
    public int watch(Instant now) {
        int made = 0;
        for (UUID id : inForce()) {
            try {
                made += replanning.watch(id, now).filter(IntradayReplanning.Outcome::created).isPresent() ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warnf("re-planning watch of plan %s: %s", id, e.getMessage());
            }
        }
        return made;
    }

    @Transactional
    List<UUID> inForce() {
        return lifecycles.allInForce().stream().map(LifecycleRepository.Entry::planId).toList();
    }
}
