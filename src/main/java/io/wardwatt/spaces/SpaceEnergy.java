package io.wardwatt.spaces;

import io.wardwatt.readings.query.MeterSelection;
import io.wardwatt.readings.query.SpaceNode;
import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.SpaceLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Consumption of every space of one level (building, floor, department, space unit), each counted as the consumption
 * query counts a space: per carrier the top-most metered level of its subtree ({@link MeterSelection}), so no sub-meter
 * is added twice. A space with no meter of a carrier anywhere in its subtree has no figure for it (unmetered, not 0).
 */
public final class SpaceEnergy {

    /** One carrier of one space: its total in the canonical unit and the meters added up. */
    public record CarrierTotal(String carrier, String unit, double total, List<String> meters, List<String> metersWithoutReadings) {
    }

    /** One space's consumption. */
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
            List<CarrierTotal> carriers = new ArrayList<>();
            MeterSelection selection = MeterSelection.forSpace(nodes, counters, space.id());
            for (Map.Entry<EnergyCarrier, List<MeasurementPoint>> used : selection.used().entrySet()) {
                double total = 0;
                List<String> meters = new ArrayList<>();
                List<String> silent = new ArrayList<>();
                for (MeasurementPoint p : used.getValue()) {
                    meters.add(p.code());
                    Double t = totals.get(p.id());
                    if (t == null) {
                        silent.add(p.code());
                    } else {
                        total += t;
                    }
                }
                carriers.add(new CarrierTotal(used.getKey().code(), used.getKey().canonicalUnit(), total, meters, silent));
            }
            String parent = spaces.stream().filter(s -> space.parentId() != null && s.id() == space.parentId()).map(SpaceRef::code)
                    .findFirst().orElse(null);
            rows.add(new Row(space.code(), space.name(), space.level(), parent, carriers));
        }
        return rows;
    }
}
