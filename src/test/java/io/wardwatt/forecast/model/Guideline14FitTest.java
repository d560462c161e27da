package io.wardwatt.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Guideline14FitTest {

    /**
     * Measured 10, 20, 30 against predicted 12, 18, 33: errors y − ŷ = −2, 2, −3, sum −3, squares 17, mean 20.
     * p = 0: CV(RMSE) = 100 √(17/3) / 20 = 11.902 %, NMBE = 100 × −3 / (3 × 20) = −5 %.
     * p = 1: CV(RMSE) = 100 √(17/2) / 20 = 14.577 %, NMBE = 100 × −3 / (2 × 20) = −7.5 %.
     */
    @Test
    void matchesAHandCalculation() {
        Guideline14Fit outOfSample = new Guideline14Fit(0);
        Guideline14Fit oneParameter = new Guideline14Fit(1);
        double[] measured = {10, 20, 30};
        double[] predicted = {12, 18, 33};
        for (int i = 0; i < 3; i++) {
            outOfSample.add(measured[i], predicted[i]);
            oneParameter.add(measured[i], predicted[i]);
        }
        assertEquals(11.902, outOfSample.cvrmsePct(), 0.001);
        assertEquals(-5.0, outOfSample.nmbePct(), 1e-9);
        assertEquals(14.577, oneParameter.cvrmsePct(), 0.001);
        assertEquals(-7.5, oneParameter.nmbePct(), 1e-9);
        assertEquals(20, outOfSample.meanMeasured(), 1e-12);
    }

    @Test
    void tooFewPairsGiveNoFigure() {
        Guideline14Fit fit = new Guideline14Fit(1);
        fit.add(10, 10);
        assertTrue(Double.isNaN(fit.cvrmsePct()));
        assertTrue(Double.isNaN(fit.nmbePct()));
    }
}
