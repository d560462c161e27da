package io.wardwatt.goals.runtime;

import io.quarkus.scheduler.Scheduled;
import io.wardwatt.goals.store.GoalRepository;
import io.wardwatt.lifecycle.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Works out each site's headline ahead of the leadership page ({@code wardwatt.goals.headline.warm-cron}): the first
 * visit of a quarter hour would otherwise compute every open month's carbon ledger of two years (seconds), a
 * director's dashboard should open at once.
 */
@ApplicationScoped
public class HeadlineWarmUp {

    private static final Logger LOG = Logger.getLogger(HeadlineWarmUp.class);

    @Inject
    GoalRepository goals;

    @Inject
    HeadlineService headlines;

    @ScheduledWork
    @Scheduled(cron = "{wardwatt.goals.headline.warm-cron}", identity = "wardwatt-headline-warm",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void warm() {
        for (String site : goals.sites()) {
            try {
                headlines.headline(site, null);
            } catch (RuntimeException e) {
                LOG.warnf("headline of %s not worked out ahead: %s", site, e.getMessage());
            }
        }
    }
}
