package io.wardwatt.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The optimal-chiller-loading test systems of the literature (Chang 2004/2005; Lee &amp; Lin 2009 and the papers
 * after them). Loads and capacities are in RT, power in kW: the split does not care about the unit as long as
 * load and capacity share it. Minimum PLR 0.3 for every chiller, any chiller may be off.
 *
 * <p>Coefficients: as tabulated in the benchmark functions "optimal chiller case 1/2/3" of a public evolutionary
 * algorithm test collection (found through the code search; class names f2001, f2002, f2003), which copy the
 * papers' tables. The published "optimal" kW figures could not be retrieved in the time available, so the
 * expected values below are OUR exact optima, each checked here against exhaustive search (ours must be no worse
 * and feasible) and pinned to 0.01 %. Replace them by the published figures once the papers' tables are at hand,
 * keeping ours where a published figure violates the balance or counts an off chiller at its intercept.
 */
class LiteratureCasesTest {

    private final SlotLoadSplit solver = new SlotLoadSplit();

    /** Six chillers, 4 × 1280 RT + 2 × 1250 RT, quadratic in PLR (d = 0): "case 1" of Lee &amp; Lin (2009). */
    private static List<PlrCubic> sixChillers() {
        double[] a = {399.345, 287.116, -120.505, -19.121, -95.029, 191.750};
        double[] b = {-122.12, 80.04, 1525.99, 898.76, 1202.39, 224.86};
        double[] c = {770.46, 700.48, -502.14, -98.15, -352.16, 524.04};
        double[] capacity = {1280, 1280, 1280, 1280, 1250, 1250};
        List<PlrCubic> plant = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            plant.add(new PlrCubic("CH" + (i + 1), capacity[i], 0.3, a[i], b[i], c[i], 0));
        }
        return plant;
    }

    /** Three equal chillers, cubic in PLR: Chang's (2004) system. Capacity 1280 RT each as the brief recalls it. */
    private static List<PlrCubic> threeChillers() {
        return List.of(new PlrCubic("CH1", 1280, 0.3, 100.95, 818.61, -973.43, 788.55),
                new PlrCubic("CH2", 1280, 0.3, 66.598, 606.34, -380.58, 275.95),
                new PlrCubic("CH3", 1280, 0.3, 130.09, 304.5, 14.377, 99.8));
    }

    /** Four chillers, 2 × 450 RT + 2 × 1000 RT, cubic in PLR: Chang et al. (2005, genetic algorithm). */
    private static List<PlrCubic> fourChillers() {
        return List.of(new PlrCubic("CH1", 450, 0.3, 104.09, 166.57, -430.13, 512.53),
                new PlrCubic("CH2", 450, 0.3, -67.15, 1177.79, -2174.53, 1456.53),
                new PlrCubic("CH3", 1000, 0.3, 384.71, -779.13, 1151.42, -63.20),
                new PlrCubic("CH4", 1000, 0.3, 541.63, 413.48, -3626.50, 4021.41));
    }

    @ParameterizedTest(name = "6 chillers, {0} RT -> {1} kW")
    @CsvSource({"6858, 4738.5753", "6477, 4421.6486", "6096, 4143.7064", "5717, 3842.5532", "5334, 3546.4375", "4953, 3275.5612"})
    void sixChillerSystem(double loadRt, double optimumKw) {
        check(sixChillers(), loadRt, optimumKw, 26);
    }

    @ParameterizedTest(name = "3 chillers, {0} RT -> {1} kW")
    @CsvSource({"3456, 1583.8067", "3072, 1403.1960", "2688, 1244.3249", "2304, 993.6021", "1920, 832.3252", "1536, 692.2513"})
    void threeChillerSystem(double loadRt, double optimumKw) {
        check(threeChillers(), loadRt, optimumKw, 2001);
    }

    @ParameterizedTest(name = "4 chillers, {0} RT -> {1} kW")
    @CsvSource({"2610, 1857.2986", "2320, 1455.6647", "2030, 1178.1370", "1740, 998.5327", "1450, 820.0726", "1160, 651.0721"})
    void fourChillerSystem(double loadRt, double optimumKw) {
        check(fourChillers(), loadRt, optimumKw, 201);
    }

    private void check(List<PlrCubic> plant, double loadRt, double optimumKw, int bruteForceGridPoints) {
        LoadSplit split = solver.split(loadRt, plant);

        SlotLoadSplitTest.assertFeasible(split, plant, loadRt);
        double brute = BruteForceSplit.minimumKw(plant, bruteForceGridPoints, loadRt);
        assertTrue(split.totalPowerKw() <= brute + 1e-9 * brute, "ours " + split.totalPowerKw() + " > exhaustive " + brute);
        assertEquals(optimumKw, split.totalPowerKw(), 1e-4 * optimumKw);
    }
}
