package io.wardwatt.goals.runtime;

import io.quarkus.runtime.StartupEvent;
import io.wardwatt.goals.SiteGoals;
import io.wardwatt.site.runtime.SiteService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Stores the configured goals ({@code wardwatt.goals.seed}) for their site at start-up when it has none, after the site
 * model is seeded. Checked here too: a target that is not a metric stops the start, naming the key.
 */
@ApplicationScoped
public class GoalSeed {

    private static final Logger LOG = Logger.getLogger(GoalSeed.class);

    @Inject
    GoalsConfig config;

    @Inject
    GoalBook book;

    @Inject
    SiteService sites;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) StartupEvent event) {
        GoalsConfig.Seed seed = config.seed();
        SiteGoals goals = goals(seed, Clock.systemUTC());
        if (!seed.enabled()) {
            return;
        }
        var site = sites.find(seed.site());
        if (site.isEmpty()) {
            LOG.infof("Saving goals not seeded: no site %s in the site model (wardwatt.goals.seed.site)", seed.site());
            return;
        }
        if (book.find(seed.site()).isEmpty()) {
            int year = "previous".equals(seed.baselineYear()) ? Year.now(Clock.system(ZoneId.of(site.get().timeZone()))).getValue() - 1
                    : goals.baselineYear();
            book.save(new SiteGoals(goals.site(), year, goals.targets(), goals.beds(), goals.bedDays()), "system");
            LOG.infof("Saving goals of %s seeded: baseline year %d, %s", seed.site(), year, seed.targets());
        }
    }

    /** The configured goals, checked as a PUT body is. */
    static SiteGoals goals(GoalsConfig.Seed seed, Clock clock) {
        int year = "previous".equals(seed.baselineYear()) ? Year.now(clock).getValue() - 1 : Integer.parseInt(seed.baselineYear());
        List<SiteGoals.TargetDraft> targets = seed.targets().stream().map(t -> {
            String[] parts = t.split(":");
            return new SiteGoals.TargetDraft(parts[0], Double.valueOf(parts[1]));
        }).toList();
        try {
            return SiteGoals.of(seed.site(), new SiteGoals.Draft(year, targets, seed.beds(), Map.of()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("wardwatt.goals.seed: " + e.getMessage(), e);
        }
    }
}
