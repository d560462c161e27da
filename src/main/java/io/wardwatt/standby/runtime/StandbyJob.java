package io.wardwatt.standby.runtime;

import io.quarkus.scheduler.Scheduled;
import io.wardwatt.lifecycle.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * The daily standby evaluation: at {@code wardwatt.standby.cron} it evaluates the previous local day of every configured
 * site. Repeating a day is harmless (alerts are updated, not duplicated), so a missed or failed run is made good by the
 * REST call for that day. A site's failure is logged; the other sites are still evaluated.
 */
@ApplicationScoped
public class StandbyJob {

    private static final Logger LOG = Logger.getLogger(StandbyJob.class);

    @Inject
    StandbyConfig config;

    @Inject
    StandbyWatch watch;

    @ScheduledWork

    @Scheduled(cron = "{wardwatt.standby.cron}", timeZone = "${wardwatt.standby.time-zone:Asia/Shanghai}",
            identity = "wardwatt-standby-daily", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void daily() {
        LocalDate yesterday = LocalDate.now(config.timeZone()).minusDays(1);
        for (String site : config.sites()) {
            try {
                var report = watch.evaluate(site, yesterday);
                LOG.infof("Standby watch %s %s: %d devices judged, %d alerts", site, yesterday, report.findings().size(),
                        report.alertIds().size());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Standby watch of %s %s failed", site, yesterday);
            }
        }
    }
}
