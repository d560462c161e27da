package io.wardwatt.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @ParameterizedTest(name = "6 chillers, {0} RT -> {1} kW")
    @CsvSource({"6858, 4738.5753", "6477, 4421.6486", "6096, 4143.7064", "5717, 3842.5532", "5334, 3546.4375", "4953, 3275.5612"})
    void sixChillerSystem(double loadRt, double optimumKw) {
        check(LiteraturePlants.sixChillers(), loadRt, optimumKw, 26);
    }

    @ParameterizedTest(name = "3 chillers, {0} RT -> {1} kW")
    @CsvSource({"3456, 1583.8067", "3072, 1403.1960", "2688, 1244.3249", "2304, 993.6021", "1920, 832.3252", "1536, 692.2513"})
    void threeChillerSystem(double loadRt, double optimumKw) {
        check(LiteraturePlants.threeChillers(), loadRt, optimumKw, 2001);
    }

    @ParameterizedTest(name = "4 chillers, {0} RT -> {1} kW")
    @CsvSource({"2610, 1857.2986", "2320, 1455.6647", "2030, 1178.1370", "1740, 998.5327", "1450, 820.0726", "1160, 651.0721"})
    void fourChillerSystem(double loadRt, double optimumKw) {
        check(LiteraturePlants.fourChillers(), loadRt, optimumKw, 201);
    }

    private void check(List<PlrCubic> plant, double loadRt, double optimumKw, int bruteForceGridPoints) {
        LoadSplit split = solver.split(loadRt, plant);

        SlotLoadSplitTest.assertFeasible(split, plant, loadRt);
        double brute = BruteForceSplit.minimumKw(plant, bruteForceGridPoints, loadRt);
        assertTrue(split.totalPowerKw() <= brute + 1e-9 * brute, "ours " + split.totalPowerKw() + " > exhaustive " + brute);
        assertEquals(optimumKw, split.totalPowerKw(), 1e-4 * optimumKw);
    }
}
