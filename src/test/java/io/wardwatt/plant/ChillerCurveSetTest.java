package io.wardwatt.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DOE-2 EIR model against a hand evaluation of the published curves. */
class ChillerCurveSetTest {

    private final ChillerCurveSet york = ChillerCurveSetReader.readFile(Path.of("chiller-models/chillers/ch1-york-yt-vanes.yaml"));

    @Test
    void electricPowerIsTheLoadOverTheCopOfTheCurves() {
        double chws = 7.0;
        double ecw = 30.0;
        double capft = biquadratic(List.of(0.7079149, -0.002006276, -0.002596043, 0.03005922, -0.001056423, 0.002045705), chws, ecw);
        double eirft = biquadratic(List.of(0.5605391, -0.01377994, 6.569542e-05, 0.01321951, 0.0002686074, -0.0005011451), chws, ecw);
        double available = 3500 * capft;
        double load = 2500;
        double plr = load / available;
        double eirfplr = 0.1861223 + 0.5482049 * plr + 0.2647377 * plr * plr;
        double expectedPower = available / 6.28 * eirft * eirfplr;

        ChillerOperatingPoint point = york.operate(load, chws, ecw);

        assertEquals(available, point.availableCapacityKw(), 1e-9);
        assertEquals(plr, point.partLoadRatio(), 1e-12);
        assertEquals(expectedPower, point.electricPowerKw(), 1e-9);
        assertEquals(load / expectedPower, point.cop(), 1e-9);
        assertEquals(load + expectedPower, point.heatRejectedKw(), 1e-9);
        assertEquals(0, point.unmetKw());
    }

    @Test
    void atTheRatingPointTheCopIsTheReferenceCopWithinTheDataSetsOwnDeviation() {
        ChillerOperatingPoint full = york.operate(york.availableCapacityKw(6.67, 29.44), 6.67, 29.44);

        // EIRFT(ref) = 0.9951 and EIRFPLR(1) = 0.9991 in the original data: COP = 6.28 / (0.9951 * 0.9991).
        assertEquals(6.28 / (0.9951 * 0.9991), full.cop(), 0.001);
        assertEquals(1.0, full.partLoadRatio(), 1e-12);
    }

    @Test
    void belowTheMinimumPartLoadTheChillerCyclesAndPowerFallsInProportion() {
        double available = york.availableCapacityKw(7, 25);
        double atMinimum = york.operate(0.2 * available, 7, 25).electricPowerKw();

        ChillerOperatingPoint tenPercent = york.operate(0.1 * available, 7, 25);

        assertEquals(atMinimum / 2, tenPercent.electricPowerKw(), 1e-9);
    }

    @Test
    void loadAboveTheMaximumPartLoadIsUnmet() {
        double available = york.availableCapacityKw(7, 32);

        ChillerOperatingPoint point = york.operate(2 * available, 7, 32);

        assertEquals(1.06 * available, point.loadKw(), 1e-9);
        assertEquals(2 * available - 1.06 * available, point.unmetKw(), 1e-9);
    }

    @Test
    void warmerChilledWaterAndColderCondenserWaterLowerThePower() {
        double load = 2500;
        double at7 = york.operate(load, 7, 30).electricPowerKw();
        double at9 = york.operate(load, 9, 30).electricPowerKw();
        double coldCondenser = york.operate(load, 7, 22).electricPowerKw();

        assertTrue(at9 < at7, at9 + " < " + at7);
        assertTrue(coldCondenser < at7, coldCondenser + " < " + at7);
    }

    @Test
    void curveInputsOutsideTheFittedRangeAreClamped() {
        // x runs 4.44..8.89: 3 °C is evaluated as 4.44, like EnergyPlus does.
        assertEquals(york.availableCapacityKw(4.44, 30), york.availableCapacityKw(3.0, 30), 1e-12);
        assertEquals(york.availableCapacityKw(7, 35), york.availableCapacityKw(7, 40), 1e-12);
    }

    private static double biquadratic(List<Double> c, double x, double y) {
        return c.get(0) + c.get(1) * x + c.get(2) * x * x + c.get(3) * y + c.get(4) * y * y + c.get(5) * x * y;
    }
}
