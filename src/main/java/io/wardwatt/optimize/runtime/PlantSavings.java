package io.wardwatt.optimize.runtime;

import io.quarkus.scheduler.Scheduled;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.StateConflictException;
import io.wardwatt.input.UnknownEntityException;
import io.wardwatt.lifecycle.ScheduledWork;
import io.wardwatt.optimize.PlanAgainstActual;
import io.wardwatt.optimize.SavingsTally;
import io.wardwatt.optimize.store.LifecycleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The plant optimisation's measured savings of a site's year: plan against actual of each approved plan of the
 * year's elapsed days, tallied ({@link SavingsTally}) against the configured yearly target. A plan that cannot be
 * compared (no meters, no date, no measurements) counts as a day not covered.
 */
@ApplicationScoped
public class PlantSavings {

    private static final Logger LOG = Logger.getLogger(PlantSavings.class);

    @Inject
    LifecycleRepository lifecycles;

    @Inject
    PlanActuals actuals;

    @Inject
    PlanApprovals approvals;

    @Inject
    OptimizeConfig config;

    Clock clock = Clock.systemUTC();

    private final MeasuredPlanTotals measured = new MeasuredPlanTotals();

    public SavingsTally.Year of(String site, int year) {
        ZoneId zone = approvals.zone(site);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<SavingsTally.PlanDay> days = new ArrayList<>();
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate yesterday = today.minusDays(1);
        for (LifecycleRepository.Entry entry : lifecycles.approvedBetween(site, LocalDate.of(year, 1, 1), last.isBefore(yesterday) ? last : yesterday)) {
            days.add(new SavingsTally.PlanDay(entry.date(),
                    measured.of(entry.planId(), entry.date(), zone, clock.instant(), () -> totals(entry)).orElse(null)));
        }
        return SavingsTally.of(year, config.savings().yearlyTargetKwh(), days, today);
    }

    /**
     * Works out the planned site's year ahead of the pages that show it, so a visit finds the days' totals ready
     * ({@code wardwatt.optimize.savings.warm-cron}, off in tests).
     */
    @ScheduledWork
    @Scheduled(cron = "{wardwatt.optimize.savings.warm-cron}", identity = "wardwatt-plant-savings-warm",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void warm() {
        String site = config.daily().site();
        try {
            of(site, LocalDate.now(clock.withZone(approvals.zone(site))).getYear());
        } catch (RuntimeException e) {
            LOG.warnf("plant savings of %s not worked out ahead: %s", site, e.getMessage());
        }
    }

    private PlanAgainstActual.Totals totals(LifecycleRepository.Entry entry) {
        try {
            return actuals.of(entry.planId()).comparison().totals();
        } catch (StateConflictException | UnknownEntityException | InvalidInputException e) {
            LOG.debugf("plan %s of %s is not covered: %s", entry.planId(), entry.date(), e.getMessage());
            return null;
        }
    }
}
