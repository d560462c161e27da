package io.wardwatt.sim.closedloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class YearSavingsTest {

    static RunIndicators run(String name, double chillers, double pumps, double towers, double gridKwh, double costCny, double carbonT) {
        return new RunIndicators(name, chillers, pumps, towers, gridKwh, costCny, carbonT, 3_000, 351_685, 0, 0, 0, Map.of("CH1", 2), 86_400,
                43.2);
    }

    @Test
    void thePlantIsChillersPumpsAndTowersAndItsEfficiencyIsPerRefrigerationTon() {
        RunIndicators run = run("conventional", 60_000, 25_000, 5_000, 200_000, 150_000, 110);

        assertEquals(90_000, run.plantKwh(), 1e-9);
        // 351,685 kWh of cooling is 100,000 RT·h, so 90,000 kWh make 0.9 kW/RT
        assertEquals(0.9, run.kwPerRt(), 1e-9);
        // 43.2 s of computing for a day simulated
        assertEquals(0.0005, run.timeRatio(), 1e-12);
    }

    @Test
    void theSavingIsAgainstConventionalAndTheCapturedShareAgainstHindsight() {
        RunIndicators conventional = run("conventional", 60_000, 25_000, 5_000, 200_000, 150_000, 110);
        RunIndicators wardwatt = run("wardwatt", 55_000, 22_000, 4_000, 191_000, 143_000, 105.05);
        RunIndicators hindsight = run("hindsight", 53_000, 21_000, 4_000, 188_000, 141_000, 103.4);

        YearSavings savings = YearSavings.of(conventional, wardwatt, hindsight);

        assertEquals(9_000, savings.savedKwh(), 1e-9);
        assertEquals(10.0, savings.savedPercent(), 1e-9);
        assertEquals(7_000, savings.savedCny(), 1e-9);
        assertEquals(4.95, savings.savedTco2(), 1e-9);
        assertEquals(12_000, savings.hindsightSavedKwh(), 1e-9);
        assertEquals(0.75, savings.capturedShareOfHindsight(), 1e-12);
        assertEquals(0.25, savings.forecastLossShare(), 1e-12);
    }

    @Test
    void withoutAHindsightSavingNoShareCanBeSaid() {
        RunIndicators conventional = run("conventional", 60_000, 25_000, 5_000, 200_000, 150_000, 110);
        RunIndicators wardwatt = run("wardwatt", 59_000, 25_000, 5_000, 199_000, 149_000, 109.5);
        RunIndicators hindsight = run("hindsight", 61_000, 25_000, 5_000, 201_000, 151_000, 110.5);

        YearSavings savings = YearSavings.of(conventional, wardwatt, hindsight);

        assertEquals(1_000, savings.savedKwh(), 1e-9);
        assertTrue(Double.isNaN(savings.capturedShareOfHindsight()));
        assertTrue(Double.isNaN(savings.forecastLossShare()));
    }
}
