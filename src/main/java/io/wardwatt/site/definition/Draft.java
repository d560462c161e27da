package io.wardwatt.site.definition;

import io.wardwatt.site.Device;
import io.wardwatt.site.Point;
import io.wardwatt.site.Site;
import io.wardwatt.site.Space;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A site definition as read, before the checks across entries: the entries that are valid on their own,
 * each with its path in the document, and -- for every entry, valid or not -- the code it names and the
 * codes it refers to, so that duplicates and dangling references are found even in entries that have
 * other problems too.
 *
 * @param site       the site, or null when it was missing or invalid
 * @param named      the code of every entry
 * @param references every reference to a space or device, as written
 */
record Draft(Located<Site> site, List<Located<Space>> spaces, List<Located<Device>> devices, List<Located<Point>> points,
             List<Named> named, List<Reference> references) {

    enum Section {
        SPACE, DEVICE, POINT;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An entry and where it is: {@code spaces[3]}, {@code spaces[0].spaces[2]}, {@code points[12]}. */
    record Located<T>(String path, T value) {
    }

    /** The code an entry at {@code path} names. */
    record Named(Section section, String path, String code) {
    }

    /** A reference to a space or device, at {@code where} (e.g. {@code points[3].device}). */
    record Reference(Section target, String where, String code) {
    }

    Set<String> codes(Section section) {
        return named.stream().filter(n -> n.section() == section).map(Named::code).collect(Collectors.toSet());
    }

    SiteDefinition toDefinition() {
        return new SiteDefinition(site.value(), values(spaces), values(devices), values(points));
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }
}
