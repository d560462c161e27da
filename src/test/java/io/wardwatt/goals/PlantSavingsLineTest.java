package io.wardwatt.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlantSavingsLineTest {

    @Test
    void theMonthAndTheYearToDateAgainstTheTarget() {
        assertEquals("冷站优化本月节电 42.3 MWh  Plant optimisation saved 42.3 MWh (31,234 CNY, 24.74 tCO2) this month, 27 of 30 days covered; "
                + "year to date 318.6 of 650 MWh", new PlantSavingsLine(42_300, 31_234.4, 24.741, 27, 30, 318_640, 650_000, 120).text());
    }

    @Test
    void noMeasuredPlanSaysSo() {
        assertEquals("冷站优化：尚无经计量的已批准计划  Plant optimisation: no approved plan measured yet (target 650 MWh a year)",
                new PlantSavingsLine(0, 0, 0, 0, 31, 0, 650_000, 0).text());
    }
}
