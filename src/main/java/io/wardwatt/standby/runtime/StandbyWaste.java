package io.wardwatt.standby.runtime;

import io.wardwatt.alerts.Alert;
import io.wardwatt.alerts.runtime.AlertService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The standby energy a site wasted over a period as the standby watch judged it: the kWh of its standby-excess alerts
 * whose day lies in the period. An alert a later evaluation cleared (corrected readings, no excess after all) wasted
 * nothing; an acknowledged one still did.
 */
@ApplicationScoped
public class StandbyWaste {

    /** More alerts than a site's devices can raise in a year (one per device and day). */
    private static final int LIMIT = 100_000;

    @Inject
    AlertService alerts;

    /** What was wasted: kWh, how many alerts and devices it came from. */
    public record Wasted(double kwh, int alerts, int devices) {
    }

    public Wasted between(String site, Instant from, Instant to) {
        List<Alert> found = alerts.list(null, StandbyWatch.KIND, site, LIMIT);
        double kwh = 0;
        int count = 0;
        Set<String> devices = new HashSet<>();
        for (Alert alert : found) {
            if (alert.clearedAt() != null || alert.periodStart().isBefore(from) || !alert.periodStart().isBefore(to)) {
                continue;
            }
            kwh += alert.kwhWasted() == null ? 0 : alert.kwhWasted();
            count++;
            devices.add(alert.source());
        }
        return new Wasted(kwh, count, devices.size());
    }
}
