package io.wardwatt.spaces;

import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.MeasurementPoint;
import java.util.List;

/**
 * A parent meter (or the meters a space or the site is metered by, added up) and its child meters: for one carrier, the
 * counters at the next metered level below it.
 *
 * @param space null for the site's main meters (counters attached to no space); for an explicit parent-meter link, the parent meter's code
 */
public record MeterGroup(EnergyCarrier carrier, String space, List<MeasurementPoint> parents, List<MeasurementPoint> children) {

    /** The group's name in alerts: {@code IPT:electricity}, {@code SITE:electricity}. */
    public String key() {
        return (space == null ? "SITE" : space) + ":" + carrier.code();
    }
}
