package io.wardwatt.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VariableSpeedPumpTest {

    // A data sheet drawn around 0.1 m³/s at 300 kPa: H/Hd = 1.25 - 0.05x - 0.2x², η = 0.8(2x - x²), x = Q/Qd.
    static final double QD = 0.1;
    static final double HD = 300;

    static PumpCurve dataSheet() {
        return PumpCurve.fit(IntStream.rangeClosed(4, 14).mapToObj(i -> i / 10.0)
                .map(x -> new PumpCurvePoint(x * QD, HD * (1.25 - 0.05 * x - 0.2 * x * x), 0.8 * (2 * x - x * x))).toList());
    }

    static VariableSpeedPump pump() {
        return new VariableSpeedPump(dataSheet(), 0.3, 1.0, 0.9);
    }

    @Test
    void leastSquaresRecoversTheDataSheetsQuadratics() {
        PumpCurve curve = dataSheet();

        assertEquals(1.25 * HD, curve.shutOffHeadKpa(), 1e-9);
        assertEquals(-0.05 * HD / QD, curve.headKpa().c1(), 1e-7);
        assertEquals(-0.2 * HD / (QD * QD), curve.headKpa().c2(), 1e-6);
        assertEquals(0.8, curve.efficiency().valueAt(QD), 1e-12);
        assertEquals(0.04, curve.minFlowM3s(), 1e-12);
        assertEquals(0.14, curve.maxFlowM3s(), 1e-12);
    }

    @Test
    void leastSquaresLeavesOnlyWhatNoQuadraticCanExplain() {
        // A line plus 1 at the last of four equally spaced points: a quadratic fits all but the component of that 1
        // along the cubic orthogonal polynomial (-1, 3, -3, 1), so the residuals are exactly (-1, 3, -3, 1) / 20.
        Quadratic fit = Quadratic.fit(List.of(0.0, 1.0, 2.0, 3.0), List.of(10.0, 11.0, 12.0, 14.0));
        double[] y = {10, 11, 12, 14};
        double[] expected = {-0.05, 0.15, -0.15, 0.05};

        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], y[i] - fit.valueAt(i), 1e-9, "residual at x = " + i);
        }
    }

    @Test
    void affinityLawsHoldOnALoopWithoutStaticHead() {
        VariableSpeedPump pump = pump();
        SystemCurve loop = SystemCurve.throughOrigin(QD, HD);
        PumpOperatingPoint full = pump.onSystem(loop, 1.0);
        assertEquals(QD, full.flowM3s(), 1e-9, "the loop was drawn through the pump's design point");

        for (double n : new double[] {0.4, 0.65, 0.8}) {
            PumpOperatingPoint slow = pump.onSystem(loop, n);
            assertEquals(n * full.flowM3s(), slow.flowM3s(), 1e-9, "flow ∝ speed");
            assertEquals(n * n * full.headKpa(), slow.headKpa(), 1e-6, "head ∝ speed²");
            assertEquals(n * n * n * full.powerKw(), slow.powerKw(), 1e-6, "power ∝ speed³");
        }
    }

    @Test
    void powerIsRhoGQHOverPumpTimesMotorAndDriveEfficiency() {
        PumpOperatingPoint design = pump().onSystem(SystemCurve.throughOrigin(QD, HD), 1.0);

        // 0.1 m³/s against 300 kPa is 30 kW of water power; at 0.8 × 0.9 that is 41.67 kW.
        assertEquals(30 / 0.72, design.powerKw(), 1e-6);
        // A data sheet in metres: 300 kPa is 30.64 m of water at 998 kg/m³.
        assertEquals(998 * 9.81 * QD * (HD / Water.KPA_PER_METRE) / 0.72 / 1000, design.powerKw(), 1e-6);
    }

    @Test
    void efficiencyAtSpeedIsTheRatedCurveAtFlowOverSpeed() {
        VariableSpeedPump pump = pump();

        assertEquals(pump.curve().efficiency().valueAt(0.12), pump.efficiency(0.06, 0.5), 1e-12);
        assertEquals(0.8, pump.efficiency(0.07, 0.7), 1e-12);
    }

    @Test
    void solvedSpeedMeetsTheSystemCurveWithStaticHeadExactly() {
        VariableSpeedPump pump = pump();
        SystemCurve zone = SystemCurve.through(80, 0.3, 280);
        PumpGroup group = new PumpGroup("zone T", pump, 4, zone);

        for (double flow : new double[] {0.05, 0.12, 0.2, 0.3}) {
            for (int running = 2; running <= 4; running++) {
                GroupDuty duty = group.duty(flow, running);
                if (!duty.feasible()) {
                    continue;
                }
                assertEquals(zone.headKpa(flow), duty.headKpa(), 1e-9);
                // Left of its curve a pump recirculates up to its minimum flow: its own flow is then the larger.
                double pumped = Math.max(flow / running, pump.curve().minFlowM3s() * duty.speedFraction());
                assertEquals(zone.headKpa(flow), pump.headKpa(pumped, duty.speedFraction()), 1e-9, running + " pumps at " + flow + " m³/s");
            }
        }
        // With static head, speed does not fall in proportion to flow: halving the flow keeps far more than half the speed.
        double full = group.duty(0.3, 3).speedFraction();
        double half = group.duty(0.15, 3).speedFraction();
        assertTrue(half > 0.6 * full, half + " vs " + full);
    }

    @Test
    void stagingPicksTheCountOfLeastPower() {
        PumpGroup group = new PumpGroup("zone T", pump(), 4, SystemCurve.through(80, 0.3, 280));
        int previous = 1;
        for (int i = 1; i <= 30; i++) {
            double flow = i * 0.01;
            GroupDuty best = group.leastPowerDuty(flow);
            for (int running = 1; running <= 4; running++) {
                GroupDuty other = group.duty(flow, running);
                if (other.feasible()) {
                    assertTrue(best.powerKw() <= other.powerKw() + 1e-12, flow + " m³/s: " + best.running() + " vs " + running);
                }
            }
            assertTrue(best.feasible(), flow + " m³/s");
            assertTrue(best.running() >= previous, "more flow never needs fewer pumps: " + flow);
            previous = best.running();
        }
        assertEquals(1, group.leastPowerDuty(0.03).running(), "a trickle: one pump");
        assertTrue(group.leastPowerDuty(0.3).running() >= 3, "well above one pump's design flow: several");
        assertEquals(0, group.leastPowerDuty(0).running());
    }

    @Test
    void tooFewPumpsAreInfeasibleWithTheReasonAndTheShortfall() {
        VariableSpeedPump pump = pump();
        SystemCurve zone = SystemCurve.through(80, 0.24, 300);
        PumpGroup group = new PumpGroup("zone A", pump, 4, zone);

        GroupDuty two = group.duty(0.24, 2);
        assertFalse(two.feasible());
        assertTrue(Double.isNaN(two.powerKw()));
        // Each of two carries 0.12 m³/s; at full speed the curve gives 375 - 150·0.12 - 6000·0.12² = 270.6 kPa.
        assertEquals("2 of zone A's pumps cannot deliver 0.240 m³/s against 300 kPa: at full speed they give 271 kPa",
                two.infeasibleReason());
        double delivered = group.maxFlowM3s(2);
        assertEquals(zone.headKpa(delivered), pump.headKpa(delivered / 2, 1.0), 1e-6, "where two pumps at full speed meet the system");
        assertEquals(0.24 - delivered, two.shortfallM3s(), 1e-9);
        assertTrue(group.duty(delivered * 0.999, 2).feasible());
        assertFalse(group.duty(delivered * 1.001, 2).feasible());

        GroupDuty one = group.duty(0.24, 1);
        assertFalse(one.feasible());
        assertEquals("1 of zone A's pumps cannot deliver 0.240 m³/s against 300 kPa: at full speed each runs out at 0.140 m³/s,"
                + " the end of its curve", one.infeasibleReason());
        assertTrue(group.duty(0.24, 3).feasible());
    }

    @Test
    void leftOfItsCurveThePumpRecirculatesAtItsMinimumFlow() {
        VariableSpeedPump pump = pump();
        PumpGroup group = new PumpGroup("zone T", pump, 4, SystemCurve.through(80, 0.3, 280));

        GroupDuty idle = group.duty(0.0001, 1);

        assertTrue(idle.feasible());
        double speed = Math.sqrt(80.0 / pump.curve().headKpa().valueAt(pump.curve().minFlowM3s()));
        assertEquals(speed, idle.speedFraction(), 1e-3, "the speed that holds the set-point at the curve's first flow");
        double recirculating = pump.curve().minFlowM3s() * speed;
        assertEquals(pump.powerKw(recirculating, idle.headKpa(), speed), idle.powerKw(), 1e-6);
        assertTrue(idle.powerKw() > 0 && Double.isFinite(idle.powerKw()));
    }

    @Test
    void belowMinimumSpeedTheDriveHoldsIt() {
        VariableSpeedPump pump = pump();
        PumpOperatingPoint slow = pump.operatingPoint(0.02, 10);

        assertEquals(0.3, slow.speedFraction());
        assertEquals(pump.headKpa(0.02, 0.3), slow.headKpa(), 1e-9, "the pump makes the head of its curve at minimum speed");
    }
}
