package io.wardwatt.forecast.runtime;

import io.wardwatt.forecast.store.WeatherStore;
import io.wardwatt.forecast.weather.ForecastBlend;
import io.wardwatt.forecast.weather.IssuedHour;
import io.wardwatt.forecast.weather.ServedHour;
import io.wardwatt.forecast.weather.TypicalYear;
import io.wardwatt.forecast.weather.WeatherHour;
import io.wardwatt.forecast.weather.WeatherSource;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.site.runtime.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves a site's hourly weather forecast: fetched from the provider at most once per cache time, stored as an issue,
 * and blended with the fallbacks (last stored forecast, then the typical year) for every hour the live forecast does
 * not cover. No transaction is held while the provider is asked.
 */
@ApplicationScoped
public class WeatherForecasts {

    private static final String DISABLED = "the weather provider is disabled (wardwatt.forecast.weather.provider.enabled)";

    @Inject
    WeatherConfig config;

    @Inject
    WeatherProviderClient provider;

    @Inject
    WeatherStore store;

    @Inject
    SiteService sites;

    /** Per site: the issue time of the last successful fetch (it is also the fetch time). */
    private final Map<String, Instant> liveIssues = new ConcurrentHashMap<>();
    /** Per site: when the last fetch failed. */
    private final Map<String, Instant> failures = new ConcurrentHashMap<>();
    private volatile ProviderState state = new ProviderState("not asked yet", null, null, null);

    /** What the provider did last; status is disabled, not asked yet, up or down. */
    public record ProviderState(String status, Instant lastSuccessAt, Instant lastFailureAt, String lastError) {
    }

    /** A served forecast: the provider's state when it was made, and each hour flagged with its source. */
    public record WeatherForecast(String site, String provider, List<ServedHour> hours) {
    }

    /** What a forced fetch did. */
    public record Refresh(String site, boolean fetched, Instant issuedAt, int hours, String error) {
    }

    public ProviderState state() {
        return config.provider().enabled() ? state : new ProviderState("disabled", null, null, null);
    }

    /** The {@code count} hours from the current one (each stamped with the instant it ends). */
    public WeatherForecast forecast(String site, int count) {
        requireSite(site);
        Instant first = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        return new WeatherForecast(site, state().status(), served(site, first, count));
    }

    /**
     * {@code count} consecutive hours, the first ending at {@code firstEnd}, each from the best source that has it:
     * the provider's live issue, the last stored issue covering the hour, the typical year. Hours in the past come
     * from the last forecast made for them, which is as close to an observation as the provider gets.
     */
    public List<ServedHour> served(String site, Instant firstEnd, int count) {
        Instant live = liveIssue(site);
        List<Instant> hours = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            hours.add(firstEnd.plus(Duration.ofHours(i)));
        }
        Map<Instant, IssuedHour> issued = store.lastIssued(site, hours.get(0), hours.get(count - 1));
        return ForecastBlend.blend(hours, live, issued, typical(site, hours, issued));
    }

    /** Fetches now whatever the cache and the last failure say; for an engineer checking the provider. */
    public Refresh refresh(String site) {
        requireSite(site);
        if (!config.provider().enabled()) {
            return new Refresh(site, false, null, 0, DISABLED);
        }
        return fetch(site);
    }

    /**
     * Fetches the site's forecast when a read would: unless the cache holds one fetched within the cache time, or a fetch
     * failed within retry-after-failure; for the scheduled refresh. Not fetched, {@code issuedAt} is the cached issue, or
     * {@code error} says why nothing was asked.
     */
    public Refresh refreshIfDue(String site) {
        requireSite(site);
        if (!config.provider().enabled()) {
            return new Refresh(site, false, null, 0, DISABLED);
        }
        return fetchIfDue(site);
    }

    /** The live issue of the site, fetched when the cached one is older than the cache time; null when off or down. */
    private Instant liveIssue(String site) {
        return config.provider().enabled() ? fetchIfDue(site).issuedAt() : null;
    }

    private Refresh fetchIfDue(String site) {
        Instant cached = cachedIssue(site);
        if (cached != null) {
            return new Refresh(site, false, cached, 0, null);
        }
        synchronized (this) {
            // A read that waited here for another one's fetch finds its result instead of fetching again.
            cached = cachedIssue(site);
            if (cached != null) {
                return new Refresh(site, false, cached, 0, null);
            }
            Instant failed = failures.get(site);
            Instant retryAt = failed == null ? null : failed.plus(config.provider().retryAfterFailure());
            if (retryAt != null && retryAt.isAfter(Instant.now())) {
                return new Refresh(site, false, null, 0, "not asked: the fetch at " + failed + " failed; the next is due at " + retryAt);
            }
            return fetch(site);
        }
    }

    private Instant cachedIssue(String site) {
        Instant cached = liveIssues.get(site);
        return cached != null && cached.plus(config.provider().cacheTtl()).isAfter(Instant.now()) ? cached : null;
    }

    /** One fetch at a time (sites are few, and the provider is better not asked in parallel by one service). */
    private synchronized Refresh fetch(String site) {
        try {
            List<WeatherHour> hours = provider.fetch(site);
            Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            store.insertForecast(site, issuedAt, hours);
            liveIssues.put(site, issuedAt);
            failures.remove(site);
            state = new ProviderState("up", issuedAt, state.lastFailureAt(), state.lastError());
            return new Refresh(site, true, issuedAt, hours.size(), null);
        } catch (WeatherProviderClient.ProviderFailure e) {
            Instant now = Instant.now();
            // The old issue is no longer live: its hours are served as fallback-last from now on.
            liveIssues.remove(site);
            failures.put(site, now);
            state = new ProviderState("down", state.lastSuccessAt(), now, e.getMessage());
            return new Refresh(site, false, null, 0, e.getMessage());
        }
    }

    /** The typical year's row for each hour no stored forecast covers, stamped with that hour. */
    private Map<Instant, WeatherHour> typical(String site, List<Instant> hours, Map<Instant, IssuedHour> issued) {
        Map<Instant, Instant> target = new HashMap<>();
        for (Instant hour : hours) {
            if (!issued.containsKey(hour)) {
                TypicalYear.candidates(hour).forEach(candidate -> target.put(candidate, hour));
            }
        }
        Map<Instant, WeatherHour> typical = new HashMap<>();
        if (target.isEmpty()) {
            return typical;
        }
        store.observations(site, WeatherSource.EPW_TYPICAL.label(), target.keySet()).forEach((at, row) -> {
            Instant hour = target.get(at);
            typical.put(hour, new WeatherHour(hour, row.temperatureC(), row.relativeHumidityPct(), row.ghiWm2()));
        });
        return typical;
    }

    private void requireSite(String site) {
        if (site == null || site.isBlank()) {
            throw new InvalidInputException("site", "the query parameter site is required");
        }
        if (sites.find(site).isEmpty()) {
            throw new InvalidInputException("site", "no site '" + site + "' in the site model");
        }
    }
}
