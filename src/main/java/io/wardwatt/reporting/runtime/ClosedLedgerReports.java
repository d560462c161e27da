package io.wardwatt.reporting.runtime;

import io.quarkus.scheduler.Scheduled;
import io.wardwatt.lifecycle.ScheduledWork;
import io.wardwatt.carbon.ClosedLedger;
import io.wardwatt.carbon.ClosedLedgers;
import io.wardwatt.carbon.LedgerClosed;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.reporting.LedgerPayload;
import io.wardwatt.reporting.store.SubmissionRepository;
import io.wardwatt.site.Site;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Puts every closed ledger version in the submission outbox as the platform's report, exactly once: at once when the
 * carbon service announces it, and by a sweep for any version the announcement missed. Both go through the outbox's
 * idempotent enqueue, so a version seen twice is still one report.
 */
@ApplicationScoped
public class ClosedLedgerReports {

    private static final Logger LOG = Logger.getLogger(ClosedLedgerReports.class);
    static final String ACTOR = "system:ledger-close";

    @Inject
    ReportingConfig config;

    @Inject
    ClosedLedgers ledgers;

    @Inject
    SiteService sites;

    @Inject
    Reporters reporters;

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionRepository repository;

    void onClosed(@Observes LedgerClosed closed) {
        if (config.ledgers().enqueue()) {
            ledgers.version(closed.site(), closed.month(), closed.version()).ifPresent(this::enqueue);
        }
    }

    @ScheduledWork

    @Scheduled(every = "{wardwatt.reporting.ledgers.sweep-interval}", identity = "wardwatt-ledger-report-sweep",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "30s")
    void scheduledSweep() {
        if (config.ledgers().enqueue()) {
            sweep();
        }
    }

    /** Enqueues every closed version of the configured sites' recent months that the outbox does not hold; returns how many. */
    public int sweep() {
        return config.ledgers().sites().stream().mapToInt(this::sweep).sum();
    }

    /** The same for one site. */
    public int sweep(String site) {
        int enqueued = 0;
        YearMonth month = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        for (int back = 0; back < config.ledgers().sweepMonths(); back++, month = month.minusMonths(1)) {
            for (ClosedLedger ledger : ledgers.versions(site, month)) {
                if (repository.findVersion(site, month, ledger.version()).isEmpty()) {
                    enqueued += enqueue(ledger).isPresent() ? 1 : 0;
                }
            }
        }
        return enqueued;
    }

    /** The version's report in the outbox (already there or just put there); empty when it cannot be rendered, logged. */
    public Optional<SubmissionService.Enqueued> enqueue(ClosedLedger ledger) {
        try {
            return Optional.of(submissions.enqueue(LedgerPayload.of(ledger, reporter(ledger.site())), ACTOR));
        } catch (RuntimeException e) {
            LOG.errorf("The report of %s %s v%d is not in the outbox: %s", ledger.site(), ledger.month(), ledger.version(), e.getMessage());
            return Optional.empty();
        }
    }

    private LedgerPayload.Reporter reporter(String code) {
        Site site = sites.find(code).orElseThrow(() -> new StateConflictException("site " + code + " is not in the site model"));
        return reporters.of(site);
    }
}
