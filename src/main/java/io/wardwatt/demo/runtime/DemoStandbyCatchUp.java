package io.wardwatt.demo.runtime;

import io.wardwatt.standby.StandbyReport;
import io.wardwatt.standby.runtime.StandbyConfig;
import io.wardwatt.standby.runtime.StandbyWatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * The standby watch over the demo's back-filled days: the daily job judges only yesterday, at night, so a fresh demo
 * would show no standby finding for a day although its history has weeks of the imaging devices' power and state.
 * Once the history is rolled up, each of the last {@code wardwatt.demo.standby-days} days is judged as the job would
 * have judged it. Judging a day again updates its alerts, never duplicates them, so a restart repeats it harmlessly.
 */
@ApplicationScoped
public class DemoStandbyCatchUp {

    private static final Logger LOG = Logger.getLogger(DemoStandbyCatchUp.class);

    @Inject
    DemoConfig config;

    @Inject
    StandbyConfig standby;

    @Inject
    StandbyWatch watch;

    @ActivateRequestContext
    public void judgeRecentDays() {
        LocalDate today = LocalDate.now(standby.timeZone());
        for (String site : standby.sites()) {
            int judged = 0;
            int alerts = 0;
            for (int back = config.standbyDays(); back >= 1; back--) {
                LocalDate day = today.minusDays(back);
                try {
                    StandbyReport report = watch.evaluate(site, day);
                    judged += (int) report.findings().stream().filter(f -> f.note() == null).count();
                    alerts += report.alertIds().size();
                } catch (RuntimeException e) {
                    LOG.warnf("Demo: the standby watch of %s %s failed: %s", site, day, e.getMessage());
                }
            }
            LOG.infof("Demo: standby watch over the last %d days of %s: %d device-days judged, %d alerts", config.standbyDays(), site, judged,
                    alerts);
        }
    }
}
