package io.wardwatt.readings.query;

import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.MeasurementPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses which counters measure a site's or a space subtree's consumption without counting sub-meters
 * twice: per carrier and branch of the space tree, the top-most metered level wins.
 *
 * @param used    per carrier, the counters whose consumption is added up
 * @param ignored the counters of the same scope left out, each with the reason
 */
public record MeterSelection(Map<EnergyCarrier, List<MeasurementPoint>> used, List<IgnoredMeter> ignored) {

    /** The rule in words, returned with every consumption answer. */
    public static final String RULE = "Per energy carrier and branch of the space tree the top-most metered level is used: "
            + "if a space has counters of a carrier attached, they are used and the counters of that carrier below it are ignored; "
            + "otherwise its children are examined. For the whole site, counters attached to no space (site-level main meters) "
            + "are used instead of any space counter of the same carrier.";

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
        return selection;
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

        Tree(List<SpaceNode> spaces, List<MeasurementPoint> points) {
            spaces.stream().sorted(Comparator.comparing(SpaceNode::code)).forEach(s -> {
                byId.put(s.id(), s);
                children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s);
            });
            counters = points.stream().filter(p -> p.isCounter() && p.carrier().isPresent())
                    .sorted(Comparator.comparing(MeasurementPoint::code)).toList();
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
