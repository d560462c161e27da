package io.wardwatt.forecast.runtime.load;

import io.wardwatt.forecast.history.HourlyHistory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A site's hourly inputs on one grid, as the models read them, with where each came from.
 *
 * @param history loads (NaN where not measured or not yet known), weather, visits
 * @param weatherSources per hour: station, epw-history, provider, fallback-last, fallback-typical or none
 * @param visits stored, stored+model (days without a count forecast from the visits model) or none
 * @param loadHours hours with a measured load
 */
public record SiteHours(HourlyHistory history, List<String> weatherSources, String visits, int loadHours) {

    /** How many hours each weather source gave. */
    public Map<String, Long> weatherCounts() {
        return weatherSources.stream().collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
    }
}
