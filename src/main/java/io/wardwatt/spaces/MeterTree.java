package io.wardwatt.spaces;

import io.wardwatt.readings.query.MeterSelection;
import io.wardwatt.readings.query.SpaceNode;
import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.MeasurementPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The sub-meter tree of a site, of its consumption meters: first the explicit links (each meter that is another's
 * parent meter, against its sub-meters), then where meters are attached in the space tree: for each carrier, a space's
 * meters (less those that are sub-meters of another meter there) are the parent of the meters that {@link MeterSelection}
 * would choose for each of its child spaces -- the next metered level down. Meters attached to no space are the site's
 * main meters, the parent of the top-level spaces' meters.
 */
public final class MeterTree {

    private MeterTree() {
    }

    /**
     * @param withSiteMains whether to include the main meters' group; off where the sub-meters do not cover the whole
     *                      site (the group would then always be out of balance by the unmetered load)
     */
    public static List<MeterGroup> groups(List<SpaceRef> spaces, List<MeasurementPoint> points, boolean withSiteMains) {
        List<SpaceNode> nodes = spaces.stream().map(SpaceRef::node).toList();
        List<MeasurementPoint> counters = points.stream()
                .filter(p -> p.isConsumptionMeter() && p.carrier().get().accepts(p.unit()))
                .sorted(Comparator.comparing(MeasurementPoint::code)).toList();
        List<EnergyCarrier> carriers = counters.stream().map(p -> p.carrier().orElseThrow()).distinct().sorted().toList();
        List<MeterGroup> groups = new ArrayList<>();
        for (MeasurementPoint parent : counters) {
            List<MeasurementPoint> subMeters = counters.stream().filter(p -> parent.code().equals(p.parentMeter())).toList();
            if (!subMeters.isEmpty()) {
                groups.add(new MeterGroup(parent.carrier().orElseThrow(), parent.code(), List.of(parent), subMeters));
            }
        }
        for (EnergyCarrier carrier : carriers) {
            if (withSiteMains) {
                group(carrier, null, null, spaces, nodes, counters).ifPresent(groups::add);
            }
            for (SpaceRef space : spaces.stream().sorted(Comparator.comparing(SpaceRef::code)).toList()) {
                group(carrier, space.id(), space.code(), spaces, nodes, counters).ifPresent(groups::add);
            }
        }
        return groups;
    }

    private static java.util.Optional<MeterGroup> group(EnergyCarrier carrier, Long spaceId, String spaceCode, List<SpaceRef> spaces,
                                                        List<SpaceNode> nodes, List<MeasurementPoint> counters) {
        List<MeasurementPoint> attached = counters.stream()
                .filter(p -> Objects.equals(p.spaceId(), spaceId) && p.carrier().orElseThrow() == carrier).toList();
        List<String> attachedCodes = attached.stream().map(MeasurementPoint::code).toList();
        // A sub-meter of a meter in the same space is inside its parent's figure: judged in its link group above.
        List<MeasurementPoint> parents = attached.stream().filter(p -> !attachedCodes.contains(p.parentMeter())).toList();
        if (parents.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<MeasurementPoint> children = new ArrayList<>();
        for (SpaceRef child : spaces) {
            if (Objects.equals(child.parentId(), spaceId)) {
                children.addAll(MeterSelection.forSpace(nodes, counters, child.id()).used().getOrDefault(carrier, List.of()));
            }
        }
        return children.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new MeterGroup(carrier, spaceCode, parents, children));
    }
}
