package io.wardwatt.climate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Against published values: ASHRAE Fundamentals 2017 ch. 1 tables and example, the psychrometric chart, a weather file's own dew points. */
class MoistAirTest {

    private static final double P = MoistAir.STANDARD_PRESSURE_KPA;

    @Test
    void saturationPressureMatchesTheHandbooksTable3OverIceAndWater() {
        // ASHRAE Fundamentals 2017 ch. 1 Table 3 (Pa); the handbook claims its formulas within 300 ppm of it.
        double[][] table = {{-20, 103.24}, {-5, 401.74}, {5, 872.6}, {25, 3169.7}, {50, 12351.3}};
        for (double[] row : table) {
            assertEquals(row[1] / 1000, MoistAir.saturationPressureKpa(row[0]), 3e-4 * row[1] / 1000, "at " + row[0] + " °C");
        }
    }

    @Test
    void saturationHumidityRatioMatchesTable2() {
        // Table 2, 101.325 kPa: Ws at 5 °C 0.005425, at 25 °C 0.020173 kg/kg.
        assertEquals(0.005425, MoistAir.saturationHumidityRatio(5, P), 0.005 * 0.005425);
        assertEquals(0.020173, MoistAir.saturationHumidityRatio(25, P), 0.005 * 0.020173);
    }

    @Test
    void theHandbooksExample1() {
        // Fundamentals 2017 ch. 1, Example 1: 40 °C dry bulb, 20 °C thermodynamic wet bulb, 101.325 kPa →
        // W = 0.0065 kg/kg, φ = 14 %, h = 56.7 kJ/kg.
        double w = MoistAir.humidityRatioFromWetBulb(40, 20, P);
        assertEquals(0.0065, w, 0.0001);
        double vapour = w * P / (MoistAir.MOLAR_MASS_RATIO + w);
        double rh = 100 * vapour / MoistAir.saturationPressureKpa(40);
        assertEquals(14, rh, 1);
        assertEquals(56.7, MoistAir.enthalpyKjPerKg(40, w), 0.1);
        // and back: that relative humidity gives the 20 °C wet bulb again
        assertEquals(20, MoistAir.wetBulbC(40, rh, P), 0.01);
    }

    @Test
    void wetBulbsReadOffThePsychrometricChart() {
        // ASHRAE psychrometric chart No. 1 (sea level): 35 °C / 40 % → 24.0 °C; 25 °C / 50 % → 17.9 °C;
        // saturated air's wet bulb is its dry bulb.
        assertEquals(24.0, MoistAir.wetBulbC(35, 40, P), 0.1);
        assertEquals(17.9, MoistAir.wetBulbC(25, 50, P), 0.1);
        assertEquals(20.0, MoistAir.wetBulbC(20, 100, P), 1e-6);
        assertEquals(-5.0, MoistAir.wetBulbC(-5, 100, P), 1e-6);
    }

    @Test
    void wetBulbLiesBetweenDewPointAndDryBulbAndIsLowerAtAltitude() {
        for (double db = -10; db <= 45; db += 5) {
            for (double rh = 10; rh <= 100; rh += 15) {
                double wb = MoistAir.wetBulbC(db, rh, P);
                double dew = MoistAir.dewPointC(db, rh);
                assertTrue(wb <= db + 1e-9 && wb >= dew - 1e-9, db + " °C " + rh + " %: wb " + wb + " dew " + dew);
            }
        }
        // The same dry bulb and vapour pressure at altitude (lower pressure): the psychrometer constant c_p·p/(0.622·h_fg)
        // is smaller, so the bulb evaporates further below the dry bulb.
        assertTrue(MoistAir.wetBulbC(30, 50, 85) < MoistAir.wetBulbC(30, 50, P) - 0.3);
    }

    @Test
    void dewPointsMatchAWeatherFilesOwnDewPointColumn() {
        // Shanghai CSWD typical year, 16 July, hours 6 and 24 and 14 January hour 1: the file gives dry bulb, dew point
        // and relative humidity (rounded to whole percent) independently. 34.1 °C / 77 % → 29.4 °C; 25.8 / 89 → 23.8;
        // 7.7 / 98 → 7.5 (the rounding of the humidity allows about ±0.3 K).
        assertEquals(29.4, MoistAir.dewPointC(34.1, 77), 0.3);
        assertEquals(23.8, MoistAir.dewPointC(25.8, 89), 0.3);
        assertEquals(7.5, MoistAir.dewPointC(7.7, 98), 0.3);
        // the vapour pressure at the dew point is the air's own
        assertEquals(MoistAir.vapourPressureKpa(30, 60), MoistAir.saturationPressureKpa(MoistAir.dewPointC(30, 60)), 1e-9);
    }

    @Test
    void humidityOutsideItsRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MoistAir.wetBulbC(20, 0, P));
        assertThrows(IllegalArgumentException.class, () -> MoistAir.dewPointC(20, 101));
    }
}
