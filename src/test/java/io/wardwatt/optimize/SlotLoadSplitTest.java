package io.wardwatt.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.plant.ChillerCurveSet;
import io.wardwatt.plant.ChillerCurveSetReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The single-slot split against exhaustive search on small plants, and its feasibility rules. */
class SlotLoadSplitTest {

    private final SlotLoadSplit solver = new SlotLoadSplit();

    @Test
    void neverWorseThanExhaustiveSearchOnRandomNonConvexPlantsOfTwoToFourChillers() {
        Random random = new Random(20261122);
        int[] gridPointsBySize = {0, 0, 20001, 801, 121};
        int cases = 0;
        for (int size = 2; size <= 4; size++) {
            int plants = size == 4 ? 8 : 25;
            for (int p = 0; p < plants; p++) {
                List<PlrCubic> plant = randomPlant(random, size);
                double capacity = plant.stream().mapToDouble(PlrCubic::capacityKw).sum();
                for (int l = 0; l < (size == 4 ? 3 : 6); l++) {
                    double load = capacity * (0.05 + 0.95 * random.nextDouble());
                    LoadSplit split = solver.split(load, plant);
                    double brute = BruteForceSplit.minimumKw(plant, gridPointsBySize[size], load);
                    if (Double.isInfinite(brute)) {
                        continue; // the grid missed a thin feasible band; the infeasibility tests cover the reasons
                    }
                    assertFeasible(split, plant, load);
                    assertTrue(split.totalPowerKw() <= brute + 1e-9 * Math.abs(brute),
                            "plant " + plant + " load " + load + ": ours " + split.totalPowerKw() + " > brute force " + brute);
                    cases++;
                }
            }
        }
        assertTrue(cases > 250, "too few comparable cases: " + cases);
    }

    @Test
    void twoChillersMatchAFineOneDimensionalSearchToAMillionth() {
        Random random = new Random(7);
        for (int p = 0; p < 40; p++) {
            List<PlrCubic> plant = randomPlant(random, 2);
            double load = (plant.get(0).capacityKw() + plant.get(1).capacityKw()) * (0.3 + 0.7 * random.nextDouble());
            double brute = BruteForceSplit.minimumKw(plant, 200001, load);
            LoadSplit split = solver.split(load, plant);
            if (Double.isInfinite(brute)) {
                continue;
            }
            // A grid of 200 001 points is within ~1e-6 of the optimum for these curves: the two agree that closely.
            assertEquals(brute, split.totalPowerKw(), 1e-6 * brute);
        }
    }

    @Test
    void theResultDoesNotDependOnTheDynamicProgrammesGrid() {
        Random random = new Random(99);
        for (int p = 0; p < 20; p++) {
            List<PlrCubic> plant = randomPlant(random, 4);
            double load = plant.stream().mapToDouble(PlrCubic::capacityKw).sum() * (0.2 + 0.8 * random.nextDouble());
            LoadSplit coarse = new SlotLoadSplit(60).split(load, plant);
            LoadSplit fine = new SlotLoadSplit(2000).split(load, plant);
            assertEquals(fine.feasible(), coarse.feasible());
            if (fine.feasible()) {
                assertEquals(fine.totalPowerKw(), coarse.totalPowerKw(), 1e-7 * fine.totalPowerKw(), "plant " + plant + " load " + load);
            }
        }
    }

    @Test
    void aChillerWithANegativeInterceptIsOffNotRunningAtZeroLoad() {
        // At PLR 0 this curve says -100 kW; counting it "on at 0" would make any split look 100 kW cheaper.
        PlrCubic negativeIntercept = new PlrCubic("neg", 1000, 0.3, -100, 900, 0, 0);
        PlrCubic plain = new PlrCubic("plain", 1000, 0.3, 60, 150, 0, 0);

        LoadSplit split = solver.split(500, List.of(negativeIntercept, plain));

        assertTrue(split.feasible());
        ChillerDispatch neg = split.chillers().get(0);
        ChillerDispatch other = split.chillers().get(1);
        // Only "plain" running: 60 + 150·0.5 = 135 kW; "neg" alone would be -100 + 450 = 350 kW; both on is worse.
        assertFalse(neg.on());
        assertEquals(0, neg.powerKw());
        assertEquals(0, neg.plr());
        assertEquals(500, other.loadKw(), 1e-9);
        assertEquals(135, split.totalPowerKw(), 1e-9);
    }

    @Test
    void aLoadAboveTheTotalCapacityIsInfeasibleWithTheReason() {
        LoadSplit split = solver.split(2500, List.of(new PlrCubic("a", 1000, 0.3, 50, 100, 0, 0), new PlrCubic("b", 1000, 0.3, 50, 100, 0, 0)));

        assertFalse(split.feasible());
        assertEquals("load 2500.0 kW is above the total capacity 2000.0 kW", split.infeasibleReason());
        assertTrue(split.chillers().isEmpty());
        assertTrue(Double.isNaN(split.totalPowerKw()));
    }

    @Test
    void aLoadBelowTheSmallestMinimumLoadIsInfeasibleNotClipped() {
        LoadSplit split = solver.split(100, List.of(new PlrCubic("a", 1000, 0.3, 50, 100, 0, 0), new PlrCubic("b", 800, 0.25, 50, 100, 0, 0)));

        assertFalse(split.feasible());
        assertEquals("load 100.0 kW is below the smallest minimum load 200.0 kW", split.infeasibleReason());
    }

    @Test
    void aLoadInTheGapBetweenOnOffSetsIsInfeasible() {
        // Minimum PLR 0.9: one chiller carries 900..1000 kW, two carry 1800..2000 kW, so 1400 kW fits no on/off set.
        List<PlrCubic> plant = List.of(new PlrCubic("a", 1000, 0.9, 50, 100, 0, 0), new PlrCubic("b", 1000, 0.9, 50, 100, 0, 0));

        LoadSplit split = solver.split(1400, plant);

        assertFalse(split.feasible());
        assertTrue(split.infeasibleReason().contains("falls between"), split.infeasibleReason());
    }

    @Test
    void noLoadMeansEveryChillerOff() {
        LoadSplit split = solver.split(0, List.of(new PlrCubic("a", 1000, 0.3, -20, 100, 0, 0)));

        assertTrue(split.feasible());
        assertEquals(0, split.totalPowerKw());
        assertFalse(split.chillers().get(0).on());
    }

    @Test
    void theDoe2ModelSplitsTheDemoPlantWithinEveryChillersRangeAndNeverAboveEqualLoading() {
        List<ChillerPowerModel> plant = new ArrayList<>();
        for (String file : List.of("ch1-york-yt-vanes", "ch2-trane-cvhe-vanes", "ch3-york-ys-screw", "ch4-carrier-19xr-vsd")) {
            ChillerCurveSet curves = ChillerCurveSetReader.readFile(Path.of("chiller-models/chillers/" + file + ".yaml"));
            plant.add(new Doe2EirChiller(file, curves, 7.0, 30.0));
        }
        double capacity = plant.stream().mapToDouble(ChillerPowerModel::capacityKw).sum();
        double load = 0.6 * capacity;

        LoadSplit split = solver.split(load, plant);

        assertFeasible(split, plant, load);
        double equalShare = plant.stream().mapToDouble(c -> c.powerKw(0.6 * c.capacityKw())).sum();
        assertTrue(split.totalPowerKw() <= equalShare + 1e-9, split.totalPowerKw() + " > equal loading " + equalShare);
        for (int i = 0; i < plant.size(); i++) {
            ChillerDispatch d = split.chillers().get(i);
            if (d.on()) {
                assertEquals(plant.get(i).powerKw(d.loadKw()), d.powerKw(), 1e-9);
            }
        }
    }

    static void assertFeasible(LoadSplit split, List<? extends ChillerPowerModel> plant, double load) {
        assertTrue(split.feasible(), "infeasible: " + split.infeasibleReason());
        assertEquals(load, split.deliveredKw(), 1e-7 * Math.max(1, load), "load balance");
        double total = 0;
        for (int i = 0; i < plant.size(); i++) {
            ChillerPowerModel chiller = plant.get(i);
            ChillerDispatch d = split.chillers().get(i);
            assertEquals(chiller.id(), d.id());
            if (d.on()) {
                assertTrue(d.loadKw() >= chiller.minimumLoadKw() - 1e-7 && d.loadKw() <= chiller.capacityKw() + 1e-7, d.toString());
                assertEquals(d.loadKw() / chiller.capacityKw(), d.plr(), 1e-12);
                assertEquals(chiller.powerKw(d.loadKw()), d.powerKw(), 1e-9 * Math.max(1, Math.abs(d.powerKw())));
            } else {
                assertEquals(0, d.loadKw());
                assertEquals(0, d.powerKw());
            }
            total += d.powerKw();
        }
        assertEquals(total, split.totalPowerKw(), 1e-9 * Math.max(1, Math.abs(total)));
    }

    /** Cubics with a random bend (convex, concave or S-shaped) that stay positive while running. */
    private static List<PlrCubic> randomPlant(Random random, int size) {
        List<PlrCubic> plant = new ArrayList<>();
        while (plant.size() < size) {
            double capacity = 500 + 1500 * random.nextDouble();
            double minPlr = 0.1 + 0.3 * random.nextDouble();
            double scale = capacity / 5;
            double a = scale * (-0.3 + 0.6 * random.nextDouble());
            double b = scale * (0.2 + 1.2 * random.nextDouble());
            double c = scale * (-1.5 + 3 * random.nextDouble());
            double d = scale * (-1 + 2 * random.nextDouble());
            PlrCubic chiller = new PlrCubic("ch" + plant.size(), capacity, minPlr, a, b, c, d);
            boolean positive = true;
            for (int g = 0; g <= 100 && positive; g++) {
                positive = chiller.powerKw(chiller.minimumLoadKw() + (capacity - chiller.minimumLoadKw()) * g / 100) > 0;
            }
            if (positive) {
                plant.add(chiller);
            }
        }
        return plant;
    }
}
