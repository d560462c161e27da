package io.wardwatt.site.definition;

import io.wardwatt.site.Device;
import io.wardwatt.site.Point;
import io.wardwatt.site.Site;
import io.wardwatt.site.Space;
import java.util.List;
import java.util.Set;

/**
 * A site definition as read, before the checks across entries: the entries that are valid on their own,
 * each with its path in the document, and the codes every entry names (valid or not).
 *
 * @param site         the site, or null when it was missing or invalid
 * @param namedSpaces  codes of all space entries, including invalid ones
 * @param namedDevices codes of all device entries, including invalid ones
 * @param namedPoints  codes of all point entries, including invalid ones
 */
record Draft(Located<Site> site, List<Located<Space>> spaces, List<Located<Device>> devices, List<Located<Point>> points,
             Set<String> namedSpaces, Set<String> namedDevices, Set<String> namedPoints) {

    /** An entry and where it is: {@code spaces[3]}, {@code spaces[0].spaces[2]}, {@code points[12]}. */
    record Located<T>(String path, T value) {
    }

    SiteDefinition toDefinition() {
        return new SiteDefinition(site.value(), values(spaces), values(devices), values(points));
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }
}
