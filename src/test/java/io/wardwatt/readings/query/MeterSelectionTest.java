package io.wardwatt.readings.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wardwatt.site.EnergyCarrier;
import io.wardwatt.site.EnergyFlow;
import io.wardwatt.site.MeasurementPoint;
import io.wardwatt.site.PointKind;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeterSelectionTest {

    // Campus 1 > building 2 > floors 3 and 4; building 5 beside it.
    private static final List<SpaceNode> SPACES = List.of(new SpaceNode(1, null, "CAMPUS"), new SpaceNode(2, 1L, "B1"),
            new SpaceNode(3, 2L, "B1-F1"), new SpaceNode(4, 2L, "B1-F2"), new SpaceNode(5, 1L, "B2"));

    private static int ids = 100;

    private static MeasurementPoint counter(String code, Long space, EnergyCarrier carrier) {
        return new MeasurementPoint(ids++, "H", code, PointKind.COUNTER, 1e9, Optional.of(carrier), carrier.canonicalUnit(),
                ZoneId.of("Asia/Shanghai"), 1, space);
    }

    private static Map<EnergyCarrier, List<String>> used(MeterSelection s) {
        return s.used().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(MeasurementPoint::code).sorted().toList()));
    }

    private static MeasurementPoint meter(String code, Long space, EnergyFlow flow, String parentMeter) {
        return new MeasurementPoint(ids++, "H", code, PointKind.COUNTER, 1e9, Optional.of(EnergyCarrier.ELECTRICITY), "kWh",
                ZoneId.of("Asia/Shanghai"), 1, space, flow, parentMeter);
    }

    @Test
    void subMetersOfACountedParentAndOtherFlowsAreLeftOutWithTheirReason() {
        // floor 3: the plant meter and two chiller meters under it (one through an intermediate meter on floor 4), PV, export
        List<MeasurementPoint> points = List.of(
                meter("PLANT", 3L, EnergyFlow.CONSUMPTION, "GRID"),
                meter("CH1", 3L, EnergyFlow.CONSUMPTION, "PLANT"),
                meter("CH2", 3L, EnergyFlow.CONSUMPTION, "BOARD"),
                meter("BOARD", 4L, EnergyFlow.CONSUMPTION, "PLANT"),
                meter("PV", 3L, EnergyFlow.GENERATION, null),
                meter("EXP", 3L, EnergyFlow.EXPORT, null));
        MeterSelection floor = MeterSelection.forSpace(SPACES, points, 3);
        assertEquals(Map.of(EnergyCarrier.ELECTRICITY, List.of("PLANT")), used(floor));
        assertEquals(Map.of("CH1", "sub-meter of H/PLANT, which is counted", "CH2", "sub-meter of H/PLANT, which is counted",
                        "PV", "measures generation, a flow of its own, not consumption", "EXP", "measures export, a flow of its own, not consumption"),
                floor.ignored().stream().collect(java.util.stream.Collectors.toMap(i -> i.point().code(), MeterSelection.IgnoredMeter::reason)));
        // the building: both floors' meters are the top-most metered level of their branches; BOARD and CH2 are inside PLANT
        MeterSelection building = MeterSelection.forSpace(SPACES, points, 2);
        assertEquals(Map.of(EnergyCarrier.ELECTRICITY, List.of("PLANT")), used(building));
        // floor 4 alone: BOARD counts, its parent is not in the sum
        assertEquals(Map.of(EnergyCarrier.ELECTRICITY, List.of("BOARD")), used(MeterSelection.forSpace(SPACES, points, 4)));
    }

    @Test
    void aMeteredBuildingHidesItsFloorMetersAndUnmeteredBranchesRecurse() {
        List<MeasurementPoint> points = List.of(
                counter("B1-MAIN", 2L, EnergyCarrier.ELECTRICITY),
                counter("B1-F1-SUB", 3L, EnergyCarrier.ELECTRICITY),
                counter("B2-F-SUB", 5L, EnergyCarrier.ELECTRICITY),
                counter("B1-F2-GAS", 4L, EnergyCarrier.NATURAL_GAS));
        MeterSelection s = MeterSelection.forSite(SPACES, points);
        assertEquals(Map.of(EnergyCarrier.ELECTRICITY, List.of("B1-MAIN", "B2-F-SUB"),
                EnergyCarrier.NATURAL_GAS, List.of("B1-F2-GAS")), used(s));
        assertEquals(List.of("B1-F1-SUB"), s.ignored().stream().map(i -> i.point().code()).toList());
        assertEquals("space B1 above it is metered by H/B1-MAIN", s.ignored().get(0).reason());
    }

    @Test
    void siteLevelMainMetersWinOverSpaceMetersOfTheSameCarrier() {
        List<MeasurementPoint> points = List.of(
                counter("GRID-MAIN", null, EnergyCarrier.ELECTRICITY),
                counter("B1-MAIN", 2L, EnergyCarrier.ELECTRICITY),
                counter("B1-F1-STEAM", 3L, EnergyCarrier.STEAM));
        MeterSelection s = MeterSelection.forSite(SPACES, points);
        assertEquals(Map.of(EnergyCarrier.ELECTRICITY, List.of("GRID-MAIN"), EnergyCarrier.STEAM, List.of("B1-F1-STEAM")), used(s));
        assertEquals(List.of("B1-MAIN"), s.ignored().stream().map(i -> i.point().code()).toList());
    }

    @Test
    void aSpaceSubtreeIgnoresMetersOutsideIt() {
        List<MeasurementPoint> points = List.of(
                counter("GRID-MAIN", null, EnergyCarrier.ELECTRICITY),
                counter("B1-F1-SUB", 3L, EnergyCarrier.ELECTRICITY),
                counter("B1-F2-SUB", 4L, EnergyCarrier.ELECTRICITY),
                counter("B2-SUB", 5L, EnergyCarrier.ELECTRICITY));
        MeterSelection s = MeterSelection.forSpace(SPACES, points, 2);
        assertEquals(Map.of(EnergyCarrier.ELECTRICITY, List.of("B1-F1-SUB", "B1-F2-SUB")), used(s));
        assertEquals(List.of(), s.ignored());
    }

    @Test
    void valuePointsAndCountersWithoutCarrierAreNotEnergy() {
        MeasurementPoint temperature = new MeasurementPoint(1, "H", "T", PointKind.VALUE, null, Optional.empty(), "degC",
                ZoneId.of("Asia/Shanghai"), 1, 2L);
        MeasurementPoint hours = new MeasurementPoint(2, "H", "RUN-H", PointKind.COUNTER, 1e6, Optional.empty(), "h",
                ZoneId.of("Asia/Shanghai"), 1, 2L);
        assertEquals(Map.of(), used(MeterSelection.forSite(SPACES, List.of(temperature, hours))));
    }
}
