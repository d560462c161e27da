package io.wardwatt.optimize;

import io.wardwatt.plant.CriticalZone;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The highest chilled-water supply set-point a plan may choose because a critical zone needs colder water: the
 * strictest of the plant's critical zones. The supply header is common to every zone, so the coldest limit holds
 * for the whole plant; dispatch refuses any set-point above it, so the planner does not offer one.
 *
 * @param maxC the limit, °C
 * @param zoneId the zone that sets it
 * @param reason what the zone serves
 */
public record SupplyCap(double maxC, String zoneId, String reason) {

    /** The strictest zone's limit, or none when the plant has no critical zones. */
    public static Optional<SupplyCap> strictest(List<CriticalZone> zones) {
        return zones.stream().min(Comparator.comparingDouble(CriticalZone::maxSupplyC))
                .map(zone -> new SupplyCap(zone.maxSupplyC(), zone.zoneId(), zone.reason()));
    }

    /** Whether a set-point keeps the limit (to 1/1000 K: set-points are rounded so). */
    public boolean allows(double setpointC) {
        return setpointC <= maxC + 1e-9;
    }

    /** The set-points that keep the limit, in their order. */
    public List<Double> keep(List<Double> setpointsC) {
        return setpointsC.stream().filter(this::allows).toList();
    }

    /** The rule as the plan states it, e.g. {@code supply ≤ 7.5 °C: critical zone Z3 (operating theatres, ICU & isolation rooms)}. */
    public String rule() {
        String what = reason == null || reason.isBlank() || reason.equals(zoneId) ? "" : " (" + reason + ")";
        return "supply ≤ " + degrees(maxC) + " °C: critical zone " + zoneId + what;
    }

    static String degrees(double c) {
        String twoDecimals = String.format(Locale.ROOT, "%.2f", c);
        return twoDecimals.endsWith("0") ? twoDecimals.substring(0, twoDecimals.length() - 1) : twoDecimals;
    }
}
