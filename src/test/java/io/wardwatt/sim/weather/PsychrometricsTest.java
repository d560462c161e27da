package io.wardwatt.sim.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Against ASHRAE Handbook Fundamentals (2017) ch. 1 table values. */
class PsychrometricsTest {

    @Test
    void saturationPressureMatchesTheTable() {
        assertEquals(2339.3, Psychrometrics.saturationPressurePa(20), 2339.3 * 0.003);
        assertEquals(4246.9, Psychrometrics.saturationPressurePa(30), 4246.9 * 0.003);
        assertEquals(611.2, Psychrometrics.saturationPressurePa(0), 611.2 * 0.003);
    }

    @Test
    void dewPointInvertsSaturationPressure() {
        assertEquals(17.3, Psychrometrics.dewPointC(Psychrometrics.saturationPressurePa(17.3)), 1e-9);
    }

    @Test
    void saturatedAirHasItsDryBulbAsWetBulbAndTheTableEnthalpy() {
        double w = Psychrometrics.humidityRatioAt(25, 100, Psychrometrics.STANDARD_PRESSURE_PA);

        // Table 2: at 25 °C saturated, W = 0.020170 kg/kg and h = 76.5 kJ/kg (the table includes the enhancement
        // factor of real moist air, about 0.5 % more vapour, which these ideal-gas relations leave out).
        assertEquals(0.02017, w, 0.0002);
        assertEquals(76.5, Psychrometrics.enthalpyKjPerKg(25, w), 0.5);
        assertEquals(25.0, Psychrometrics.wetBulbC(25, w, Psychrometrics.STANDARD_PRESSURE_PA), 0.02);
    }

    @Test
    void wetBulbOfAHotHumidAfternoon() {
        // Shanghai's 0.4 % cooling design point (ASHRAE 2009): 34.9 °C dry bulb with 27.1 °C mean coincident wet bulb.
        // Dew point 24.5 °C gives that wet bulb on the psychrometric chart.
        OutdoorConditions design = OutdoorConditions.of(34.9, 24.5, 0, Psychrometrics.STANDARD_PRESSURE_PA);

        assertEquals(27.1, design.wetBulbC(), 0.3);
        assertEquals(55.0, design.relativeHumidityPercent(), 1.5);
    }
}
