package io.wardwatt.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * The optimal-chiller-loading test systems of the literature (Chang 2004/2005; Lee &amp; Lin 2009), minimum PLR 0.3;
 * where the coefficients come from is told in {@link LiteratureCasesTest}. Loads and capacities in RT, power in kW.
 */
final class LiteraturePlants {

    private LiteraturePlants() {
    }

    /** Six chillers, 4 × 1280 RT + 2 × 1250 RT, quadratic in PLR (d = 0): "case 1" of Lee &amp; Lin (2009). */
    static List<PlrCubic> sixChillers() {
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
    static List<PlrCubic> threeChillers() {
        return List.of(new PlrCubic("CH1", 1280, 0.3, 100.95, 818.61, -973.43, 788.55),
                new PlrCubic("CH2", 1280, 0.3, 66.598, 606.34, -380.58, 275.95),
                new PlrCubic("CH3", 1280, 0.3, 130.09, 304.5, 14.377, 99.8));
    }

    /** Four chillers, 2 × 450 RT + 2 × 1000 RT, cubic in PLR: Chang et al. (2005, genetic algorithm). */
    static List<PlrCubic> fourChillers() {
        return List.of(new PlrCubic("CH1", 450, 0.3, 104.09, 166.57, -430.13, 512.53),
                new PlrCubic("CH2", 450, 0.3, -67.15, 1177.79, -2174.53, 1456.53),
                new PlrCubic("CH3", 1000, 0.3, 384.71, -779.13, 1151.42, -63.20),
                new PlrCubic("CH4", 1000, 0.3, 541.63, 413.48, -3626.50, 4021.41));
    }
}
