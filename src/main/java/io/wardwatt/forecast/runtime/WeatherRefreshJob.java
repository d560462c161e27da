package io.wardwatt.forecast.runtime;

import io.quarkus.scheduler.Scheduled;
import io.wardwatt.lifecycle.ScheduledWork;
import io.wardwatt.input.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Fetches the provider's forecast of each configured site on a schedule, so that the archive of provider forecasts (one
 * issue per fetch in {@code weather_forecast}, which the load models train on) grows even when nobody reads forecasts.
 * It goes through {@link WeatherForecasts}, so a site fetched within the cache time, or whose fetch failed within
 * retry-after-failure, is not asked again. A failure is logged, never thrown: the next run tries again.
 */
@ApplicationScoped
public class WeatherRefreshJob {

    private static final Logger LOG = Logger.getLogger(WeatherRefreshJob.class);

    @Inject
    WeatherConfig config;

    @Inject
    WeatherForecasts forecasts;

    /**
     * One run over the configured sites; a site that fails does not stop the others. The zone is fixed: the default
     * (hourly) cron runs at the same instants in any whole-hour zone, and Asia/Shanghai is the zone of the other jobs.
     */
    @ScheduledWork
    @Scheduled(cron = "{wardwatt.forecast.weather.provider.refresh-cron}", timeZone = "Asia/Shanghai",
            identity = "wardwatt-weather-refresh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refreshSites() {
        if (!config.provider().enabled()) {
            return;
        }
        for (String site : config.provider().sites()) {
            try {
                WeatherForecasts.Refresh refresh = forecasts.refreshIfDue(site);
                if (refresh.fetched()) {
                    LOG.debugf("Weather forecast of %s fetched: %d hours issued at %s", site, refresh.hours(), refresh.issuedAt());
                } else if (refresh.error() != null) {
                    LOG.warnf("Weather forecast of %s not fetched: %s", site, refresh.error());
                }
            } catch (InvalidInputException e) {
                // A site configured before it is created: its code is the whole story, no stack trace.
                LOG.warnf("Weather forecast of %s not fetched: %s (wardwatt.forecast.weather.provider.sites)", site, e.getMessage());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Weather forecast of %s could not be refreshed", site);
            }
        }
    }
}
