package io.wardwatt.site.definition;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.site.Device;
import io.wardwatt.site.Point;
import io.wardwatt.site.Site;
import io.wardwatt.site.Space;
import io.wardwatt.site.definition.Draft.Located;
import io.wardwatt.site.definition.Draft.Named;
import io.wardwatt.site.definition.Draft.Reference;
import io.wardwatt.site.definition.Draft.Section;
import java.util.ArrayList;
import java.util.Iterator;
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
    private final List<Named> named = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();

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
            JsonNode entry = deviceList.get(i);
            String path = "devices[" + i + "]";
            name(Section.DEVICE, path, entry);
            refer(Section.SPACE, path, entry, "space");
            entries.device(entry, path).ifPresent(d -> devices.add(new Located<>(path, d)));
        }
        JsonNode pointList = list(root.get("points"), "points");
        for (int i = 0; pointList != null && i < pointList.size(); i++) {
            JsonNode entry = pointList.get(i);
            String path = "points[" + i + "]";
            name(Section.POINT, path, entry);
            refer(Section.DEVICE, path, entry, "device");
            refer(Section.SPACE, path, entry, "space");
            refer(Section.POINT, path, entry, "parentMeter");
            entries.point(entry, path).ifPresent(p -> points.add(new Located<>(path, p)));
        }
        return draft(site);
    }

    private void readSpaces(JsonNode node, String path, String enclosing) {
        JsonNode list = list(node, path);
        for (int i = 0; list != null && i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String entryPath = path + "[" + i + "]";
            String code = name(Section.SPACE, entryPath, entry);
            if (enclosing == null) {
                refer(Section.SPACE, entryPath, entry, "parent");
            }
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

    private String name(Section section, String path, JsonNode entry) {
        String code = EntryReader.textOf(entry, "code");
        if (code != null) {
            named.add(new Named(section, path, code));
        }
        return code;
    }

    private void refer(Section target, String path, JsonNode entry, String field) {
        String code = EntryReader.textOf(entry, field);
        if (code != null) {
            references.add(new Reference(target, path + "." + field, code));
        }
    }

    private Draft draft(Located<Site> site) {
        return new Draft(site, spaces, devices, points, named, references);
    }
}
