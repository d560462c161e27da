package io.wardwatt.readings.query;

import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.EnergyFlow;
import io.wardwatt.site.MeasurementPoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses which counters measure a site's or a space subtree's consumption without counting sub-meters
 * twice: per carrier and branch of the space tree, the top-most metered level wins.
 *
 * @param used    per carrier, the counters whose consumption is added up
 * @param ignored the counters of the same scope left out, each with the reason
 */
public record MeterSelection(Map<EnergyCarrier, List<MeasurementPoint>> used, List<IgnoredMeter> ignored) {

    /** The rule in words, returned with every consumption answer. */
    public static final String RULE = "Only consumption meters add up to consumption: generation, export, storage charge and "
            + "discharge are flows of their own, and duplicate registers are never added. Per energy carrier and branch of the space "
            + "tree the top-most metered level is used: if a space has consumption meters of a carrier attached, they are used and "
            + "those of that carrier below it are ignored; otherwise its children are examined. For the whole site, meters attached "
            + "to no space (site-level main meters) are used instead of any space meter of the same carrier. Of the meters so "
            + "chosen, a sub-meter is left out when its parent meter (or a parent's parent) is also chosen: each flow once.";

    /** A counter left out, and why. */
    public record IgnoredMeter(MeasurementPoint point, String reason) {
    }

    /** The whole site: site-level main meters first, then each top-level space's branch. */
    public static MeterSelection forSite(List<SpaceNode> spaces, List<MeasurementPoint> points) {
        Tree tree = new Tree(spaces, points);
        MeterSelection selection = new MeterSelection(new EnumMap<>(EnergyCarrier.class), new ArrayList<>());
        for (EnergyCarrier carrier : tree.carriers()) {
            List<MeasurementPoint> mains = tree.attachedTo(null, carrier);
            if (!mains.isEmpty()) {
                selection.use(carrier, mains);
                for (SpaceNode root : tree.children(null)) {
                    selection.ignoreBranch(tree, root, carrier, "the site-level main meter(s) " + keys(mains) + " measure the whole site");
                }
            } else {
                for (SpaceNode root : tree.children(null)) {
                    selection.branch(tree, root, carrier);
                }
            }
        }
        selection.leaveOutCountedSubMeters(tree);
        tree.otherFlows.forEach(p -> selection.ignored.add(new IgnoredMeter(p, otherFlow(p))));
        return selection;
    }

    /** One space and everything below it; counters elsewhere are not considered. */
    public static MeterSelection forSpace(List<SpaceNode> spaces, List<MeasurementPoint> points, long spaceId) {
        Tree tree = new Tree(spaces, points);
        SpaceNode top = tree.byId.get(spaceId);
        if (top == null) {
            throw new IllegalArgumentException("no space " + spaceId + " in this site");
        }
        MeterSelection selection = new MeterSelection(new EnumMap<>(EnergyCarrier.class), new ArrayList<>());
        for (EnergyCarrier carrier : tree.carriers()) {
            selection.branch(tree, top, carrier);
        }
        selection.leaveOutCountedSubMeters(tree);
        List<Long> subtree = tree.subtree(top);
        tree.otherFlows.stream().filter(p -> subtree.contains(p.spaceId())).forEach(p -> selection.ignored.add(new IgnoredMeter(p, otherFlow(p))));
        return selection;
    }

    private static String otherFlow(MeasurementPoint p) {
        return p.flow() == EnergyFlow.DUPLICATE ? "restates a flow another register of its meter counts: never added"
                : "measures " + p.flow().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", a flow of its own, not consumption";
    }

    /** Drops every used meter whose parent meter, or a parent's parent, is used too: the parent counts its energy already. */
    private void leaveOutCountedSubMeters(Tree tree) {
        for (List<MeasurementPoint> meters : used.values()) {
            Set<String> counted = new HashSet<>();
            meters.forEach(p -> counted.add(p.code()));
            List<MeasurementPoint> dropped = new ArrayList<>();
            for (MeasurementPoint p : meters) {
                Set<String> seen = new HashSet<>();
                for (String parent = p.parentMeter(); parent != null && seen.add(parent); parent = tree.parentOf(parent)) {
                    if (counted.contains(parent)) {
                        ignored.add(new IgnoredMeter(p, "sub-meter of " + p.siteCode() + "/" + parent + ", which is counted"));
                        dropped.add(p);
                        break;
                    }
                }
            }
            meters.removeAll(dropped);
        }
        used.values().removeIf(List::isEmpty);
    }

    private void branch(Tree tree, SpaceNode space, EnergyCarrier carrier) {
        List<MeasurementPoint> attached = tree.attachedTo(space.id(), carrier);
        if (!attached.isEmpty()) {
            use(carrier, attached);
            for (SpaceNode child : tree.children(space.id())) {
                ignoreBranch(tree, child, carrier, "space " + space.code() + " above it is metered by " + keys(attached));
            }
            return;
        }
        for (SpaceNode child : tree.children(space.id())) {
            branch(tree, child, carrier);
        }
    }

    private void ignoreBranch(Tree tree, SpaceNode space, EnergyCarrier carrier, String reason) {
        tree.attachedTo(space.id(), carrier).forEach(p -> ignored.add(new IgnoredMeter(p, reason)));
        for (SpaceNode child : tree.children(space.id())) {
            ignoreBranch(tree, child, carrier, reason);
        }
    }

    private void use(EnergyCarrier carrier, List<MeasurementPoint> points) {
        used.computeIfAbsent(carrier, c -> new ArrayList<>()).addAll(points);
    }

    private static String keys(List<MeasurementPoint> points) {
        return String.join(", ", points.stream().map(MeasurementPoint::key).toList());
    }

    /** The space tree with the energy counters attached to each space (key null: attached to no space). */
    private static final class Tree {
        final Map<Long, SpaceNode> byId = new HashMap<>();
        final Map<Long, List<SpaceNode>> children = new HashMap<>();
        final List<MeasurementPoint> counters;
        /** Energy counters of another flow than consumption. */
        final List<MeasurementPoint> otherFlows;
        final Map<String, String> parents = new HashMap<>();

        Tree(List<SpaceNode> spaces, List<MeasurementPoint> points) {
            spaces.stream().sorted(Comparator.comparing(SpaceNode::code)).forEach(s -> {
                byId.put(s.id(), s);
                children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s);
            });
            counters = points.stream().filter(MeasurementPoint::isConsumptionMeter)
                    .sorted(Comparator.comparing(MeasurementPoint::code)).toList();
            otherFlows = points.stream().filter(p -> p.isCounter() && p.carrier().isPresent() && !p.isConsumptionMeter())
                    .sorted(Comparator.comparing(MeasurementPoint::code)).toList();
            points.stream().filter(p -> p.parentMeter() != null).forEach(p -> parents.put(p.code(), p.parentMeter()));
        }

        String parentOf(String code) {
            return parents.get(code);
        }

        /** The space and every space below it. */
        List<Long> subtree(SpaceNode top) {
            List<Long> ids = new ArrayList<>();
            ArrayDeque<SpaceNode> open = new ArrayDeque<>(List.of(top));
            while (!open.isEmpty()) {
                SpaceNode s = open.pop();
                ids.add(s.id());
                open.addAll(children(s.id()));
            }
            return ids;
        }

        List<EnergyCarrier> carriers() {
            return counters.stream().map(p -> p.carrier().orElseThrow()).distinct().sorted().toList();
        }

        List<SpaceNode> children(Long parentId) {
            return children.getOrDefault(parentId, List.of());
        }

        List<MeasurementPoint> attachedTo(Long spaceId, EnergyCarrier carrier) {
            return counters.stream().filter(p -> Objects.equals(p.spaceId(), spaceId) && p.carrier().orElseThrow() == carrier).toList();
        }
    }
}
