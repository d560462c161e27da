package io.wardwatt.optimize.runtime;

import io.quarkus.scheduler.Scheduled;
import io.wardwatt.lifecycle.ScheduledWork;
import io.wardwatt.forecast.CoolingLoadForecasts;
import io.wardwatt.forecast.ModelDayForecasts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The daily plan: at {@code wardwatt.optimize.daily.cron} it plans the site's next day from the latest cooling-load
 * forecast: an engineer's upload, else the load model's (issued hourly; issued on the spot when the day has none
 * yet). One plan per site, day and forecast issue: running it again on the same forecast finds the plan made
 * before; a newer forecast gets a new plan.
 */
@ApplicationScoped
public class DailyPlanning {

    private static final Logger LOG = Logger.getLogger(DailyPlanning.class);

    @Inject
    OptimizeConfig config;

    @Inject
    PlanRequests requests;

    @Inject
    CoolingLoadForecasts forecasts;

    @Inject
    ModelDayForecasts modelForecasts;

    private final AtomicReference<DailyOutcome> last = new AtomicReference<>();

    @ScheduledWork

    @Scheduled(cron = "{wardwatt.optimize.daily.cron}", timeZone = "${wardwatt.optimize.daily.time-zone:Asia/Shanghai}",
            identity = "wardwatt-daily-plan", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        LocalDate tomorrow = LocalDate.now(config.daily().timeZone()).plusDays(1);
        try {
            planDay(tomorrow, "system");
        } catch (RuntimeException e) {
            LOG.errorf(e, "The daily plan of %s could not be made", tomorrow);
        }
    }

    /** Plans the day now; the outcome is also kept for the health check. */
    public DailyOutcome planDay(LocalDate date, String requestedBy) {
        DailyOutcome outcome;
        String site = config.daily().site();
        if (forecasts.latest(site, date).isEmpty()) {
            modelForecasts.issueFor(site, date); // outside the plan's transaction: a model that cannot forecast leaves "no forecast"
        }
        try {
            outcome = requests.daily(date, requestedBy);
        } catch (RuntimeException e) {
            last.set(new DailyOutcome(Instant.now(), config.daily().site(), date, DailyOutcome.FAILED, null, String.valueOf(e.getMessage())));
            throw e;
        }
        last.set(outcome);
        if (!outcome.result().equals(DailyOutcome.EXISTING)) {
            LOG.info("Daily plan: " + outcome.message());
        }
        return outcome;
    }

    public Optional<DailyOutcome> lastOutcome() {
        return Optional.ofNullable(last.get());
    }
}
