package io.wardwatt.control;

import io.wardwatt.plant.CriticalZone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches the measured plant against the critical zones' limits and says when the plant cannot meet them: a limit
 * broken without a break for longer than the zone's grace (a short overshoot after a chiller start is normal).
 * Dispatch then suspends the plan ({@link CommandTable#suspendPlan}), so control returns to the plant. A value
 * that is not measured (NaN supply) is no breach: the monitor says what it sees, and missing readings are the
 * poller's alarm. Fed in time order; keeps only when each breach began.
 */
public final class ZoneLimitMonitor {

    private final List<CriticalZone> zones;
    private final Map<String, Instant> breachSince = new HashMap<>();

    public ZoneLimitMonitor(List<CriticalZone> zones) {
        this.zones = List.copyOf(zones);
    }

    /** The breaches that have lasted longer than their zone's grace at {@code plant.at()}. */
    public List<ZoneBreach> observe(PlantSnapshot plant) {
        List<ZoneBreach> breaches = new ArrayList<>();
        for (CriticalZone zone : zones) {
            String supply = "supply ≤ " + zone.maxSupplyC() + " °C";
            check(zone, supply, plant.supplyC() > zone.maxSupplyC(), plant.supplyC(), plant.at(), breaches);
            String chillers = "at least " + zone.minChillersAvailable() + " chillers available";
            // no chiller status at all is not measured, like a NaN supply (the write guard still refuses stops then)
            boolean measured = !plant.chillers().isEmpty();
            check(zone, chillers, measured && plant.chillersAvailable() < zone.minChillersAvailable(), plant.chillersAvailable(), plant.at(), breaches);
        }
        return breaches;
    }

    private void check(CriticalZone zone, String limit, boolean broken, double measured, Instant now, List<ZoneBreach> breaches) {
        String key = zone.zoneId() + "|" + limit;
        if (!broken) {
            breachSince.remove(key);
            return;
        }
        Instant since = breachSince.computeIfAbsent(key, k -> now);
        if (Duration.between(since, now).compareTo(zone.grace()) >= 0) {
            breaches.add(new ZoneBreach(zone.zoneId(), limit, measured, since));
        }
    }
}
