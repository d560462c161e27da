package io.wardwatt.site.definition;

import io.wardwatt.input.InputProblem;
import io.wardwatt.site.Device;
import io.wardwatt.site.Point;
import io.wardwatt.site.Site;
import io.wardwatt.site.Space;
import io.wardwatt.site.SpaceHierarchy;
import io.wardwatt.site.definition.Draft.Located;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The checks across the entries of a site definition, after each entry was found valid on its own:
 * duplicate codes, references to spaces and devices the definition does not hold, the space hierarchy
 * (level order, cycles, areas) and the site's floor area against its spaces.
 */
public final class SiteDefinitionValidator {

    private static final double AREA_TOLERANCE_M2 = 0.005;

    private SiteDefinitionValidator() {
    }

    /** The problems of a definition built in code; paths are flat ({@code spaces[3].parent}). */
    public static List<InputProblem> problems(SiteDefinition definition) {
        Draft draft = new Draft(new Located<>("site", definition.site()), indexed("spaces", definition.spaces()),
                indexed("devices", definition.devices()), indexed("points", definition.points()),
                codes(definition.spaces(), Space::code), codes(definition.devices(), Device::code), codes(definition.points(), Point::code));
        return problems(draft);
    }

    static List<InputProblem> problems(Draft draft) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, String> spacePaths = firstPaths(draft.spaces(), Space::code, "space", problems);
        firstPaths(draft.devices(), Device::code, "device", problems);
        firstPaths(draft.points(), Point::code, "point", problems);

        SpaceHierarchy hierarchy = new SpaceHierarchy(draft.spaces().stream().map(Located::value).toList());
        Set<String> invalidButNamed = new HashSet<>(draft.namedSpaces());
        invalidButNamed.removeAll(spacePaths.keySet());
        for (SpaceHierarchy.Problem problem : hierarchy.problems(invalidButNamed)) {
            String text = problem.problem().startsWith("there is no space") ? problem.problem() + " in this definition" : problem.problem();
            problems.add(new InputProblem(spacePaths.get(problem.spaceCode()) + "." + problem.field(), text));
        }
        Located<Site> site = draft.site();
        if (site != null && !hierarchy.hasCycles()) {
            double spacesArea = hierarchy.topLevelAreaM2();
            if (spacesArea > site.value().floorAreaM2() + AREA_TOLERANCE_M2) {
                problems.add(new InputProblem(site.path() + ".floorAreaM2", "the top-level spaces account for "
                        + Math.round(spacesArea * 100) / 100.0 + " m², more than the site's " + site.value().floorAreaM2() + " m²"));
            }
        }
        for (Located<Device> device : draft.devices()) {
            reference(device.value().space(), draft.namedSpaces(), "space", device.path() + ".space", problems);
        }
        for (Located<Point> point : draft.points()) {
            reference(point.value().device(), draft.namedDevices(), "device", point.path() + ".device", problems);
            reference(point.value().space(), draft.namedSpaces(), "space", point.path() + ".space", problems);
        }
        return problems;
    }

    private static void reference(String code, Set<String> named, String kind, String where, List<InputProblem> problems) {
        if (code != null && !named.contains(code)) {
            problems.add(new InputProblem(where, "there is no " + kind + " '" + code + "' in this definition"));
        }
    }

    /** Code to path of the first entry with each code; every later one is a duplicate. */
    private static <T> Map<String, String> firstPaths(List<Located<T>> entries, Function<T, String> code, String kind,
                                                      List<InputProblem> problems) {
        Map<String, String> first = new HashMap<>();
        for (Located<T> entry : entries) {
            String key = code.apply(entry.value());
            String earlier = first.putIfAbsent(key, entry.path());
            if (earlier != null) {
                problems.add(new InputProblem(entry.path() + ".code", "duplicate " + kind + " code '" + key + "' (also at " + earlier + ")"));
            }
        }
        return first;
    }

    private static <T> List<Located<T>> indexed(String section, List<T> values) {
        return IntStream.range(0, values.size()).mapToObj(i -> new Located<>(section + "[" + i + "]", values.get(i))).toList();
    }

    private static <T> Set<String> codes(List<T> values, Function<T, String> code) {
        Set<String> codes = new LinkedHashSet<>();
        values.forEach(v -> codes.add(code.apply(v)));
        return codes;
    }
}
