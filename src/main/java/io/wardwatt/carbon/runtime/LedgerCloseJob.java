package io.wardwatt.carbon.runtime;

import io.quarkus.scheduler.Scheduled;
import io.wardwatt.lifecycle.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The monthly close: at {@code wardwatt.carbon.close.cron} it closes the previous month of each configured site, and
 * before it any month the job missed since the site's last closed month (months are closed in order). Idempotent: a
 * closed month is found, not closed again. A site's failure is logged and shown by the health check; the other
 * sites are still closed.
 */
@ApplicationScoped
public class LedgerCloseJob {

    private static final Logger LOG = Logger.getLogger(LedgerCloseJob.class);
    private static final String ACTOR = "system";

    @Inject
    CarbonConfig config;

    @Inject
    LedgerService ledgers;

    @Inject
    LedgerMetrics metrics;

    private final Map<String, CloseJobOutcome> last = new ConcurrentHashMap<>();

    @ScheduledWork

    @Scheduled(cron = "{wardwatt.carbon.close.cron}", timeZone = "${wardwatt.carbon.close.time-zone:Asia/Shanghai}",
            identity = "wardwatt-carbon-close", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Closes, for every configured site, the months up to the previous one (in the job's time zone); one outcome per month. */
    @ActivateRequestContext
    public List<CloseJobOutcome> run() {
        YearMonth previous = YearMonth.now(config.close().timeZone()).minusMonths(1);
        List<CloseJobOutcome> outcomes = new ArrayList<>();
        for (String site : config.sites()) {
            outcomes.addAll(closeUpTo(site, previous));
        }
        return outcomes;
    }

    /** The job's last outcome per site since the start. */
    public Map<String, CloseJobOutcome> lastOutcomes() {
        return Map.copyOf(last);
    }

    private List<CloseJobOutcome> closeUpTo(String site, YearMonth target) {
        List<CloseJobOutcome> outcomes = new ArrayList<>();
        YearMonth month = target;
        try {
            Optional<YearMonth> lastClosed = ledgers.lastClosedMonth(site);
            month = lastClosed.map(closed -> closed.isBefore(target) ? closed.plusMonths(1) : target).orElse(target);
            for (; !month.isAfter(target); month = month.plusMonths(1)) {
                LedgerService.Outcome outcome = ledgers.close(site, month, ACTOR);
                outcomes.add(record(new CloseJobOutcome(Instant.now(), site, month, outcome.outcome(), outcome.ledger().version(),
                        site + " " + month + " " + outcome.outcome() + ", version " + outcome.ledger().version() + ", hash "
                                + outcome.ledger().contentHash())));
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "The monthly close of %s %s failed", site, month);
            outcomes.add(record(new CloseJobOutcome(Instant.now(), site, month, CloseJobOutcome.FAILED, null, site + " " + month
                    + " not closed: " + e.getMessage())));
        }
        return outcomes;
    }

    private CloseJobOutcome record(CloseJobOutcome outcome) {
        last.put(outcome.site(), outcome);
        metrics.jobRun(outcome.result());
        if (!outcome.result().equals(CloseJobOutcome.FAILED)) {
            LOG.info("Monthly close: " + outcome.message());
        }
        return outcome;
    }
}
