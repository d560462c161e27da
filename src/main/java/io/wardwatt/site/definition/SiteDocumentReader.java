package io.wardwatt.site.definition;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.site.Device;
import io.wardwatt.site.Point;
import io.wardwatt.site.Site;
import io.wardwatt.site.Space;
import io.wardwatt.site.definition.Draft.Located;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a site definition document: {@code site} (a mapping), {@code spaces} (a list, each space may hold
 * its own {@code spaces}: nested children take it as their parent), {@code devices} and {@code points}.
 */
final class SiteDocumentReader {

    private static final Set<String> TOP_LEVEL = Set.of("site", "spaces", "devices", "points");
    private static final Set<String> NESTED = Set.of("spaces");

    private final List<InputProblem> problems;
    private final EntryReader entries;
    private final List<Located<Space>> spaces = new ArrayList<>();
    private final List<Located<Device>> devices = new ArrayList<>();
    private final List<Located<Point>> points = new ArrayList<>();
    private final Set<String> namedSpaces = new LinkedHashSet<>();
    private final Set<String> namedDevices = new LinkedHashSet<>();
    private final Set<String> namedPoints = new LinkedHashSet<>();

    SiteDocumentReader(List<InputProblem> problems) {
        this.problems = problems;
        this.entries = new EntryReader(problems);
    }

    Draft read(JsonNode root) {
        if (!root.isObject()) {
            problems.add(new InputProblem("document", "must be a mapping with site, spaces, devices and points"));
            return draft(null);
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_LEVEL.contains(name)) {
                problems.add(new InputProblem(name, "unknown section (known: site, spaces, devices, points)"));
            }
        }
        Located<Site> site = entries.site(root.get("site"), "site").map(s -> new Located<>("site", s)).orElse(null);
        readSpaces(root.get("spaces"), "spaces", null);
        JsonNode deviceList = list(root.get("devices"), "devices");
        for (int i = 0; deviceList != null && i < deviceList.size(); i++) {
            String path = "devices[" + i + "]";
            remember(namedDevices, deviceList.get(i));
            entries.device(deviceList.get(i), path).ifPresent(d -> devices.add(new Located<>(path, d)));
        }
        JsonNode pointList = list(root.get("points"), "points");
        for (int i = 0; pointList != null && i < pointList.size(); i++) {
            String path = "points[" + i + "]";
            remember(namedPoints, pointList.get(i));
            entries.point(pointList.get(i), path).ifPresent(p -> points.add(new Located<>(path, p)));
        }
        return draft(site);
    }

    private void readSpaces(JsonNode node, String path, String enclosing) {
        JsonNode list = list(node, path);
        for (int i = 0; list != null && i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String entryPath = path + "[" + i + "]";
            String code = remember(namedSpaces, entry);
            entries.space(entry, entryPath, enclosing, NESTED).ifPresent(s -> spaces.add(new Located<>(entryPath, s)));
            if (entry != null && entry.isObject() && entry.has("spaces")) {
                readSpaces(entry.get("spaces"), entryPath + ".spaces", code);
            }
        }
    }

    /** A list, or null when absent (an empty section is allowed: a site may have no devices yet). */
    private JsonNode list(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            problems.add(new InputProblem(path, "must be a list (entries starting with '- ')"));
            return null;
        }
        return node;
    }

    private static String remember(Set<String> named, JsonNode entry) {
        String code = EntryReader.codeOf(entry);
        if (code != null && !code.isEmpty()) {
            named.add(code);
        }
        return code;
    }

    private Draft draft(Located<Site> site) {
        return new Draft(site, spaces, devices, points, namedSpaces, namedDevices, namedPoints);
    }
}
