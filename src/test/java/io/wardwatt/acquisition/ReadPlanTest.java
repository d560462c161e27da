package io.wardwatt.acquisition;

import static io.wardwatt.acquisition.RegisterFunction.COIL;
import static io.wardwatt.acquisition.RegisterFunction.DISCRETE_INPUT;
import static io.wardwatt.acquisition.RegisterFunction.HOLDING;
import static io.wardwatt.acquisition.RegisterFunction.INPUT;
import static io.wardwatt.acquisition.RegisterType.BOOL;
import static io.wardwatt.acquisition.RegisterType.FLOAT32;
import static io.wardwatt.acquisition.RegisterType.FLOAT64;
import static io.wardwatt.acquisition.RegisterType.UINT16;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadPlanTest {

    private static List<String> plan(PlanLimits limits, RegisterPoint... points) {
        return ReadPlan.of(List.of(points), limits).requests().stream().map(ReadRequest::toString).toList();
    }

    @Test
    void contiguousRegistersOfOneFunctionAreOneRequest() {
        assertEquals(List.of("input 0..5 (6, 3 points)"), plan(PlanLimits.DEFAULT,
                RegisterPoints.at("A", INPUT, 0, FLOAT32), RegisterPoints.at("B", INPUT, 2, FLOAT32), RegisterPoints.at("C", INPUT, 4, FLOAT32)));
    }

    @Test
    void eachFunctionHasItsOwnRequests() {
        assertEquals(List.of("coil 0..0 (1, 1 points)", "discrete-input 0..0 (1, 1 points)", "holding 0..0 (1, 1 points)",
                "input 0..0 (1, 1 points)"), plan(PlanLimits.DEFAULT,
                RegisterPoints.at("I", INPUT, 0, UINT16), RegisterPoints.at("H", HOLDING, 0, UINT16),
                RegisterPoints.at("D", DISCRETE_INPUT, 0, BOOL), RegisterPoints.at("C", COIL, 0, BOOL)));
    }

    @Test
    void aGapUpToTheLimitIsReadThroughAndALargerOneStartsANewRequest() {
        PlanLimits gap10 = new PlanLimits(125, 2000, 10);
        // A ends at 1; B at 12 leaves 10 unused registers (2..11): read through
        assertEquals(List.of("input 0..12 (13, 2 points)"), plan(gap10, RegisterPoints.at("A", INPUT, 0, FLOAT32), RegisterPoints.at("B", INPUT, 12, UINT16)));
        // B at 13 leaves 11: a new request
        assertEquals(List.of("input 0..1 (2, 1 points)", "input 13..13 (1, 1 points)"),
                plan(gap10, RegisterPoints.at("A", INPUT, 0, FLOAT32), RegisterPoints.at("B", INPUT, 13, UINT16)));
        // gap 0: only strictly contiguous registers share a request
        assertEquals(2, plan(gap10.withMaxGap(0), RegisterPoints.at("A", INPUT, 0, UINT16), RegisterPoints.at("B", INPUT, 2, UINT16)).size());
        assertEquals(1, plan(gap10.withMaxGap(0), RegisterPoints.at("A", INPUT, 0, UINT16), RegisterPoints.at("B", INPUT, 1, UINT16)).size());
    }

    @Test
    void noRequestPassesTheRegisterLimit() {
        List<RegisterPoint> points = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            points.add(RegisterPoints.at("P" + i, HOLDING, i * 2, FLOAT32)); // 200 contiguous registers
        }
        List<ReadRequest> requests = ReadPlan.of(points, PlanLimits.DEFAULT).requests();
        // 62 floats fill 124 registers; the 63rd would make 126
        assertEquals(List.of("holding 0..123 (124, 62 points)", "holding 124..199 (76, 38 points)"),
                requests.stream().map(ReadRequest::toString).toList());
        // exactly 125 is allowed: 124 registers of floats then one uint16
        points.set(62, RegisterPoints.at("U", HOLDING, 124, UINT16));
        assertEquals(125, ReadPlan.of(points.subList(0, 63), PlanLimits.DEFAULT).requests().get(0).count());
    }

    @Test
    void aValueNeverSplitsAcrossRequests() {
        List<RegisterPoint> points = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            points.add(RegisterPoints.at("D" + i, INPUT, i * 4, FLOAT64)); // 124 registers
        }
        points.add(RegisterPoints.at("LAST", INPUT, 124, FLOAT64)); // 124..127: would pass 125
        List<ReadRequest> requests = ReadPlan.of(points, PlanLimits.DEFAULT).requests();
        assertEquals(List.of(124, 4), requests.stream().map(ReadRequest::count).toList());
    }

    @Test
    void bitsAreGroupedUpTo2000WithASixteenfoldGap() {
        List<RegisterPoint> coils = new ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            coils.add(RegisterPoints.at("C" + i, COIL, i, BOOL));
        }
        assertEquals(List.of(2000, 1), ReadPlan.of(coils, PlanLimits.DEFAULT).requests().stream().map(ReadRequest::count).toList());
        // gap 10 registers = 160 bits: 0 and 161 share a request, 0 and 162 do not
        assertEquals(1, plan(PlanLimits.DEFAULT, RegisterPoints.at("A", DISCRETE_INPUT, 0, BOOL), RegisterPoints.at("B", DISCRETE_INPUT, 161, BOOL)).size());
        assertEquals(2, plan(PlanLimits.DEFAULT, RegisterPoints.at("A", DISCRETE_INPUT, 0, BOOL), RegisterPoints.at("B", DISCRETE_INPUT, 162, BOOL)).size());
    }

    @Test
    void boolsSharingARegisterAreReadOnce() {
        RegisterPoint b0 = RegisterPoints.bit(0);
        RegisterPoint b5 = RegisterPoints.bit(5);
        List<ReadRequest> requests = ReadPlan.of(List.of(b0, b5), PlanLimits.DEFAULT).requests();
        assertEquals(1, requests.size());
        assertEquals(1, requests.get(0).count());
        assertEquals(0, requests.get(0).unused());
    }

    @Test
    void switchedOffPointsAreNotRead() {
        RegisterPoint off = RegisterPoints.at("OFF", INPUT, 50, UINT16).withWatch(false, null, false);
        assertEquals(List.of("input 0..0 (1, 1 points)"), plan(PlanLimits.DEFAULT, RegisterPoints.at("A", INPUT, 0, UINT16), off));
    }

    @Test
    void limitsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new PlanLimits(126, 2000, 10));
        assertThrows(IllegalArgumentException.class, () -> new PlanLimits(125, 2001, 10));
        assertThrows(IllegalArgumentException.class, () -> new PlanLimits(125, 2000, -1));
        assertThrows(IllegalArgumentException.class, () -> new PlanLimits(10, 2000, 10));
    }
}
