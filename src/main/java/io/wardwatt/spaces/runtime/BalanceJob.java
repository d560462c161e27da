package io.wardwatt.spaces.runtime;

import io.quarkus.scheduler.Scheduled;
import io.wardwatt.lifecycle.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jboss.logging.Logger;

/**
 * The daily balance check: the previous local day of every configured site, and on the 1st of a month also the previous
 * month. Repeating it is harmless (alerts are updated, not duplicated); a missed run is made good over REST.
 */
@ApplicationScoped
public class BalanceJob {

    private static final Logger LOG = Logger.getLogger(BalanceJob.class);

    @Inject
    SpacesConfig config;

    @Inject
    MeterBalanceWatch watch;

    @ScheduledWork

    @Scheduled(cron = "{wardwatt.spaces.balance.cron}", timeZone = "${wardwatt.spaces.balance.time-zone:Asia/Shanghai}",
            identity = "wardwatt-meter-balance", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void daily() {
        LocalDate today = LocalDate.now(config.balance().timeZone());
        for (String site : config.balance().sites()) {
            run(site, today.minusDays(1).toString());
            if (today.getDayOfMonth() == 1) {
                run(site, YearMonth.from(today).minusMonths(1).toString());
            }
        }
    }

    private void run(String site, String period) {
        try {
            var report = watch.check(site, period, true);
            LOG.infof("Meter balance %s %s: %d groups, %d out of balance", site, period, report.groups().size(), report.alertIds().size());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Meter balance of %s %s failed", site, period);
        }
    }
}
