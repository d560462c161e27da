package io.wardwatt.site.definition;

import io.wardwatt.input.InputProblem;
import io.wardwatt.site.Device;
import io.wardwatt.site.Point;
import io.wardwatt.site.Site;
import io.wardwatt.site.Space;
import io.wardwatt.site.SpaceHierarchy;
import io.wardwatt.site.definition.Draft.Located;
import io.wardwatt.site.definition.Draft.Named;
import io.wardwatt.site.definition.Draft.Reference;
import io.wardwatt.site.definition.Draft.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks across the entries of a site definition: duplicate codes, references to spaces, devices and parent
 * meters the definition does not hold, the space hierarchy (level order, cycles, areas), the meter tree
 * ({@link MeterTreeChecks}) and the site's floor area against its spaces.
 */
public final class SiteDefinitionValidator {

    private static final double AREA_TOLERANCE_M2 = 0.005;

    private SiteDefinitionValidator() {
    }

    /** The problems of a definition built in code; paths are flat ({@code spaces[3].parent}). */
    public static List<InputProblem> problems(SiteDefinition definition) {
        List<Named> named = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        List<Located<Space>> spaces = indexed("spaces", definition.spaces());
        List<Located<Device>> devices = indexed("devices", definition.devices());
        List<Located<Point>> points = indexed("points", definition.points());
        spaces.forEach(s -> {
            named.add(new Named(Section.SPACE, s.path(), s.value().code()));
            refer(references, Section.SPACE, s.path() + ".parent", s.value().parent());
        });
        devices.forEach(d -> {
            named.add(new Named(Section.DEVICE, d.path(), d.value().code()));
            refer(references, Section.SPACE, d.path() + ".space", d.value().space());
        });
        points.forEach(p -> {
            named.add(new Named(Section.POINT, p.path(), p.value().code()));
            refer(references, Section.DEVICE, p.path() + ".device", p.value().device());
            refer(references, Section.SPACE, p.path() + ".space", p.value().space());
            refer(references, Section.POINT, p.path() + ".parentMeter", p.value().parentMeter());
        });
        return problems(new Draft(new Located<>("site", definition.site()), spaces, devices, points, named, references));
    }

    static List<InputProblem> problems(Draft draft) {
        List<InputProblem> problems = new ArrayList<>();
        duplicates(draft.named(), problems);
        for (Reference reference : draft.references()) {
            if (!draft.codes(reference.target()).contains(reference.code())) {
                problems.add(new InputProblem(reference.where(), "there is no " + reference.target().word() + " '" + reference.code()
                        + "' in this definition"));
            }
        }
        SpaceHierarchy hierarchy = new SpaceHierarchy(draft.spaces().stream().map(Located::value).toList());
        Map<String, String> spacePaths = new HashMap<>();
        draft.spaces().forEach(s -> spacePaths.putIfAbsent(s.value().code(), s.path()));
        // Unknown parents were reported above as references; the hierarchy adds level order, cycles and areas.
        Set<String> reportedElsewhere = new HashSet<>(draft.codes(Section.SPACE));
        draft.references().stream().filter(r -> r.target() == Section.SPACE).forEach(r -> reportedElsewhere.add(r.code()));
        for (SpaceHierarchy.Problem problem : hierarchy.problems(reportedElsewhere)) {
            problems.add(new InputProblem(spacePaths.get(problem.spaceCode()) + "." + problem.field(), problem.problem()));
        }
        MeterTreeChecks.problems(draft.points()).forEach(problems::add);
        Located<Site> site = draft.site();
        if (site != null && !hierarchy.hasCycles()) {
            double spacesArea = hierarchy.topLevelAreaM2();
            if (spacesArea > site.value().floorAreaM2() + AREA_TOLERANCE_M2) {
                problems.add(new InputProblem(site.path() + ".floorAreaM2", "the top-level spaces account for "
                        + Math.round(spacesArea * 100) / 100.0 + " m², more than the site's " + site.value().floorAreaM2() + " m²"));
            }
        }
        return problems;
    }

    /** Every entry whose code an earlier entry of the same kind already has. */
    private static void duplicates(List<Named> named, List<InputProblem> problems) {
        Map<Section, Map<String, String>> first = new HashMap<>();
        for (Named entry : named) {
            String earlier = first.computeIfAbsent(entry.section(), s -> new HashMap<>()).putIfAbsent(entry.code(), entry.path());
            if (earlier != null) {
                problems.add(new InputProblem(entry.path() + ".code", "duplicate " + entry.section().word() + " code '" + entry.code()
                        + "' (also at " + earlier + ")"));
            }
        }
    }

    private static void refer(List<Reference> references, Section target, String where, String code) {
        if (code != null) {
            references.add(new Reference(target, where, code));
        }
    }

    private static <T> List<Located<T>> indexed(String section, List<T> values) {
        List<Located<T>> located = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            located.add(new Located<>(section + "[" + i + "]", values.get(i)));
        }
        return located;
    }
}
