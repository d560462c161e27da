package io.wardwatt.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the meter tree, across points: a sub-meter's parent meter is a consumption counter of the same carrier, and
 * following parents never comes back to where it started. (A parent that does not exist is the caller's to report: it
 * knows whether the site or only a file is in view.)
 */
public final class MeterLinks {

    private MeterLinks() {
    }

    /**
     * @param sitePoints every point of the site by code, including {@code point} as it would be stored
     * @return what is wrong with {@code point}'s parent link, or empty
     */
    public static Optional<String> problem(Point point, Map<String, Point> sitePoints) {
        if (point.parentMeter() == null) {
            return Optional.empty();
        }
        Point parent = sitePoints.get(point.parentMeter());
        if (parent == null) {
            return Optional.empty();
        }
        if (parent.effectiveFlow().isEmpty()) {
            return Optional.of("parent meter " + parent.code() + " is not an energy counter (a COUNTER with a carrier)");
        }
        if (parent.carrier() != point.carrier()) {
            return Optional.of("parent meter " + parent.code() + " measures " + parent.carrier().code() + ", this meter "
                    + point.carrier().code() + ": a parent and its sub-meters measure the same carrier");
        }
        if (parent.effectiveFlow().get() != EnergyFlow.CONSUMPTION) {
            return Optional.of("parent meter " + parent.code() + " measures " + parent.effectiveFlow().get().code()
                    + ", not consumption");
        }
        Set<String> seen = new LinkedHashSet<>();
        seen.add(point.code());
        for (Point at = parent; at != null; at = at.parentMeter() == null ? null : sitePoints.get(at.parentMeter())) {
            if (!seen.add(at.code())) {
                List<String> loop = new ArrayList<>(seen);
                loop.add(at.code());
                return Optional.of("the parent meters go round in a cycle: " + String.join(" -> ", loop));
            }
        }
        return Optional.empty();
    }
}
