package io.wardwatt.forecast.runtime.load;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import io.wardwatt.lifecycle.ScheduledWork;
import io.wardwatt.forecast.CoolingLoadForecasts;
import io.wardwatt.forecast.DayLoadForecast;
import io.wardwatt.forecast.ModelDayForecasts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The schedule: every site's targets are trained again after midnight and forecast every hour. A target that
 * fails (a missing point, too little history) is logged and shown in the health check; the others go on.
 */
@ApplicationScoped
public class LoadForecastJobs implements ModelDayForecasts {

    private static final Logger LOG = Logger.getLogger(LoadForecastJobs.class);

    @Inject
    LoadForecastConfig config;

    @Inject
    LoadModelTraining training;

    @Inject
    LoadForecastIssuer issuer;

    @Inject
    CoolingLoadForecasts dayForecasts;

    @Inject
    MeterRegistry registry;

    private final Map<String, JobOutcome> outcomes = new ConcurrentHashMap<>();

    @ScheduledWork

    @Scheduled(cron = "{wardwatt.forecast.load.schedule.train-cron}", timeZone = "${wardwatt.forecast.load.schedule.time-zone:Asia/Shanghai}",
            identity = "wardwatt-load-train", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledTraining() {
        for (String site : config.sites()) {
            for (String target : config.targets().keySet()) {
                run(site, target, "train", () -> {
                    LoadModelTraining.Trained trained = training.train(site, target, LocalDate.now(config.schedule().timeZone()));
                    return (trained.created() ? "trained " : "unchanged: ") + trained.model().version();
                });
            }
        }
    }

    @ScheduledWork

    @Scheduled(cron = "{wardwatt.forecast.load.schedule.issue-cron}", timeZone = "${wardwatt.forecast.load.schedule.time-zone:Asia/Shanghai}",
            identity = "wardwatt-load-issue", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledIssue() {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (String site : config.sites()) {
            for (String target : config.targets().keySet()) {
                run(site, target, "issue", () -> {
                    LoadForecastIssuer.Issued issued = issuer.issue(site, target, hour);
                    return "issue " + issued.forecast().id() + " at " + hour + " from " + issued.forecast().modelVersion();
                });
            }
        }
    }

    @Override
    public Optional<DayLoadForecast> issueFor(String site, LocalDate date) {
        String target = config.planningTarget();
        run(site, target, "issue", () -> {
            LoadForecastIssuer.Issued issued = issuer.issue(site, target, Instant.now().truncatedTo(ChronoUnit.HOURS));
            return "issue " + issued.forecast().id() + " for the plan of " + date;
        });
        return dayForecasts.latest(site, date);
    }

    /** The last outcome of each site, target and job. */
    public List<JobOutcome> outcomes() {
        return outcomes.values().stream().sorted(java.util.Comparator.comparing(JobOutcome::site).thenComparing(JobOutcome::target)
                .thenComparing(JobOutcome::job)).toList();
    }

    private void run(String site, String target, String job, Supplier<String> work) {
        Timer.Sample sample = Timer.start(registry);
        JobOutcome outcome;
        try {
            outcome = new JobOutcome(site, target, job, Instant.now(), true, work.get());
        } catch (RuntimeException e) {
            outcome = new JobOutcome(site, target, job, Instant.now(), false, String.valueOf(e.getMessage()));
            LOG.warnf("Load forecast %s of %s %s failed: %s", job, site, target, e.getMessage());
        }
        sample.stop(Timer.builder("wardwatt.forecast.load.job").description("Training or issuing a target's load forecast")
                .tag("job", job).tag("target", target).register(registry));
        Counter.builder("wardwatt.forecast.load.jobs").tag("job", job).tag("target", target).tag("result", outcome.ok() ? "ok" : "failed")
                .register(registry).increment();
        outcomes.put(site + "/" + target + "/" + job, outcome);
    }
}
