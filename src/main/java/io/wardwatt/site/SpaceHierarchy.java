package io.wardwatt.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of a site's space hierarchy: a parent is at a strictly outer level than its child
 * (CAMPUS &gt; BUILDING &gt; FLOOR &gt; DEPARTMENT &gt; SPACE_UNIT; levels may be skipped, e.g. a space unit directly
 * on a floor), there are no cycles, and no space holds more floor area than it has.
 */
public final class SpaceHierarchy {

    /** What an area sum may exceed a recorded area by before it counts as a problem: the rounding of two decimals. */
    private static final double AREA_TOLERANCE_M2 = 0.005;
    private static final String ORDER = "CAMPUS > BUILDING > FLOOR > DEPARTMENT > SPACE_UNIT";

    /** A problem with one space; {@code field} is {@code parent} or {@code areaM2}. */
    public record Problem(String spaceCode, String field, String problem) {
    }

    private final Map<String, Space> byCode = new LinkedHashMap<>();
    private final Map<String, List<Space>> children = new HashMap<>();

    /** The spaces of one site; of two with the same code the first is kept (duplicates are reported by callers). */
    public SpaceHierarchy(Collection<Space> spaces) {
        for (Space space : spaces) {
            byCode.putIfAbsent(space.code(), space);
        }
        for (Space space : byCode.values()) {
            if (space.parent() != null) {
                children.computeIfAbsent(space.parent(), p -> new ArrayList<>()).add(space);
            }
        }
    }

    /** Why {@code child} cannot be placed in {@code parent}, if it cannot. */
    public static Optional<String> placementProblem(Space child, Space parent) {
        if (parent.level().ordinal() >= child.level().ordinal()) {
            return Optional.of("a " + child.level() + " cannot be inside " + parent.level() + " '" + parent.code()
                    + "': a parent must be at an outer level (" + ORDER + ")");
        }
        return Optional.empty();
    }

    /**
     * Checks the whole hierarchy.
     *
     * @param namedElsewhere codes of spaces that exist but are not in this collection (e.g. entries of a file
     *                       that are invalid themselves): a parent among them is not reported as unknown
     */
    public List<Problem> problems(Set<String> namedElsewhere) {
        List<Problem> problems = new ArrayList<>();
        for (Space space : byCode.values()) {
            if (space.parent() == null) {
                continue;
            }
            Space parent = byCode.get(space.parent());
            if (parent != null) {
                placementProblem(space, parent).ifPresent(p -> problems.add(new Problem(space.code(), "parent", p)));
            } else if (!namedElsewhere.contains(space.parent())) {
                problems.add(new Problem(space.code(), "parent", "there is no space '" + space.parent() + "'"));
            }
        }
        List<List<String>> cycles = cycles();
        for (List<String> cycle : cycles) {
            String text = String.join(" -> ", cycle) + " -> " + cycle.get(0);
            for (String member : cycle) {
                problems.add(new Problem(member, "parent", "is part of a cycle: " + text));
            }
        }
        if (cycles.isEmpty()) {
            problems.addAll(areaProblems());
        }
        return problems;
    }

    /** Whether the hierarchy has a cycle (then areas and trees are not computed). */
    public boolean hasCycles() {
        return !cycles().isEmpty();
    }

    /** The floor area the top-level spaces account for (see {@link #containedAreaM2}). */
    public double topLevelAreaM2() {
        return byCode.values().stream().filter(s -> s.parent() == null || !byCode.containsKey(s.parent()))
                .mapToDouble(s -> containedAreaM2(s, new HashMap<>())).sum();
    }

    /** The subtree under {@code rootCode} with its space units counted and their areas summed. */
    public Optional<SpaceTree> tree(String rootCode) {
        Space root = byCode.get(rootCode);
        if (root == null || hasCycles()) {
            return Optional.empty();
        }
        return Optional.of(tree(root));
    }

    private SpaceTree tree(Space space) {
        List<SpaceTree> subtrees = childrenOf(space).stream().sorted(Comparator.comparing(Space::code)).map(this::tree).toList();
        boolean unit = space.level() == SpaceLevel.SPACE_UNIT;
        int units = (unit ? 1 : 0) + subtrees.stream().mapToInt(SpaceTree::spaceUnits).sum();
        double unitArea = (unit && space.areaM2() != null ? space.areaM2() : 0) + subtrees.stream().mapToDouble(SpaceTree::spaceUnitAreaM2).sum();
        return new SpaceTree(space.code(), space.name(), space.level(), space.areaM2(), units, FieldChecks.centi(unitArea), subtrees);
    }

    private List<Space> childrenOf(Space space) {
        return children.getOrDefault(space.code(), List.of());
    }

    /**
     * The area a space accounts for: its own when recorded, otherwise what its children account for. A
     * building with no recorded area is then as large as its floors, and a floor without area as its rooms.
     */
    private double containedAreaM2(Space space, Map<String, Double> memo) {
        if (space.areaM2() != null) {
            return space.areaM2();
        }
        Double known = memo.get(space.code());
        if (known != null) {
            return known;
        }
        double sum = childrenOf(space).stream().mapToDouble(c -> containedAreaM2(c, memo)).sum();
        memo.put(space.code(), sum);
        return sum;
    }

    private List<Problem> areaProblems() {
        List<Problem> problems = new ArrayList<>();
        Map<String, Double> memo = new HashMap<>();
        for (Space space : byCode.values()) {
            List<Space> parts = childrenOf(space);
            if (space.areaM2() == null || parts.isEmpty()) {
                continue;
            }
            double sum = parts.stream().mapToDouble(c -> containedAreaM2(c, memo)).sum();
            if (sum > space.areaM2() + AREA_TOLERANCE_M2) {
                String largest = parts.stream().sorted(Comparator.comparingDouble((Space c) -> containedAreaM2(c, memo)).reversed()).limit(3)
                        .map(c -> c.code() + " " + FieldChecks.centi(containedAreaM2(c, memo))).collect(Collectors.joining(", "));
                problems.add(new Problem(space.code(), "areaM2", "the spaces inside it add up to " + FieldChecks.centi(sum)
                        + " m² (largest: " + largest + "), more than its own " + space.areaM2() + " m²"));
            }
        }
        return problems;
    }

    /** Each cycle once, its members in parent order starting from the first one met in input order. */
    private List<List<String>> cycles() {
        List<List<String>> cycles = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String start : byCode.keySet()) {
            List<String> chain = new ArrayList<>();
            Set<String> onChain = new HashSet<>();
            String current = start;
            while (current != null && byCode.containsKey(current) && !done.contains(current) && onChain.add(current)) {
                chain.add(current);
                current = byCode.get(current).parent();
            }
            if (current != null && onChain.contains(current)) {
                cycles.add(List.copyOf(chain.subList(chain.indexOf(current), chain.size())));
            }
            done.addAll(chain);
        }
        return cycles;
    }
}
