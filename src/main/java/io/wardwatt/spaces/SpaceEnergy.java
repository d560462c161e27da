package io.wardwatt.spaces;

import io.wardwatt.readings.query.MeterSelection;
import io.wardwatt.readings.query.SpaceNode;
import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.EnergyFlow;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.SpaceLevel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Energy of every space of one level (building, floor, department, space unit), per carrier and flow, each flow counted
 * once. Consumption is counted as the consumption query counts a space ({@link MeterSelection}): consumption meters only,
 * the top-most metered level of its subtree, and no sub-meter whose parent meter is counted too. Generation, export and
 * storage charge and discharge are added up over every counter of that flow in the subtree, each reported on its own,
 * never as consumption; duplicate registers are left out. A space with no meter of a carrier anywhere in its subtree
 * has no figure for it (unmetered, not 0).
 */
public final class SpaceEnergy {

    /** The flows reported beside consumption, in this order. */
    private static final List<EnergyFlow> OTHER_FLOWS = List.of(EnergyFlow.GENERATION, EnergyFlow.EXPORT, EnergyFlow.STORAGE_CHARGE,
            EnergyFlow.STORAGE_DISCHARGE);

    /** One flow of one carrier: its total in the canonical unit and the meters added up. */
    public record FlowTotal(String flow, double total, List<String> meters, List<String> metersWithoutReadings) {
    }

    /**
     * One carrier of one space.
     *
     * @param total                 the consumption (flow {@code consumption}), null when no consumption meter measures it
     * @param meters                the consumption meters added up
     * @param metersWithoutReadings those of them without readings in the period
     * @param flows                 every flow measured, consumption first, then generation, export, storage charge and discharge
     */
    public record CarrierTotal(String carrier, String unit, Double total, List<String> meters, List<String> metersWithoutReadings,
                               List<FlowTotal> flows) {
    }

    /** One space's energy. */
    public record Row(String space, String name, SpaceLevel level, String parent, List<CarrierTotal> carriers) {
    }

    private SpaceEnergy() {
    }

    /** @param totals consumption per counter id in its carrier's canonical unit; a counter without readings is absent */
    public static List<Row> atLevel(SpaceLevel level, List<SpaceRef> spaces, List<MeasurementPoint> points, Map<Integer, Double> totals) {
        List<SpaceNode> nodes = spaces.stream().map(SpaceRef::node).toList();
        List<MeasurementPoint> counters = points.stream()
                .filter(p -> p.isCounter() && p.carrier().isPresent() && p.carrier().get().accepts(p.unit())).toList();
        List<Row> rows = new ArrayList<>();
        for (SpaceRef space : spaces.stream().filter(s -> s.level() == level).sorted(Comparator.comparing(SpaceRef::code)).toList()) {
            Map<EnergyCarrier, FlowTotal> consumption = new EnumMap<>(EnergyCarrier.class);
            MeterSelection selection = MeterSelection.forSpace(nodes, counters, space.id());
            selection.used().forEach((carrier, meters) -> consumption.put(carrier, total(EnergyFlow.CONSUMPTION, meters, totals)));
            Set<Long> subtree = subtree(space.id(), spaces);
            Map<EnergyCarrier, List<FlowTotal>> others = new EnumMap<>(EnergyCarrier.class);
            for (EnergyCarrier carrier : EnergyCarrier.values()) {
                for (EnergyFlow flow : OTHER_FLOWS) {
                    List<MeasurementPoint> meters = counters.stream().filter(p -> p.carrier().get() == carrier && p.flow() == flow
                            && p.spaceId() != null && subtree.contains(p.spaceId())).sorted(Comparator.comparing(MeasurementPoint::code)).toList();
                    if (!meters.isEmpty()) {
                        others.computeIfAbsent(carrier, c -> new ArrayList<>()).add(total(flow, meters, totals));
                    }
                }
            }
            Set<EnergyCarrier> measured = new TreeSet<>(consumption.keySet());
            measured.addAll(others.keySet());
            List<CarrierTotal> carriers = new ArrayList<>();
            for (EnergyCarrier carrier : measured) {
                FlowTotal used = consumption.get(carrier);
                List<FlowTotal> flows = new ArrayList<>();
                if (used != null) {
                    flows.add(used);
                }
                flows.addAll(others.getOrDefault(carrier, List.of()));
                carriers.add(new CarrierTotal(carrier.code(), carrier.canonicalUnit(), used == null ? null : used.total(),
                        used == null ? List.of() : used.meters(), used == null ? List.of() : used.metersWithoutReadings(), flows));
            }
            String parent = spaces.stream().filter(s -> space.parentId() != null && s.id() == space.parentId()).map(SpaceRef::code)
                    .findFirst().orElse(null);
            rows.add(new Row(space.code(), space.name(), space.level(), parent, carriers));
        }
        return rows;
    }

    private static FlowTotal total(EnergyFlow flow, List<MeasurementPoint> meters, Map<Integer, Double> totals) {
        double total = 0;
        List<String> codes = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (MeasurementPoint p : meters) {
            codes.add(p.code());
            Double t = totals.get(p.id());
            if (t == null) {
                silent.add(p.code());
            } else {
                total += t;
            }
        }
        return new FlowTotal(flow.code(), total, codes, silent);
    }

    private static Set<Long> subtree(long top, List<SpaceRef> spaces) {
        Set<Long> ids = new HashSet<>();
        Deque<Long> open = new ArrayDeque<>(List.of(top));
        while (!open.isEmpty()) {
            long id = open.pop();
            if (ids.add(id)) {
                spaces.stream().filter(s -> s.parentId() != null && s.parentId() == id).forEach(s -> open.push(s.id()));
            }
        }
        return ids;
    }
}
