package io.wardwatt.readings.query;

import java.time.Instant;
import java.util.List;

/**
 * Consumption per energy carrier for a site or a space subtree over [from, to), with the rule that chose the
 * counters and the counters it left out.
 */
public record SiteConsumption(String site, String space, String zone, String resolution, Instant from, Instant to, String rule,
                              List<CarrierConsumption> carriers, List<IgnoredPoint> ignored) {

    /** A counter in scope that was not added up, and why. */
    public record IgnoredPoint(int id, String key, String reason) {
    }
}
